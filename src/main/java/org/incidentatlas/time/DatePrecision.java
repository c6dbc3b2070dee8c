package org.incidentatlas.time;

import java.util.Locale;

/**
 * How precisely a date is known. A YEAR date spans the whole year and is never shown as 1
 * January.
 */
public enum DatePrecision {

	DAY, WEEK, MONTH, SEASON, YEAR, UNKNOWN;

	/** The lower-case token used in URLs, JSON and CSV. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
