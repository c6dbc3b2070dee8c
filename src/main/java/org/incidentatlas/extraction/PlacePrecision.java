package org.incidentatlas.extraction;

import java.util.Locale;

/** How precisely the text places an event, from a named street down to nothing at all. */
public enum PlacePrecision {

	STREET, DISTRICT, CITY, REGION, COUNTRY, UNKNOWN;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
