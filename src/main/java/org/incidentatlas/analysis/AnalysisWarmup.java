package org.incidentatlas.analysis;

import java.util.Locale;
import java.util.Map;

import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.system.Warmup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up: the timeline at every interval and the place table, unfiltered and for every type. */
@Component
@Order(1)
class AnalysisWarmup implements Warmup {

	private final IncidentFilterParser filters;

	private final TimelineQueries timelines;

	private final CityYearQueries cities;

	AnalysisWarmup(IncidentFilterParser filters, TimelineQueries timelines, CityYearQueries cities) {
		this.filters = filters;
		this.timelines = timelines;
		this.cities = cities;
	}

	@Override
	public void warm() {
		for (Map<String, String[]> query : COMMON_FILTERS) {
			var filter = filters.parse(query);
			for (TimelineInterval interval : TimelineInterval.values()) {
				timelines.timeline(filter, interval, Locale.ENGLISH);
			}
			cities.table(filter, "city", Locale.ENGLISH);
		}
	}

}
