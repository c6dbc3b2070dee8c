package org.incidentatlas.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.incidentatlas.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may write, and the headers that keep readers safe. Every test rolls back what it
 * writes.
 */
@IntegrationTest
@Transactional
class SecurityTest {

	static final String INCIDENT = """
			{"type": "shooting", "date": "2024-05-01", "place": "Merksem", "sources": [{"url": "https://example.org/news/atlas-test-source", "title": "A report for the tests"}],  "summary": "Shots fired at a house", "killed": 0,
			 "injured": 1}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void accounts() {
		if (accounts.find("script-editor").isEmpty()) {
			accounts.create("script-editor", "correct horse battery", Role.EDITOR, "test");
		}
	}

	@Test
	void anonymousWritesGetA401Problem() throws Exception {
		mvc.perform(post("/api/incidents").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(INCIDENT))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(
				post("/api/incidents/1/retract").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void writesTheRoleDoesNotAllowGetA403() throws Exception {
		mvc.perform(post("/api/users").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"newcomer\",\"password\":\"a long enough secret\",\"role\":\"EDITOR\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/admin/users").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/editor"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void aBrowserPostWithoutItsCsrfTokenGetsA403() throws Exception {
		// a browser always sends its session cookie; without the token, its writes are
		// refused
		jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("JSESSIONID", "browser-session");
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isForbidden());
		mvc.perform(post("/editor/incidents").with(user("ed").roles("EDITOR"))
			.cookie(session)
			.param("type", "SHOOTING")
			.param("summary", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isCreated());
	}

	@Test
	void aSessionNeedsItsCsrfTokenWhateverAuthorizationHeaderComesWithIt() throws Exception {
		jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("JSESSIONID", "browser-session");
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.cookie(session)
			.header("Authorization", "Bearer junk")
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isForbidden());
		mvc.perform(post("/api/incidents").cookie(session)
			.header("Authorization", basic("script-editor", "correct horse battery"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isForbidden());
	}

	@Test
	void anotherSitesFormPostWithCredentialsTheBrowserCachedIsRefused() throws Exception {
		long draft = jdbc.queryForObject(
				"""
						insert into incident (type, date_precision, geo_precision, summary) values ('ARSON', 'UNKNOWN', 'UNKNOWN', 'x')
						returning id""",
				Long.class);
		// a plain HTML form on evil.example, posting to the API: the browser adds Origin
		// and Sec-Fetch-Site itself
		mvc.perform(post("/api/incidents/" + draft + "/publish")
			.header("Authorization", basic("script-editor", "correct horse battery"))
			.header("Origin", "https://evil.example")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("x=1")).andExpect(status().isForbidden());
		mvc.perform(post("/api/incidents/" + draft + "/publish")
			.header("Authorization", basic("script-editor", "correct horse battery"))
			.header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.TEXT_PLAIN)
			.content("x")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, draft))
			.isEqualTo("DRAFT");
		// the same request from a script (no Origin, no cookie) publishes
		mvc.perform(post("/api/incidents/" + draft + "/publish").header("Authorization",
				basic("script-editor", "correct horse battery")))
			.andExpect(status().isOk());
	}

	@Test
	void theApiNeverAsksABrowserForBasicCredentials() throws Exception {
		mvc.perform(post("/api/incidents").contentType(MediaType.APPLICATION_JSON).content(INCIDENT))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.not(containsString("Basic"))));
		mvc.perform(get("/api/articles"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.not(containsString("Basic"))));
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void scriptsWriteWithHttpBasicAndNoCsrfToken() throws Exception {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString("script-editor:correct horse battery".getBytes(StandardCharsets.UTF_8));
		mvc.perform(post("/api/incidents").header("Authorization", basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/incidents/")))
			.andExpect(jsonPath("$.place.district").value("Merksem"));
		String wrong = "Basic "
				+ Base64.getEncoder().encodeToString("script-editor:wrong".getBytes(StandardCharsets.UTF_8));
		mvc.perform(post("/api/incidents").header("Authorization", wrong)
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isUnauthorized());
		accounts.recordSuccess("script-editor");
	}

	@Test
	void everyInvalidFieldIsListedInTheProblem() throws Exception {
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"shooting\",\"date\":\"yesterday\",\"latitude\":95,\"killed\":-1,\"summary\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("date", "latitude", "killed", "summary")));
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"unicorn\",\"summary\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("unicorn")));
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"shooting\",\"summary\":\"x\",\"place\":\"Atlantis\",\"date\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("place", "date", "sources")));
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/map"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("https://tile.openstreetmap.org")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		mvc.perform(get("/embed/map"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")));
		mvc.perform(get("/api/incidents")).andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void aTileServerWithSubdomainsIsAllowedAsAWildcard() {
		assertThat(SecurityConfiguration.tileOrigin("https://{s}.tiles.example.org/{z}/{x}/{y}.png"))
			.isEqualTo("https://*.tiles.example.org");
		assertThat(SecurityConfiguration.tileOrigin("http://localhost:8081/tiles/{z}/{x}/{y}.png"))
			.isEqualTo("http://localhost:8081");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		HttpResponse<String> login = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void aTooLargeBodyGetsA413() throws Exception {
		byte[] big = new byte[3 * 1024 * 1024 + 10];
		java.util.Arrays.fill(big, (byte) 'a');
		mvc.perform(post("/api/incidents").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(big)).andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.status").value(413));
	}

}
