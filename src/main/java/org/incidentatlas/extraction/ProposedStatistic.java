package org.incidentatlas.extraction;

import java.math.BigDecimal;
import java.util.List;

import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DateRange;

/**
 * An aggregate figure the article reports for a place and period ("92 shootings in
 * Brussels last year"). Never an incident.
 *
 * @param place the place as the text names it, in English where the gazetteer knows it
 * ("Brussels", "Europe")
 * @param country ISO 3166 code, null for places larger than a country
 * @param placeKey the gazetteer key when the place is in the gazetteer, else null
 */
public record ProposedStatistic(String place, String country, String placeKey, DateRange period, Metric metric,
		BigDecimal value, Qualifier qualifier, List<Evidence> evidence) {

	public ProposedStatistic {
		evidence = List.copyOf(evidence);
	}

}
