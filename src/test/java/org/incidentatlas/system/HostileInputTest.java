package org.incidentatlas.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hundreds of malformed and hostile inputs through the public and the editor endpoints:
 * none may cause a 5xx, store anything, or change what is already there.
 */
@IntegrationTest
class HostileInputTest {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"javascript:alert(1)", "' OR '1'='1", "'; DROP TABLE incident; --", "1; select pg_sleep(5)--", "%00",
			"\u0000", "../../etc/passwd", "${7*7}", "{{7*7}}", "__${T(java.lang.Runtime).getRuntime()}__", "-1",
			"99999999999999999999", "1e309", "NaN", "Infinity", "2023-02-30", "0000-00-00", "9999-99-99", "\u202Eevil",
			"😀🔥", "a".repeat(5000), "", " ", ",,,,", "[]", "{}", "null", "true", "2023,abc", "-180,-90,180,90,1");

	static final List<String> PUBLIC_PARAMETERS = List.of("city", "year", "type", "family", "from", "to", "q",
			"minKilled", "bbox", "zoom", "interval", "level", "page", "size", "sort", "lat", "lon", "since");

	static final List<String> PUBLIC_ENDPOINTS = List.of("/api/incidents", "/api/map", "/api/timeline",
			"/api/stats/cities", "/api/stats/cities.csv", "/api/timeline.csv", "/api/places", "/api/map/spot",
			"/api/incidents/changes", "/incidents", "/map", "/timeline", "/analysis", "/embed/map");

	/**
	 * Bytes no text can hold, as a client sends them on the wire: NUL, and
	 * percent-encoded bytes that are not UTF-8.
	 */
	static final List<String> BAD_BYTES = List.of("q=%00", "q=%C3%28", "city=%C3%28", "q=%FF", "q=a%ED%A0%80b",
			"city=%00", "q=%E2%82", "type=%C0%AF");

	static final List<String> BAD_BYTE_ENDPOINTS = List.of("/api/incidents", "/api/map?bbox=2.5,49.4,7.3,53.6&zoom=7",
			"/api/timeline", "/api/stats/cities", "/api/stats/cities.csv", "/api/timeline.csv", "/api/places",
			"/api/map/spot?lat=51.2&lon=4.4", "/api/incidents/changes", "/api/export/incidents.geojson",
			"/api/export/incidents.csv", "/api/export/incidents.json", "/feed/incidents.atom", "/incidents", "/map",
			"/timeline", "/analysis", "/embed/map", "/");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noHostileInputCausesAServerErrorOrChangesTheData() throws Exception {
		String before = fingerprint();
		int requests = 0;
		List<String> failures = new ArrayList<>();
		for (String endpoint : PUBLIC_ENDPOINTS) {
			for (int i = 0; i < PUBLIC_PARAMETERS.size(); i++) {
				String parameter = PUBLIC_PARAMETERS.get(i);
				String payload = PAYLOADS.get((i * 7 + endpoint.length()) % PAYLOADS.size());
				String query = parameter + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)
						+ (endpoint.contains("map") && !parameter.equals("bbox") ? "&bbox=2.5,49.4,7.3,53.6&zoom=7"
								: "");
				MvcResult result = mvc.perform(get(endpoint + "?" + query)).andReturn();
				requests++;
				if (result.getResponse().getStatus() >= 500) {
					failures.add(endpoint + "?" + parameter + " -> " + result.getResponse().getStatus());
				}
			}
		}
		for (String payload : PAYLOADS) {
			for (String path : List.of("/api/incidents/", "/incidents/", "/articles/")) {
				MvcResult result = mvc.perform(get(path + URLEncoder.encode(payload, StandardCharsets.UTF_8)))
					.andReturn();
				requests++;
				if (result.getResponse().getStatus() >= 500) {
					failures.add(path + payload + " -> " + result.getResponse().getStatus());
				}
			}
		}
		long incidentsBefore = jdbc.queryForObject("select count(*) from incident", Long.class);
		for (String payload : PAYLOADS) {
			String json = "{\"type\":\"" + jsonEscape(payload) + "\",\"date\":\"" + jsonEscape(payload)
					+ "\",\"place\":\"" + jsonEscape(payload) + "\",\"summary\":\"" + jsonEscape(payload)
					+ "\",\"killed\":\"" + jsonEscape(payload) + "\",\"latitude\":\"" + jsonEscape(payload) + "\"}";
			MvcResult api = mvc
				.perform(post("/api/incidents").with(user("fuzzer").roles("EDITOR"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(json))
				.andReturn();
			MvcResult form = mvc
				.perform(post("/editor/incidents").with(user("fuzzer").roles("EDITOR"))
					.with(csrf())
					.param("type", payload)
					.param("date", payload)
					.param("place", payload)
					.param("killed", payload)
					.param("latitude", payload)
					.param("summary", payload))
				.andReturn();
			MvcResult raw = mvc
				.perform(post("/api/incidents").with(user("fuzzer").roles("EDITOR"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(payload))
				.andReturn();
			requests += 3;
			for (MvcResult r : List.of(api, form, raw)) {
				if (r.getResponse().getStatus() >= 500) {
					failures.add("POST " + r.getRequest().getRequestURI() + " with " + abbreviate(payload) + " -> "
							+ r.getResponse().getStatus());
				}
			}
		}
		assertThat(requests).isGreaterThanOrEqualTo(200);
		assertThat(failures).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).as("no garbage stored")
			.isEqualTo(incidentsBefore);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'fuzzer'", Long.class))
			.isZero();
		assertThat(fingerprint()).as("existing data untouched").isEqualTo(before);
	}

	/**
	 * Over real HTTP, so that the servlet container decodes the query as it does in
	 * production: every bad byte in every filtered endpoint is a 400 that names the
	 * parameter, never a 500, never a 200 with a truncated export.
	 */
	@Test
	void badBytesInAParameterAreA400ThatNamesTheParameterOnEveryEndpoint() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<String> failures = new ArrayList<>();
		for (String endpoint : BAD_BYTE_ENDPOINTS) {
			for (String bad : BAD_BYTES) {
				String parameter = bad.substring(0, bad.indexOf('='));
				URI uri = URI
					.create("http://localhost:" + port + endpoint + (endpoint.contains("?") ? "&" : "?") + bad);
				boolean json = endpoint.startsWith("/api/") || endpoint.startsWith("/feed/");
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(uri).header("Accept", json ? "*/*" : "text/html").build(),
						BodyHandlers.ofString());
				String body = response.body();
				boolean named = json ? body.contains("\"parameter\":\"" + parameter + "\"")
						: body.contains("&#39;" + parameter + "&#39;");
				if (response.statusCode() != 400 || !named || response.headers().firstValue("ETag").isPresent()) {
					failures.add(endpoint + " " + bad + " -> " + response.statusCode() + " " + abbreviate(body));
				}
				if (body.contains("SQL") || body.contains("Exception") || body.contains("org.")) {
					failures.add(endpoint + " " + bad + " shows internals: " + abbreviate(body));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theFeedNeverShowsTheSqlOrTheDatabasesMessage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feed/incidents.atom?q=%00")).build(),
					BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContainIgnoringCase("select")
			.doesNotContain("SQL")
			.doesNotContain("PSQL")
			.doesNotContain("UTF8\": 0x00");
	}

	@Test
	void aNulInAFormFieldOrASummaryIsA400ThatNamesTheFieldAndStoresNothing() throws Exception {
		long before = jdbc.queryForObject("select count(*) from incident", Long.class);
		mvc.perform(post("/api/incidents").with(user("fuzzer").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"type\":\"shooting\",\"date\":\"2024-03-02\",\"place\":\"Antwerpen\",\"summary\":\"Shots \\u0000 fired.\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summary"));
		mvc.perform(post("/editor/incidents").with(user("fuzzer").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("type", "shooting")
			.param("date", "2024-03-02")
			.param("place", "Antwerpen")
			.param("summary", "Shots \u0000 fired.")).andExpect(status().isBadRequest());
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("username=%C3%28&password=x"))
				.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(400);
		assertThat(login.body()).contains("&#39;username&#39;");
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(before);
	}

	/** A digest of every launch incident, to prove that nothing about them changed. */
	private String fingerprint() {
		return jdbc.queryForObject(
				"""
						select md5(string_agg(id || type || coalesce(date_from::text, '') || summary || status || coalesce(killed, -1),
						                      '|' order by id))
						from incident where external_key like 'launch-%'""",
				String.class);
	}

	private static String jsonEscape(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String abbreviate(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}

}
