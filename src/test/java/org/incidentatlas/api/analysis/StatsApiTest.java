package org.incidentatlas.api.analysis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.incidentatlas.csv.Csv;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/stats/cities and its CSV: recorded counts beside reported figures. */
@FixedDataTest
public class StatsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void brussels2024ShowsTheReportedFiguresWithTheirSourcesBesideWhatIsRecorded() throws Exception {
		mvc.perform(get(URI.create("/api/stats/cities?city=Brussels&year=2024")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].place").value("Brussels"))
			.andExpect(jsonPath("$.rows[0].year").value(2024))
			.andExpect(jsonPath("$.rows[0].incidents").value(0))
			.andExpect(jsonPath("$.rows[0].reported[?(@.metric == 'shootings')].value").value(92))
			.andExpect(jsonPath("$.rows[0].reported[?(@.metric == 'killed')].value").value(9))
			.andExpect(jsonPath("$.rows[0].reported[?(@.metric == 'injured')].value").value(48))
			.andExpect(jsonPath("$.rows[0].reported[?(@.metric == 'shootings')].sources.length()").value(2));
	}

	@Test
	void twoSourcesThatDisagreeAreBothShownEachWithItsSource() throws Exception {
		String json = mvc.perform(get(URI.create("/api/stats/cities?city=Brussels&year=2025")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> texts = JsonPath.read(json,
				"$.rows[0].reported[?(@.metric == 'shootings' && @.period == '2025')].text");
		assertThat(texts).hasSize(2)
			.anyMatch(t -> t.startsWith("57 shootings"))
			.anyMatch(t -> t.startsWith("over 60 shootings"));
		List<List<Object>> sources = JsonPath.read(json, "$.rows[0].reported[?(@.period == '2025')].sources[*].title");
		assertThat(sources).isNotEmpty();
		assertThat(JsonPath.<Integer>read(json, "$.rows[0].incidents")).isEqualTo(1);
	}

	@Test
	void recordedCountsFollowTheFiltersAndRollDistrictsIntoTheirCity() throws Exception {
		mvc.perform(get(URI.create("/api/stats/cities?city=Antwerp")))
			.andExpect(jsonPath("$.rows[0].place").value("Antwerp"))
			.andExpect(jsonPath("$.rows[0].year").value(2023))
			.andExpect(jsonPath("$.rows[0].incidents").value(2))
			.andExpect(jsonPath("$.rows[0].byType.shooting").value(1))
			.andExpect(jsonPath("$.rows[0].byType.explosion").value(1))
			.andExpect(jsonPath("$.rows[0].killed").value(1))
			.andExpect(jsonPath("$.rows[0].killedNotReported").value(1));
		mvc.perform(get(URI.create("/api/stats/cities?type=homicide")))
			.andExpect(jsonPath("$.rows[?(@.incidents > 0)].incidents")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(1))));
		mvc.perform(get(URI.create("/api/stats/cities?family=all&city=Amsterdam")))
			.andExpect(jsonPath("$.rows[?(@.year == 2024)].byType.conviction").value(1));
	}

	@Test
	@Transactional
	void aNewlyReportedFigureShowsAtOnceEvenWhenTheTableWasCached() throws Exception {
		mvc.perform(get(URI.create("/api/stats/cities?city=Gent&year=2024")))
			.andExpect(jsonPath("$.rows.length()").value(0));
		jdbc.update(
				"""
						insert into reported_statistic (place_id, place_label, country_code, period_from, period_to, period_precision,
						                                metric, value, qualifier)
						select id, 'Ghent', 'BE', date '2024-01-01', date '2024-12-31', 'YEAR', 'SHOOTINGS', 7, 'EXACT'
						from place where key = 'be-gent'""");
		mvc.perform(get(URI.create("/api/stats/cities?city=Gent&year=2024")))
			.andExpect(jsonPath("$.rows[0].reported[0].value").value(7));
	}

	@Test
	void figuresForWiderAreasAreListedApart() throws Exception {
		String json = mvc.perform(get(URI.create("/api/stats/cities"))).andReturn().getResponse().getContentAsString();
		List<String> places = JsonPath.read(json, "$.elsewhere[*].place");
		assertThat(places).contains("Europe", "Belgium", "Spain", "Netherlands");
	}

	@Test
	void badLevelsAndFiltersGetA400NamingTheParameter() throws Exception {
		mvc.perform(get(URI.create("/api/stats/cities?level=galaxy")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("level"));
		mvc.perform(get(URI.create("/api/stats/cities?year=20x4")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("year"));
	}

	@Test
	@Transactional
	void theCsvKeepsAwkwardValuesIntactAndShowsLiegeAndSintJansMolenbeek() throws Exception {
		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, place_id, latitude, longitude,
						                      geo_precision, summary, status, killed, injured)
						select 'SHOOTING', date '2024-05-01', date '2024-05-01', 'DAY', 'BE', id, latitude, longitude, 'CITY',
						       'Shots fired', 'PUBLISHED', 0, 1
						from place where key in ('be-liege', 'be-molenbeek-saint-jean')""");
		Long article = jdbc.queryForObject(
				"""
						insert into article (title, publisher, published_from, published_to, published_precision, language)
						values (?, 'Het "Nieuws", Brussel', date '2024-12-01', date '2024-12-31', 'MONTH', 'nl') returning id""",
				Long.class, "Schietpartijen, \"opnieuw\"\nin Luik");
		Long figure = jdbc.queryForObject(
				"""
						insert into reported_statistic (place_id, place_label, country_code, period_from, period_to, period_precision,
						                                metric, value, qualifier)
						select id, 'Liège', 'BE', date '2024-01-01', date '2024-12-31', 'YEAR', 'SHOOTINGS', 14, 'ABOUT'
						from place where key = 'be-liege' returning id""",
				Long.class);
		jdbc.update("insert into statistic_source (statistic_id, article_id) values (?, ?)", figure, article);

		byte[] body = mvc
			.perform(get(URI.create("/api/stats/cities.csv?level=municipality&year=2024"))
				.locale(Locale.forLanguageTag("nl")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body[0] & 0xff).as("UTF-8 byte-order mark").isEqualTo(0xEF);
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		List<List<String>> rows = Csv.read(text).stream().map(Csv.Record::cells).toList();
		assertThat(rows.get(0)).startsWith("place", "place_key", "country", "year", "incidents", "killed", "injured");
		List<String> liege = rows.stream().filter(r -> r.get(0).equals("Luik")).findFirst().orElseThrow();
		assertThat(liege.get(1)).isEqualTo("be-liege");
		assertThat(liege.get(liege.size() - 1)).contains("ongeveer 14 schietpartijen (2024; ") // a
																								// Dutch
																								// reader
																								// gets
																								// the
																								// figure
																								// in
																								// Dutch,
																								// as
																								// the
																								// sentence
																								// beside
																								// it
			.contains("Schietpartijen, \"opnieuw\"\nin Luik")
			.contains("Het \"Nieuws\", Brussel");
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Sint-Jans-Molenbeek"));
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).hasSameSizeAs(rows.get(0)));
	}

}
