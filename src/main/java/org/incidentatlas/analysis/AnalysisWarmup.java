package org.incidentatlas.analysis;

import java.util.Locale;
import java.util.Map;

import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.system.Warmup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: the timeline at every interval and the interval that fits, the place table
 * and what the counts rest on, unfiltered and for every type.
 */
@Component
@Order(1)
class AnalysisWarmup implements Warmup {

	private final IncidentFilterParser filters;

	private final TimelineQueries timelines;

	private final CityYearQueries cities;

	private final CoverageQueries coverage;

	AnalysisWarmup(IncidentFilterParser filters, TimelineQueries timelines, CityYearQueries cities,
			CoverageQueries coverage) {
		this.filters = filters;
		this.timelines = timelines;
		this.cities = cities;
		this.coverage = coverage;
	}

	@Override
	public void warm() {
		for (Map<String, String[]> query : COMMON_FILTERS) {
			var filter = filters.parse(query);
			for (TimelineInterval interval : TimelineInterval.values()) {
				timelines.timeline(filter, interval, Locale.ENGLISH);
			}
			timelines.fittingInterval(filter);
			cities.table(filter, "city", Locale.ENGLISH);
			coverage.coverage(filter, Locale.ENGLISH);
		}
	}

}
