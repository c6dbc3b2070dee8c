package org.incidentatlas.analysis;

import java.net.URI;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * The timeline's interval fits the data when the address names none: most of the fixed
 * violent incidents are known only to the year, so the year; the one explosion is known
 * to the day, so the day. Killed and injured are given only where an incident reports
 * them.
 */
@FixedDataTest
class TimelineFitTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.incidentatlas.incident.DataVersion dataVersion;

	@Test
	void withoutAnIntervalTheFinestThatPlacesMostMatchingIncidentsIsChosen() throws Exception {
		mvc.perform(get(URI.create("/api/timeline")))
			.andExpect(jsonPath("$.interval").value("year"))
			.andExpect(jsonPath("$.intervalChosen").value(true));
		mvc.perform(get(URI.create("/api/timeline?type=explosion")))
			.andExpect(jsonPath("$.interval").value("day"))
			.andExpect(jsonPath("$.buckets.length()").value(1))
			.andExpect(jsonPath("$.coarse.length()").value(0));
		// Brussels: one incident known to the year (2022), one to the month (February
		// 2025): not most at the month
		mvc.perform(get(URI.create("/api/timeline?city=Brussels"))).andExpect(jsonPath("$.interval").value("year"));
		mvc.perform(get(URI.create("/api/timeline?interval=month")))
			.andExpect(jsonPath("$.interval").value("month"))
			.andExpect(jsonPath("$.intervalChosen").value(false));
		mvc.perform(get(URI.create("/api/timeline?interval=quarter&type=explosion")))
			.andExpect(jsonPath("$.buckets[0].label").value("Q2 2023"));
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void anIntervalThatWouldDrawMoreThan120PeriodsGivesWayToACoarserOne() throws Exception {
		// two shootings in Ghent known to the day, five years apart: the day places both,
		// but as 1,827 periods
		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, place_id, geo_precision, summary, status)
						select 'SHOOTING', d, d, 'DAY', (select id from place where key = 'be-gent'), 'UNKNOWN', 'A test shooting', 'PUBLISHED'
						from (values (date '2019-01-01'), (date '2024-01-01')) v(d)""");
		dataVersion.forget();
		mvc.perform(get(URI.create("/api/timeline?city=Ghent")))
			.andExpect(jsonPath("$.interval").value("month"))
			.andExpect(jsonPath("$.buckets.length()").value(61));
	}

	@Test
	void thePageSelectsTheChosenIntervalSoItsScriptWritesItIntoTheAddress() throws Exception {
		mvc.perform(get("/timeline"))
			.andExpect(model().attribute("interval", "year"))
			.andExpect(model().attribute("intervalChosen", true));
		mvc.perform(get("/timeline").param("type", "explosion")).andExpect(model().attribute("interval", "day"));
		mvc.perform(get("/timeline").param("interval", "week"))
			.andExpect(model().attribute("interval", "week"))
			.andExpect(model().attribute("intervalChosen", false));
	}

	@Test
	void killedAndInjuredAreNullWhereNoIncidentOfThePeriodReportsThem() throws Exception {
		String explosion = mvc.perform(get(URI.create("/api/timeline?type=explosion&interval=day")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Object>read(explosion, "$.buckets[0].killed")).isNull();
		assertThat(JsonPath.<Integer>read(explosion, "$.buckets[0].killedReportedBy")).isZero();
		String years = mvc.perform(get(URI.create("/api/timeline?interval=year")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 2024 has no violent incident at all: nothing is known, so nothing is drawn
		assertThat(JsonPath.<List<Object>>read(years, "$.buckets[?(@.label == '2024')].killed")).containsOnlyNulls();
		// 2025: the body found (1 killed) and the metro gunfire (not reported): 1,
		// reported by one of two
		assertThat(JsonPath.<List<Integer>>read(years, "$.buckets[?(@.label == '2025')].killed")).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(years, "$.buckets[?(@.label == '2025')].killedReportedBy"))
			.containsExactly(1);
	}

}
