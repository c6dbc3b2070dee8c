package org.incidentatlas.analysis;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every count says what it rests on: the articles reviewed for the filter's places and
 * dates, and, beside it, "the atlas records 0 of the 92 shootings reported for Brussels
 * in 2024". One component answers for the API, the timeline, the place table, the pages
 * and the exports.
 */
@FixedDataTest
class CoverageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String json(String path, Locale locale) throws Exception {
		return mvc.perform(get(URI.create(path)).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void brussels2024SaysTheAtlasRecordsNoneOfThe92ShootingsAndTheArticlesItRestsOn() throws Exception {
		String answer = json("/api/coverage?city=Brussels&year=2024", Locale.ENGLISH);
		long articles = jdbc.queryForObject(
				"""
						select count(distinct ss.article_id) from statistic_source ss join reported_statistic s on s.id = ss.statistic_id
						where s.place_label = 'Brussels' and s.period_from <= date '2024-12-31' and s.period_to >= date '2024-01-01'""",
				Long.class);
		assertThat(JsonPath.<Integer>read(answer, "$.articles")).isEqualTo((int) articles).isEqualTo(2);
		assertThat(JsonPath.<String>read(answer, "$.sentence")).isEqualTo(
				"These counts rest on 2 reviewed articles that report on these places and dates: not a complete count.");
		List<String> sentences = JsonPath.read(answer, "$.gaps[*].sentence");
		assertThat(sentences).contains("The atlas records 0 of the 92 shootings reported for Brussels in 2024.",
				"The atlas records 0 of the 9 people killed reported for Brussels in 2024.",
				"The atlas records 0 of the 48 people injured reported for Brussels in 2024.");
	}

	@Test
	void theSentenceIsWrittenInFrenchAndDutchWithTheirPlurals() throws Exception {
		assertThat(JsonPath.<List<String>>read(json("/api/coverage?city=Brussels&year=2024", Locale.FRENCH),
				"$.gaps[*].sentence"))
			.contains("L'atlas recense 0 des 92 fusillades que les sources signalent pour Bruxelles en 2024.");
		assertThat(JsonPath.<List<String>>read(
				json("/api/coverage?city=Brussels&year=2024", Locale.forLanguageTag("nl")), "$.gaps[*].sentence"))
			.contains("De atlas telt 0 van de 92 schietpartijen die bronnen melden voor Brussel in 2024.");
		assertThat(JsonPath.<String>read(json("/api/coverage?city=Brussels&year=2024", Locale.forLanguageTag("nl")),
				"$.sentence"))
			.startsWith("Deze cijfers steunen op 2 bekeken artikelen");
		// "more than 60": the qualifier travels with the figure; one recorded shooting in
		// Brussels in 2025
		assertThat(JsonPath.<List<String>>read(json("/api/coverage?city=Brussels&year=2025", Locale.ENGLISH),
				"$.gaps[*].sentence"))
			.contains("The atlas records 1 of the more than 60 shootings reported for Brussels in 2025.");
	}

	@Test
	void aFigureIsComparedOnlyWithIncidentsOfItsKindAndEnforcementFiguresNever() throws Exception {
		String explosions = json("/api/coverage?city=Brussels&year=2024&type=explosion", Locale.ENGLISH);
		assertThat(JsonPath.<List<String>>read(explosions, "$.gaps[*].metric")).doesNotContain("shootings")
			.contains("killed");
		String all = json("/api/coverage?family=all", Locale.ENGLISH);
		assertThat(JsonPath.<List<String>>read(all, "$.gaps[*].metric")).isNotEmpty()
			.doesNotContain("cocaine_seized_tonnes");
		String enforcement = json("/api/coverage?family=enforcement&year=2023", Locale.ENGLISH);
		assertThat(JsonPath.<List<Object>>read(enforcement, "$.gaps")).isEmpty();
	}

	@Test
	void withoutPlaceOrDatesTheCountsRestOnEveryArticleReviewed() throws Exception {
		long articles = jdbc.queryForObject("select count(*) from article", Long.class);
		String answer = json("/api/coverage", Locale.ENGLISH);
		assertThat(JsonPath.<Integer>read(answer, "$.articles")).isEqualTo((int) articles);
		assertThat(JsonPath.<Boolean>read(answer, "$.restricted")).isFalse();
		assertThat(JsonPath.<String>read(answer, "$.sentence")).isEqualTo(
				"These counts rest on the " + articles + " news articles reviewed so far: not a complete count.");
		assertThat(JsonPath.<String>read(
				json("/api/coverage?city=Atlantis-free&year=1990".replace("city=Atlantis-free&", ""), Locale.ENGLISH),
				"$.sentence"))
			.startsWith("No reviewed article reports on these places and dates");
	}

	@Test
	void theTimelineThePlaceTableAndTheExportsCarryTheSameCoverage() throws Exception {
		String query = "city=Brussels&year=2024";
		Map<String, Object> coverage = JsonPath.read(json("/api/coverage?" + query, Locale.ENGLISH), "$");
		assertThat(JsonPath.<Map<String, Object>>read(json("/api/timeline?" + query, Locale.ENGLISH), "$.coverage"))
			.isEqualTo(coverage);
		String table = json("/api/stats/cities?" + query, Locale.ENGLISH);
		assertThat(JsonPath.<Map<String, Object>>read(table, "$.coverage")).isEqualTo(coverage);
		assertThat(JsonPath.<Integer>read(table, "$.rows[0].articles")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(table, "$.rows[0].reported[?(@.metric == 'shootings')].gap"))
			.containsExactly("The atlas records 0 of the 92 shootings reported for Brussels in 2024.");
		for (String export : new String[] { "/api/export/incidents.csv", "/api/export/incidents.geojson",
				"/api/stats/cities.csv", "/api/timeline.csv" }) {
			var response = mvc.perform(get(URI.create(export + "?" + query)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getHeader("X-Articles-Reviewed"))
				.as(export + " " + response.getHeaderNames() + " " + response.getContentAsString().length())
				.isEqualTo("2");
			assertThat(response.getHeader("X-Reported-Figures-Above-Recorded")).as(export).isEqualTo("3");
			assertThat(response.getHeaders("Link")).as(export)
				.contains("</api/coverage?" + query + ">; rel=\"describedby\"");
		}
	}

	@Test
	void theOverviewAndTheListSayWhatTheirCountsRestOn() throws Exception {
		long articles = jdbc.queryForObject("select count(*) from article", Long.class);
		mvc.perform(get("/").locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("the " + articles + " news articles reviewed so far")))
			.andExpect(content()
				.string(containsString("The atlas records 0 of the 92 shootings reported for Brussels in 2024.")));
		// the list fills its note from /api/coverage with the same query (a browser test
		// reads it)
		mvc.perform(get("/incidents").param("city", "Brussels").param("year", "2024"))
			.andExpect(content().string(containsString("id=\"coverage\"")))
			.andExpect(content().string(containsString("/js/coverage.js")));
	}

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	private double articleCountHits() {
		var counter = meters.find("cache.gets")
			.tags("cache", "analysis.articles-per-place-and-year", "result", "hit")
			.functionCounter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void thePlaceTablesOfOnePlaceAndYearShareTheirArticleCountsWhateverTheTypes() throws Exception {
		String shootings = json("/api/stats/cities?city=Antwerp&year=2023&type=shooting", Locale.ENGLISH);
		double before = articleCountHits();
		String explosions = json("/api/stats/cities?city=Antwerp&year=2023&type=explosion", Locale.ENGLISH);
		assertThat(articleCountHits()).isEqualTo(before + 1);
		// the articles of a place and year do not depend on the types shown
		assertThat(JsonPath.<List<Integer>>read(explosions, "$.rows[*].articles"))
			.isEqualTo(JsonPath.<List<Integer>>read(shootings, "$.rows[*].articles"));
		String otherYear = json("/api/stats/cities?city=Antwerp&year=2022&type=explosion", Locale.ENGLISH);
		assertThat(otherYear).isNotNull();
		assertThat(articleCountHits()).isEqualTo(before + 1);
	}

	@Test
	void thePlaceTableGivesRatesPerHundredThousandAndTheChangeFromTheYearBefore() throws Exception {
		String table = json("/api/stats/cities?city=Antwerp", Locale.ENGLISH);
		Integer population = jdbc.queryForObject("select population from place where key = 'be-antwerpen'",
				Integer.class);
		assertThat(JsonPath.<Integer>read(table, "$.rows[0].population")).isEqualTo(population);
		// the population's year and source are those the gazetteer records, null when it
		// records none
		Map<String, Object> recorded = jdbc
			.queryForMap("select population_year, population_source from place where key = 'be-antwerpen'");
		assertThat(JsonPath.<Object>read(table, "$.rows[0].populationYear")).isEqualTo(
				recorded.get("population_year") == null ? null : ((Number) recorded.get("population_year")).intValue());
		assertThat(JsonPath.<Object>read(table, "$.rows[0].populationSource"))
			.isEqualTo(recorded.get("population_source"));
		assertThat(json("/api/stats/cities.csv?city=Antwerp", Locale.ENGLISH).lines().findFirst().orElseThrow())
			.contains(",population,population_year,population_source,per_100000,");
		assertThat(JsonPath.<Double>read(table, "$.rows[0].perHundredThousand"))
			.isEqualTo(Math.round(2 * 1_000_000.0 / population) / 10.0);
		// nothing recorded in Antwerp in 2022: the change from it is the whole count
		assertThat(JsonPath.<Integer>read(table, "$.rows[0].change")).isEqualTo(2);
		// the year before lies outside the filter: no change can be given
		assertThat(JsonPath.<Object>read(json("/api/stats/cities?city=Antwerp&year=2023", Locale.ENGLISH),
				"$.rows[0].change"))
			.isNull();
		// a toll no incident of the row reports is null, not 0
		String brussels = json("/api/stats/cities?city=Brussels&year=2025", Locale.ENGLISH);
		assertThat(JsonPath.<Integer>read(brussels, "$.rows[0].incidents")).isEqualTo(1);
		assertThat(JsonPath.<Object>read(brussels, "$.rows[0].killed")).isNull();
		// enforcement figures say so, and are never compared
		String antwerp = json("/api/stats/cities?city=Antwerp&family=all&year=2023", Locale.ENGLISH);
		assertThat(JsonPath.<List<String>>read(antwerp,
				"$.rows[0].reported[?(@.metric == 'cocaine_seized_tonnes')].family"))
			.containsExactly("enforcement");
		assertThat(
				JsonPath.<List<Object>>read(antwerp, "$.rows[0].reported[?(@.metric == 'cocaine_seized_tonnes')].gap"))
			.containsOnlyNulls();
	}

}
