package org.incidentatlas.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The overview, the list and the detail pages, rendered by the real application. */
@FixedDataTest
class IncidentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void theOverviewShowsTotalsByTypeAndYearAndTheLatestIncidents() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("overview/overview"))
			.andExpect(model().attribute("latest", hasSize(8)))
			// two shootings in the table, one in 2023 (Merksem) and one in 2025 (Brussels
			// metro)
			.andExpect(content().string(containsString("href=\"/incidents?type=shooting&amp;year=2023\">1</a>")))
			.andExpect(content().string(
					allOf(containsString("Incidents by type and year"), containsString("2019"), containsString("2025"),
							containsString("Latest incidents"), containsString("href=\"/incidents\""))));
	}

	@Test
	void theListHonoursTheFiltersInTheUrl() throws Exception {
		mvc.perform(get("/incidents").param("city", "Anvers").param("year", "2023"))
			.andExpect(status().isOk())
			.andExpect(view().name("incident/list"))
			.andExpect(content().string(allOf(containsString("2 incidents match"), containsString("Merksem"),
					containsString("Osystraat"), not(containsString("metro station")))));
	}

	@Test
	void theDetailPageShowsEveryFieldAtItsTruePrecision() throws Exception {
		long id = id("fixture-2023-04-02-antwerp-osystraat-explosion");
		mvc.perform(get("/incidents/" + id))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("2 April 2023"), containsString("Osystraat"), containsString("Antwerp"),
						containsString("not reported"), containsString("Sources"), containsString("October 2025"),
						containsString("data-precision=\"street\""), containsString("/dist/leaflet.js"))));
	}

	@Test
	void aYearOnlyIncidentIsNeverShownAsTheFirstOfJanuary() throws Exception {
		long id = id("fixture-2023-merksem-girl-killed");
		mvc.perform(get("/incidents/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("known only to the year"), containsString("district only"),
					not(containsString("1 January 2023")), not(containsString("2023-01-01")))));
	}

	@Test
	void anUnknownIncidentIsA404PageNotA500() throws Exception {
		HttpResponse<String> response = fetch("/incidents/987654", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Not found").contains("There is no published incident 987654");
		assertThat(fetch("/incidents/not-a-number", "text/html").statusCode()).isEqualTo(400);
	}

	@Test
	void aBadFilterOnAPageIsA400PageThatSaysWhy() throws Exception {
		HttpResponse<String> response = fetch("/incidents?year=abc", "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("&#39;abc&#39; is not a year");
	}

	@Test
	void aHostileStringIsEscapedOnThePage() throws Exception {
		HttpResponse<String> response = fetch("/incidents?q=%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	private HttpResponse<String> fetch(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long id(String key) {
		return jdbc.queryForObject("select id from incident where external_key = ?", Long.class, key);
	}

}
