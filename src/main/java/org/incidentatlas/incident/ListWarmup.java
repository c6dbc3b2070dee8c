package org.incidentatlas.incident;

import java.util.Map;

import org.incidentatlas.system.Warmup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up: the first page of the list, unfiltered and for every type. */
@Component
@Order(2)
class ListWarmup implements Warmup {

	private final IncidentFilterParser filters;

	private final IncidentQueries incidents;

	ListWarmup(IncidentFilterParser filters, IncidentQueries incidents) {
		this.filters = filters;
		this.incidents = incidents;
	}

	@Override
	public void warm() {
		for (Map<String, String[]> query : COMMON_FILTERS) {
			incidents.find(filters.parse(query), 0, 50);
		}
	}

}
