package org.incidentatlas.incident;

import java.util.Locale;

import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlacePath;

/**
 * Turns a stored location into what the public may see. An incident whose location is
 * hidden (to protect a victim's home) loses its street and its exact point, and is shown at
 * its district, or its city when no district is known.
 */
final class PublicLocation {

	private PublicLocation() {
	}

	static IncidentView.Location of(Gazetteer gazetteer, String countryCode, Integer placeId, String locality, String street,
			Double latitude, Double longitude, GeoPrecision precision, boolean hidden) {
		PlacePath path = gazetteer.path(placeId);
		if (hidden && precision.isFinerThan(GeoPrecision.DISTRICT)) {
			Place shown = path.district() != null ? path.district() : path.city();
			if (shown != null) {
				street = null;
				latitude = shown.latitude();
				longitude = shown.longitude();
				precision = shown == path.district() ? GeoPrecision.DISTRICT : GeoPrecision.CITY;
			}
			else {
				street = null;
				latitude = null;
				longitude = null;
				precision = GeoPrecision.UNKNOWN;
			}
		}
		return new IncidentView.Location(countryCode, countryName(path, countryCode), name(path.region()),
				name(path.city()), name(path.district()), street, locality, latitude, longitude, precision, hidden);
	}

	private static String countryName(PlacePath path, String countryCode) {
		if (path.country() != null) {
			return path.country().displayName();
		}
		return countryCode == null ? null : new Locale.Builder().setRegion(countryCode.strip()).build().getDisplayCountry(Locale.ENGLISH);
	}

	private static String name(Place place) {
		return place == null ? null : place.displayName();
	}

}
