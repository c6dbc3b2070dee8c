package org.incidentatlas.incident;

import java.util.Locale;

/**
 * How closely the coordinates locate the event. A CITY point is a centroid, never the
 * scene.
 */
public enum GeoPrecision {

	STREET, DISTRICT, CITY, REGION, COUNTRY, UNKNOWN;

	/**
	 * A point that is only the centre of a country or region: never drawn on the map,
	 * listed beside it.
	 */
	public static final java.util.Set<GeoPrecision> VAGUE = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(REGION, COUNTRY));

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
