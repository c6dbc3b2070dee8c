package org.incidentatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a column of an uploaded file means. The project's own export columns and ACLED's
 * are recognised by name; the editor can change every choice before the dry run.
 */
enum ImportField {

	IGNORE, TYPE, DATE, DATE_FROM, DATE_TO, DATE_PRECISION, PLACE, DISTRICT, CITY, REGION, COUNTRY, COUNTRY_CODE,
	LOCALITY, STREET, LATITUDE, LONGITUDE, LOCATION_PRECISION, LOCATION_HIDDEN, KILLED, INJURED, SUMMARY,
	ACLED_EVENT_TYPE, ACLED_SUB_EVENT_TYPE, ACLED_GEO_PRECISION, SUBTYPE, TARGET, TIME_OF_DAY, TIME, TIME_PRECISION,
	GROUPS;

	private static final Map<String, ImportField> KNOWN = Map.ofEntries(Map.entry("type", TYPE),
			Map.entry("date", DATE), Map.entry("date_from", DATE_FROM), Map.entry("date_to", DATE_TO),
			Map.entry("date_precision", DATE_PRECISION), Map.entry("place", PLACE), Map.entry("district", DISTRICT),
			Map.entry("city", CITY), Map.entry("region", REGION), Map.entry("country", COUNTRY),
			Map.entry("country_code", COUNTRY_CODE), Map.entry("locality", LOCALITY), Map.entry("street", STREET),
			Map.entry("latitude", LATITUDE), Map.entry("longitude", LONGITUDE),
			Map.entry("location_precision", LOCATION_PRECISION), Map.entry("location_hidden", LOCATION_HIDDEN),
			Map.entry("killed", KILLED), Map.entry("injured", INJURED), Map.entry("summary", SUMMARY),
			Map.entry("subtype", SUBTYPE), Map.entry("target", TARGET), Map.entry("time_of_day", TIME_OF_DAY),
			Map.entry("time", TIME), Map.entry("time_precision", TIME_PRECISION), Map.entry("groups", GROUPS),
			Map.entry("actors", GROUPS),
			// ACLED's column names
			Map.entry("event_date", DATE), Map.entry("event_type", ACLED_EVENT_TYPE),
			Map.entry("sub_event_type", ACLED_SUB_EVENT_TYPE), Map.entry("admin1", REGION), Map.entry("admin2", CITY),
			Map.entry("location", PLACE), Map.entry("geo_precision", ACLED_GEO_PRECISION),
			Map.entry("fatalities", KILLED), Map.entry("notes", SUMMARY));

	/** A first guess for each column, from its name. */
	static List<ImportField> guess(List<String> header) {
		List<ImportField> mapping = new ArrayList<>();
		for (String name : header) {
			mapping.add(KNOWN.getOrDefault(name.strip().toLowerCase(Locale.ROOT), IGNORE));
		}
		return mapping;
	}

	String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
