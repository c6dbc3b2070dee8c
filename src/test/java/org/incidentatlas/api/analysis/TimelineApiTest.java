package org.incidentatlas.api.analysis;

import java.net.URI;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/timeline: buckets, coarse dates and the arithmetic that ties them to the
 * total.
 */
@FixedDataTest
class TimelineApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String timeline(String query) throws Exception {
		return mvc.perform(get(URI.create("/api/timeline?" + query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long sum(String json, String path) {
		List<Number> counts = JsonPath.read(json, path);
		return counts.stream().mapToLong(Number::longValue).sum();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "interval=month", "interval=week", "interval=year", "interval=month&family=all",
					"interval=week&family=all", "interval=year&family=all", "interval=month&city=Brussels",
					"interval=month&year=2024&family=all", "interval=year&type=homicide",
					"interval=month&from=2023-01-01&to=2023-06-30" })
	void bucketsCoarseDatesAndUndatedAddUpToTheFilterTotal(String query) throws Exception {
		String json = timeline(query);
		long total = ((Number) JsonPath.read(json, "$.total")).longValue();
		long placed = sum(json, "$.buckets[*].count");
		long coarse = sum(json, "$.coarse[*].count");
		long undated = ((Number) JsonPath.read(json, "$.undated.count")).longValue();
		assertThat(placed + coarse + undated).isEqualTo(total);
		String list = mvc.perform(get(URI.create("/api/incidents?size=1&" + query.replaceAll("interval=[a-z]+&?", ""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(total).as("the timeline counts what the list counts")
			.isEqualTo(((Number) JsonPath.read(list, "$.totalItems")).longValue());
	}

	@Test
	void anIncidentKnownOnlyToTheYearIsNeverPlacedInAMonth() throws Exception {
		String month = timeline("interval=month&city=Merksem");
		assertThat(sum(month, "$.buckets[*].count")).isZero();
		assertThat(JsonPath.<List<String>>read(month, "$.coarse[*].label")).containsExactly("2023");
		assertThat(JsonPath.<List<String>>read(month, "$.coarse[*].precision")).containsExactly("year");
		String year = timeline("interval=year&city=Merksem");
		assertThat(JsonPath.<List<String>>read(year, "$.buckets[?(@.count > 0)].label")).containsExactly("2023");
		assertThat(JsonPath.<List<?>>read(year, "$.coarse")).isEmpty();
	}

	@Test
	void anIncidentKnownToTheMonthSitsInItsMonthButNotInAWeek() throws Exception {
		String month = timeline("interval=month&q=metro");
		assertThat(JsonPath.<List<String>>read(month, "$.buckets[?(@.count > 0)].label")).containsExactly("Feb 2025");
		String week = timeline("interval=week&q=metro");
		assertThat(sum(week, "$.buckets[*].count")).isZero();
		assertThat(JsonPath.<List<String>>read(week, "$.coarse[*].label")).containsExactly("February 2025");
	}

	@Test
	void aSeasonIsCoarseForMonthsAndPlacedInItsYear() throws Exception {
		String month = timeline("interval=month&type=extradition");
		assertThat(JsonPath.<List<String>>read(month, "$.coarse[*].label")).containsExactly("summer 2025");
		assertThat(JsonPath.<List<String>>read(month, "$.buckets[?(@.count > 0)].label")).containsExactly("Mar 2024");
		String year = timeline("interval=year&type=extradition");
		assertThat(JsonPath.<List<String>>read(year, "$.buckets[?(@.count > 0)].label")).containsExactly("2024",
				"2025");
	}

	@Test
	@Transactional
	void aWeekAcrossTheNewYearIsPlacedByWeekButNotByMonthOrYear() throws Exception {
		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, geo_precision, summary, status, killed, injured)
						values ('ARSON', date '2024-12-30', date '2025-01-05', 'WEEK', 'UNKNOWN', 'Cars burnt over new year', 'PUBLISHED', 0, 2)""");
		String week = timeline("interval=week&type=arson");
		assertThat(JsonPath.<List<String>>read(week, "$.buckets[?(@.count > 0)].start")).containsExactly("2024-12-30");
		assertThat(JsonPath.<List<Number>>read(week, "$.buckets[?(@.count > 0)].injured")).containsExactly(2);
		String month = timeline("interval=month&type=arson");
		assertThat(sum(month, "$.buckets[*].count")).isZero();
		assertThat(JsonPath.<List<String>>read(month, "$.coarse[*].precision")).containsExactly("week");
		assertThat(JsonPath.<List<String>>read(month, "$.coarse[*].start")).containsExactly("2024-12-30");
		assertThat(JsonPath.<List<String>>read(month, "$.coarse[*].end")).containsExactly("2025-01-05");
		String year = timeline("interval=year&type=arson");
		assertThat(sum(year, "$.coarse[*].count")).isEqualTo(1);
	}

	@Test
	void quietPeriodsAreEmptyBucketsNotGaps() throws Exception {
		String month = timeline("interval=month&type=shooting&type=explosion");
		List<String> starts = JsonPath.read(month, "$.buckets[*].start");
		assertThat(starts).first().isEqualTo("2023-04-01");
		assertThat(starts).last().isEqualTo("2025-02-01");
		assertThat(starts).hasSize(23);
		mvc.perform(get(URI.create("/api/timeline?interval=month&type=shooting&type=explosion")))
			.andExpect(jsonPath("$.buckets[0].byType.explosion").value(1))
			.andExpect(jsonPath("$.buckets[1].count").value(0));
	}

	@ParameterizedTest(name = "{0} is refused naming {1}")
	@CsvSource(delimiter = '|', value = { "interval=fortnight | interval", "interval=month&year=abc | year",
			"interval=month&city=Atlantis | city", "type=unicorn | type" })
	void badIntervalsAndFiltersGetA400NamingTheParameter(String query, String parameter) throws Exception {
		mvc.perform(get(URI.create("/api/timeline?" + query)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value(parameter));
		mvc.perform(get(URI.create("/api/timeline.csv?" + query))).andExpect(status().isBadRequest());
	}

}
