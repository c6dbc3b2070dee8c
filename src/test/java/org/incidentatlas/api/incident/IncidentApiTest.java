package org.incidentatlas.api.incident;

import java.net.URI;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/incidents against the fixed test data, each filter alone and combined. */
@FixedDataTest
class IncidentApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private ResultActions list(String query) throws Exception {
		return mvc.perform(get(URI.create("/api/incidents?" + query)).accept(MediaType.APPLICATION_JSON));
	}

	@Test
	void withoutFiltersItListsTheViolentIncidentsNewestFirst() throws Exception {
		list("").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(9))
			.andExpect(jsonPath("$.items[0].date.from").value("2025-02-01"))
			.andExpect(jsonPath("$.items[*].family", everyItem(is("violence"))));
	}

	@Test
	void eachItemCarriesTheDocumentedShape() throws Exception {
		list("city=Merksem").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").isNumber())
			.andExpect(jsonPath("$.items[0].type").value("shooting"))
			.andExpect(jsonPath("$.items[0].date.from").value("2023-01-01"))
			.andExpect(jsonPath("$.items[0].date.to").value("2023-12-31"))
			.andExpect(jsonPath("$.items[0].date.precision").value("year"))
			.andExpect(jsonPath("$.items[0].place.country").value("Belgium"))
			.andExpect(jsonPath("$.items[0].place.region").value("Antwerp"))
			.andExpect(jsonPath("$.items[0].place.city").value("Antwerp"))
			.andExpect(jsonPath("$.items[0].place.district").value("Merksem"))
			.andExpect(jsonPath("$.items[0].place.street").value(nullValue()))
			.andExpect(jsonPath("$.items[0].place.lat").isNumber())
			.andExpect(jsonPath("$.items[0].place.lon").isNumber())
			.andExpect(jsonPath("$.items[0].place.precision").value("district"))
			.andExpect(jsonPath("$.items[0].killed").value(1))
			.andExpect(jsonPath("$.items[0].injured").value(nullValue()))
			.andExpect(jsonPath("$.items[0].summary", containsString("Merksem")))
			.andExpect(jsonPath("$.items[0].sources.length()").value(2))
			.andExpect(jsonPath("$.items[0].sources[0].publisher").isString());
	}

	@ParameterizedTest(name = "city={0} matches {1}")
	@CsvSource({ "Antwerpen, 2", "Anvers, 2", "Antwerp, 2", "Merksem, 1", "Brussels, 2", "Bruxelles, 2", "Brussel, 2",
			"Amsterdam, 1", "East Flanders, 1", "Oost-Vlaanderen, 1", "Gent, 0", "Belgium, 7", "Nederland, 2" })
	void theCityFilterMatchesAnyOfItsNamesAndItsDistricts(String city, int expected) throws Exception {
		list("city=" + city.replace(" ", "%20")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(expected));
	}

	@ParameterizedTest(name = "year={0} matches {1}")
	@CsvSource({ "2022, 3", "2023, 2", "2025, 2", "2019, 1", "2020, 0", "'2021,2022', 4" })
	void theYearFilterMatchesIncidentsWhoseDateFallsInThatYear(String year, int expected) throws Exception {
		list("year=" + year).andExpect(jsonPath("$.totalItems").value(expected));
	}

	@Test
	void yearsCanBeRepeated() throws Exception {
		list("year=2019&year=2021").andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void theTypeFilterIsRepeatableAndCanReachEnforcementEvents() throws Exception {
		list("type=shooting").andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[*].type", everyItem(is("shooting"))));
		list("type=shooting&type=explosion").andExpect(jsonPath("$.totalItems").value(3));
		list("type=EXTRADITION").andExpect(jsonPath("$.totalItems").value(2));
		list("family=enforcement").andExpect(jsonPath("$.totalItems").value(8))
			.andExpect(jsonPath("$.items[*].family", everyItem(is("enforcement"))));
		list("family=all").andExpect(jsonPath("$.totalItems").value(17));
	}

	@Test
	void fromAndToKeepIncidentsWhoseDatesOverlapTheRange() throws Exception {
		list("from=2023-04-01&to=2023-04-30").andExpect(jsonPath("$.totalItems").value(2));
		list("from=2025-01-01").andExpect(jsonPath("$.totalItems").value(2));
		list("to=2019-12-31").andExpect(jsonPath("$.totalItems").value(1));
		list("from=2025-03-01&to=2025-03-31").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].date.precision").value("year"));
	}

	@Test
	void textSearchFindsWordsInTheSummary() throws Exception {
		list("q=metro").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].type").value("shooting"));
		list("q=tortured").andExpect(jsonPath("$.totalItems").value(1));
		list("q=Osystraat").andExpect(jsonPath("$.totalItems").value(1));
		list("q=unicorns").andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void filtersCombine() throws Exception {
		list("city=Antwerp&year=2023&type=explosion").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].place.street", containsString("Osystraat")));
		list("city=Brussels&from=2025-01-01&type=shooting").andExpect(jsonPath("$.totalItems").value(1));
		list("city=Brussels&year=2022&q=cocaine").andExpect(jsonPath("$.totalItems").value(1));
		list("city=Amsterdam&family=enforcement&year=2024").andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].type").value("conviction"));
		list("city=Antwerp&type=homicide").andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void resultsArePaged() throws Exception {
		list("size=4&page=0").andExpect(jsonPath("$.items.length()").value(4))
			.andExpect(jsonPath("$.totalItems").value(9))
			.andExpect(jsonPath("$.totalPages").value(3));
		list("size=4&page=2").andExpect(jsonPath("$.items.length()").value(1));
		list("size=4&page=5").andExpect(jsonPath("$.items.length()").value(0));
	}

	@ParameterizedTest(name = "{0} is refused naming {1}")
	@CsvSource({ "year=abc, year", "year=99999, year", "type=unicorn, type", "from=2023-13-01, from",
			"to=yesterday, to", "from=2024-01-01&to=2023-01-01, from", "city=Atlantis, city",
			"family=everything, family", "size=0, size", "size=100000, size", "page=-1, page", "page=x, page",
			"city=a&city=b, city" })
	void badParametersGetA400ProblemNamingTheParameter(String query, String parameter) throws Exception {
		list(query).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.title", containsString(parameter)));
	}

	@Test
	void aHostileSearchStringIsJustText() throws Exception {
		list("q=%27%3B%20drop%20table%20incident%3B%20--").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		list("city=%3Cscript%3Ealert(1)%3C%2Fscript%3E").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("<script>")));
		list("").andExpect(jsonPath("$.totalItems").value(9));
	}

	@Test
	void oneIncidentByIdAndAProblemForAnUnknownOne() throws Exception {
		String body = list("city=Merksem").andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/incidents/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/incidents/987654"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/incidents/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"));
	}

	@Test
	@Transactional
	void draftsAndRetractedIncidentsAreNotPublic() throws Exception {
		Long draft = jdbc.queryForObject(
				"""
						insert into incident (type, date_from, date_to, date_precision, geo_precision, summary, status)
						values ('SHOOTING', date '2024-05-01', date '2024-05-01', 'DAY', 'UNKNOWN', 'Unreviewed hush proposal', 'DRAFT')
						returning id""",
				Long.class);
		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, geo_precision, summary, status, retraction_reason)
						values ('SHOOTING', date '2024-05-02', date '2024-05-02', 'DAY', 'UNKNOWN', 'Retracted hush report', 'RETRACTED', 'duplicate')""");
		list("family=all&q=hush").andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
		list("year=2024").andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/incidents/" + draft)).andExpect(status().isNotFound());
	}

}
