package org.incidentatlas.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;

/**
 * Recorded incidents by place and year, with the figures sources reported for the same place
 * and year beside them, so the coverage gap shows at once.
 *
 * @param rows one per place and year that has recorded incidents or a reported figure
 * @param elsewhere reported figures for areas larger than a city (countries, Europe)
 */
public record CityYearTable(String level, List<Row> rows, List<Figure> elsewhere) {

	/**
	 * @param placeKey null for incidents located no more precisely than a region or country
	 * @param year the year the incident's date range starts in; null when the date is unknown
	 * @param killedNotReported incidents whose death toll is not reported: {@code killed} is a lower bound
	 */
	public record Row(String placeKey, String place, String countryCode, Integer year, long incidents,
			Map<IncidentType, Long> byType, long killed, long injured, long killedNotReported, List<Figure> reported) {
	}

	/** A figure as a source reported it, with every source that reported the same figure. */
	public record Figure(String place, String period, Integer year, Metric metric, BigDecimal value, Qualifier qualifier,
			String note, List<Source> sources) {
	}

	public record Source(long id, String title, String publisher, String url) {
	}

}
