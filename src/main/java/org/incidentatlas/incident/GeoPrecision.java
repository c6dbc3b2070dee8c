package org.incidentatlas.incident;

import java.util.Locale;

/**
 * How closely the coordinates locate the event. A CITY point is a centroid, never the
 * scene.
 */
public enum GeoPrecision {

	STREET, DISTRICT, CITY, REGION, COUNTRY, UNKNOWN;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	@com.fasterxml.jackson.annotation.JsonCreator
	public static GeoPrecision fromJson(String token) {
		for (GeoPrecision p : values()) {
			if (p.name().equalsIgnoreCase(token.strip())) {
				return p;
			}
		}
		throw new IllegalArgumentException("'" + token + "' is not a precision");
	}

	public boolean isFinerThan(GeoPrecision other) {
		return ordinal() < other.ordinal();
	}

}
