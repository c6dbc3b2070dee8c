package org.incidentatlas.incident;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlacePath;

/**
 * A stored location as the public may see it. The point itself is already public: the
 * database keeps {@code public_latitude/longitude} (a district or city centroid when the
 * location is hidden to protect a victim's home). Here the street goes too when hidden.
 */
public final class PublicLocation {

	private PublicLocation() {
	}

	/**
	 * Names are in the reader's language where the gazetteer knows them: Anvers,
	 * Antwerpen, Antwerp.
	 */
	public static IncidentView.Location of(Gazetteer gazetteer, String countryCode, Integer placeId, String locality,
			String street, Double publicLatitude, Double publicLongitude, GeoPrecision publicPrecision,
			boolean hidden) {
		Locale locale = LocaleContextHolder.getLocale();
		PlacePath path = gazetteer.path(placeId);
		return new IncidentView.Location(countryCode, countryName(path, countryCode, locale),
				name(path.region(), locale), name(path.city(), locale), name(path.district(), locale),
				hidden ? null : street, locality, publicLatitude, publicLongitude, publicPrecision, hidden);
	}

	private static String countryName(PlacePath path, String countryCode, Locale locale) {
		if (path.country() != null) {
			return path.country().name(locale);
		}
		return countryCode == null ? null
				: new Locale.Builder().setRegion(countryCode.strip()).build().getDisplayCountry(locale);
	}

	private static String name(Place place, Locale locale) {
		return place == null ? null : place.name(locale);
	}

}
