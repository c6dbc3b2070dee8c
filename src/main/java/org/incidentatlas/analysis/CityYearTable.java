package org.incidentatlas.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;

/**
 * Recorded incidents by place and year, with the figures sources reported for the same
 * place and year beside them, so the coverage gap shows at once.
 *
 * @param rows one per place and year that has recorded incidents or a reported figure
 * @param elsewhere reported figures for areas larger than a city (countries, Europe)
 * @param coverage what the whole table rests on
 */
public record CityYearTable(String level, List<Row> rows, List<Figure> elsewhere, FilterCoverage coverage) {

	/**
	 * @param placeKey null for incidents located no more precisely than a region or
	 * country
	 * @param year the year the incident's date range starts in; null when the date is
	 * unknown
	 * @param killedNotReported incidents whose death toll is not reported: {@code killed}
	 * is a lower bound
	 * @param injuredNotReported the same for the injured
	 * @param articles reviewed articles with a record (incident or reported figure) in
	 * this place and year
	 * @param population the gazetteer's population of the place; null when it has none
	 * (regions, countries)
	 * @param perHundredThousand incidents per 100,000 inhabitants; null without a
	 * population
	 * @param change incidents minus those of the year before in the same place; null when
	 * the year before is outside the filter or the year is unknown
	 */
	public record Row(String placeKey, String place, String countryCode, Integer year, long incidents,
			Map<IncidentType, Long> byType, long killed, long injured, long killedNotReported, long injuredNotReported,
			long articles, Integer population, Integer populationYear, String populationSource,
			Double perHundredThousand, Long change, List<Figure> reported) {
	}

	/**
	 * A figure as a source reported it, with every source that reported the same figure.
	 *
	 * @param gap "the atlas records 3 of the 92 shootings reported for Brussels in 2024"
	 * when the figure exceeds what is recorded; null otherwise, and for figures the atlas
	 * does not compare
	 */
	public record Figure(String place, String period, Integer year, Metric metric, BigDecimal value,
			Qualifier qualifier, String note, List<Source> sources, String gap) {
	}

	public record Source(long id, String title, String publisher, String url) {
	}

}
