package org.incidentatlas.incident;

import java.time.LocalDate;

/**
 * One published incident, flat, as every export writes it. The location is what the
 * public may see; {@code datePrecision} and {@code locationPrecision} are columns of
 * their own, so a "2023" incident is never read as 1 January 2023 and a city centroid
 * never as the scene. The coding (sub-type, target, time of day with its clock time and
 * precision, groups separated by " | ") comes last.
 */
public record ExportRow(long id, String type, String family, LocalDate dateFrom, LocalDate dateTo, String datePrecision,
		String dateLabel, String countryCode, String country, String region, String city, String district,
		String street, String locality, Double latitude, Double longitude, String locationPrecision,
		boolean locationHidden, Integer killed, Integer injured, String summary, int sourceCount, String sourceTitles,
		String sourceUrls, String subtype, String target, String timeOfDay, String time, String timePrecision,
		String groups) {

	/** A row without the coding (sub-type, target, time of day, groups). */
	public ExportRow(long id, String type, String family, LocalDate dateFrom, LocalDate dateTo, String datePrecision,
			String dateLabel, String countryCode, String country, String region, String city, String district,
			String street, String locality, Double latitude, Double longitude, String locationPrecision,
			boolean locationHidden, Integer killed, Integer injured, String summary, int sourceCount,
			String sourceTitles, String sourceUrls) {
		this(id, type, family, dateFrom, dateTo, datePrecision, dateLabel, countryCode, country, region, city, district,
				street, locality, latitude, longitude, locationPrecision, locationHidden, killed, injured, summary,
				sourceCount, sourceTitles, sourceUrls, null, null, null, null, null, null);
	}

}
