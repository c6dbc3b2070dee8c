package org.incidentatlas.incident;

import java.util.Locale;

/** How closely the coordinates locate the event. A CITY point is a centroid, never the scene. */
public enum GeoPrecision {

	STREET, DISTRICT, CITY, REGION, COUNTRY, UNKNOWN;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean isFinerThan(GeoPrecision other) {
		return ordinal() < other.ordinal();
	}

}
