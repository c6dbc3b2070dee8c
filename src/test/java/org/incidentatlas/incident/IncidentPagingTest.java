package org.incidentatlas.incident;

import java.util.Map;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list keeps one cache, of pages; each page still knows how many incidents the filter
 * matches.
 */
@FixedDataTest
class IncidentPagingTest {

	@Autowired
	IncidentQueries incidents;

	@Autowired
	IncidentFilterParser filters;

	@Test
	void everyPageReportsTheTotalThatACountFinds() {
		for (Map<String, String[]> query : java.util.List.of(Map.<String, String[]>of(),
				Map.of("family", new String[] { "all" }), Map.of("city", new String[] { "Antwerpen" }))) {
			IncidentFilter filter = filters.parse(query);
			long counted = incidents.count(filter);
			assertThat(counted).isPositive();
			// a later page first without the first page cached, then after it
			assertThat(incidents.find(filter, 1, 2).totalItems()).isEqualTo(counted);
			assertThat(incidents.find(filter, 0, 2).totalItems()).isEqualTo(counted);
			assertThat(incidents.find(filter, 2, 2).totalItems()).isEqualTo(counted);
			assertThat(incidents.find(filter, 0, 2, true).totalItems()).isEqualTo(counted);
		}
	}

}
