package org.incidentatlas.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A hidden location protects a victim's home: nothing the public can reach (search,
 * filters, exports, the feed, the map) may tell the street or the exact point, not even
 * by a yes or no. The incidents are committed, because exports stream on their own
 * threads and connections.
 */
@IntegrationTest
class HiddenLocationTest {

	static final double EXACT_LAT = 51.25013;

	static final double EXACT_LON = 4.44807;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	long hidden;

	long open;

	@BeforeEach
	void twoShootingsOneHidden() {
		Integer merksem = jdbc.queryForObject("select id from place where key = 'be-antwerpen-merksem'", Integer.class);
		hidden = insert(merksem, "Examplestraat 12", true, "Shots at the front door of a family home");
		open = insert(merksem, "Voorbeeldlaan 7", false, "Shots at a shop window");
		dataVersion.forget();
	}

	@AfterEach
	void removeThem() {
		jdbc.update("delete from incident where id in (?, ?)", hidden, open);
		dataVersion.forget();
	}

	private long insert(Integer place, String street, boolean hide, String summary) {
		return jdbc.queryForObject(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, place_id, street, latitude,
						                      longitude, geo_precision, location_hidden, summary, status)
						values ('SHOOTING', date '2024-06-01', date '2024-06-01', 'DAY', 'BE', ?, ?, ?, ?, 'STREET', ?, ?, 'PUBLISHED')
						returning id""",
				Long.class, place, street, EXACT_LAT + (hide ? 0 : 0.002), EXACT_LON + (hide ? 0 : 0.002), hide,
				summary);
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private java.util.List<Integer> ids(String json) {
		return JsonPath.read(json, "$.items[*].id");
	}

	@Test
	void searchDoesNotFindAHiddenIncidentByItsStreetOrHouseNumber() throws Exception {
		assertThat(ids(get("/api/incidents?q=Examplestraat%2012"))).doesNotContain((int) hidden);
		assertThat(ids(get("/api/incidents?q=Examplestraat"))).doesNotContain((int) hidden);
		assertThat(ids(get("/api/incidents?q=Examplestraat%2013"))).doesNotContain((int) hidden);
		// the street of a location that is not hidden is public, and searchable
		assertThat(ids(get("/api/incidents?q=Voorbeeldlaan"))).contains((int) open);
		// the public summary still is
		assertThat(ids(get("/api/incidents?q=front%20door"))).contains((int) hidden);
	}

	@Test
	void aTinyBoxAroundTheExactPointDoesNotRevealIt() throws Exception {
		String box = "bbox=" + (EXACT_LON - 0.0001) + "," + (EXACT_LAT - 0.0001) + "," + (EXACT_LON + 0.0001) + ","
				+ (EXACT_LAT + 0.0001);
		assertThat(ids(get("/api/incidents?" + box))).doesNotContain((int) hidden);
		String spot = get("/api/map/spot?lat=" + EXACT_LAT + "&lon=" + EXACT_LON);
		assertThat(spot).doesNotContain("\"id\":" + hidden);
	}

	@Test
	void exportsAndTheFeedCarryNeitherTheStreetNorTheExactPoint() throws Exception {
		for (String path : new String[] { "/api/export/incidents.csv", "/api/export/incidents.geojson",
				"/api/export/incidents.json", "/feed/incidents.atom", "/api/incidents?size=200",
				"/api/incidents/" + hidden, "/incidents/" + hidden, "/incidents?q=front%20door" }) {
			String body = get(path);
			assertThat(body).as(path).doesNotContain("Examplestraat").doesNotContain(Double.toString(EXACT_LAT));
		}
		assertThat(get("/api/export/incidents.csv")).contains("Voorbeeldlaan");
	}

	@Test
	void anEditorCannotPublishASummaryThatNamesTheHiddenStreet() throws Exception {
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "shooting", "date": "2024-06-01", "place": "Merksem", "street": "Examplestraat 12",
					 "latitude": 51.2501, "longitude": 4.448, "precision": "street", "locationHidden": true,
					 "summary": "Shots at a house in the EXAMPLESTRAAT"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summary"));
	}

	@Test
	void aHiddenStreetIsFoundInTheSummaryWhateverItsCaseAccentsOrHouseNumber() {
		assertThat(IncidentEditor.namesHiddenStreet("Schoten op de Rue de l'Église", "Rue de l'Eglise 4 boîte 2"))
			.isTrue();
		assertThat(IncidentEditor.namesHiddenStreet("Shots at a house", "Examplestraat 12")).isFalse();
		assertThat(IncidentEditor.namesHiddenStreet("Shots at a house", null)).isFalse();
	}

}
