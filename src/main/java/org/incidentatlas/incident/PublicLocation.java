package org.incidentatlas.incident;

import java.util.Locale;

import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlacePath;

/**
 * A stored location as the public may see it. The point itself is already public: the
 * database keeps {@code public_latitude/longitude} (a district or city centroid when the
 * location is hidden to protect a victim's home). Here the street goes too when hidden.
 */
final class PublicLocation {

	private PublicLocation() {
	}

	static IncidentView.Location of(Gazetteer gazetteer, String countryCode, Integer placeId, String locality, String street,
			Double publicLatitude, Double publicLongitude, GeoPrecision publicPrecision, boolean hidden) {
		PlacePath path = gazetteer.path(placeId);
		return new IncidentView.Location(countryCode, countryName(path, countryCode), name(path.region()),
				name(path.city()), name(path.district()), hidden ? null : street, locality, publicLatitude, publicLongitude,
				publicPrecision, hidden);
	}

	private static String countryName(PlacePath path, String countryCode) {
		if (path.country() != null) {
			return path.country().displayName();
		}
		return countryCode == null ? null : new Locale.Builder().setRegion(countryCode.strip()).build()
			.getDisplayCountry(Locale.ENGLISH);
	}

	private static String name(Place place) {
		return place == null ? null : place.displayName();
	}

}
