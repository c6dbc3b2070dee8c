package org.incidentatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * While the database is away: answers cached in memory are still served, everything else
 * is a 503 with Retry-After (never a 500, never a 401), and the application recovers by
 * itself.
 */
@IntegrationTest
class DatabaseOutageTest {

	static final String INCIDENT = "{\"type\":\"shooting\",\"date\":\"2024-03-02\",\"place\":\"Antwerpen\",\"summary\":\"Shots.\"}";

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
				BodyHandlers.ofString());
	}

	@Test
	void cachedAnswersAreServedAndTheRestIs503WhileTheDatabaseIsAway() throws Exception {
		// read once, so that they are cached for the current data version
		String list = get("/api/incidents?city=Antwerpen", "application/json").body();
		assertThat(get("/incidents?city=Antwerpen", "text/html").statusCode()).isEqualTo(200);
		assertThat(get("/", "text/html").statusCode()).isEqualTo(200);
		String database = dataSource.getJdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
		try (Connection admin = DriverManager.getConnection(
				dataSource.getJdbcUrl().replace("/" + database, "/postgres"), dataSource.getUsername(),
				dataSource.getPassword()); Statement sql = admin.createStatement()) {
			sql.execute("alter database \"" + database + "\" allow_connections false");
			try {
				sql.execute(
						"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");

				HttpResponse<String> cached = get("/api/incidents?city=Antwerpen", "application/json");
				assertThat(cached.statusCode()).isEqualTo(200);
				assertThat(cached.body()).isEqualTo(list);
				assertThat(get("/incidents?city=Antwerpen", "text/html").statusCode()).as("the list page, cached")
					.isEqualTo(200);
				assertThat(get("/", "text/html").statusCode()).as("the front page, cached").isEqualTo(200);
				assertThat(get("/map", "text/html").statusCode()).as("the map page needs no database").isEqualTo(200);

				HttpResponse<String> uncached = get("/api/incidents?city=Gent", "application/json");
				assertThat(uncached.statusCode()).isEqualTo(503);
				assertThat(uncached.headers().firstValue("Retry-After")).isPresent();
				assertThat(uncached.body()).contains("\"status\":503")
					.doesNotContain("SQL")
					.doesNotContain("Exception");
				HttpResponse<String> page = get("/incidents/1", "text/html");
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).isPresent();
				assertThat(page.body()).contains("Briefly unavailable");
				assertThat(get("/feed/incidents.atom?city=Gent", "*/*").statusCode()).isEqualTo(503);
				assertThat(get("/api/export/incidents.csv?city=Gent", "*/*").statusCode()).isEqualTo(503);

				// writes: with HTTP Basic the account cannot be read, which is not bad
				// credentials
				var basic = mvc
					.perform(post("/api/incidents").with(httpBasic("chief", "a long passphrase"))
						.contentType(MediaType.APPLICATION_JSON)
						.content(INCIDENT))
					.andReturn()
					.getResponse();
				assertThat(basic.getStatus()).isEqualTo(503);
				assertThat(basic.getHeader("Retry-After")).isNotNull();
				var session = mvc
					.perform(post("/api/incidents").with(user("editor").roles("EDITOR"))
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content(INCIDENT))
					.andReturn()
					.getResponse();
				assertThat(session.getStatus()).isEqualTo(503);
			}
			finally {
				sql.execute("alter database \"" + database + "\" allow_connections true");
			}
		}
		long deadline = System.nanoTime() + 30_000_000_000L;
		int status;
		do {
			Thread.sleep(200);
			status = get("/api/incidents?city=Gent", "application/json").statusCode();
		}
		while (status != 200 && System.nanoTime() < deadline);
		assertThat(status).as("recovered without a restart").isEqualTo(200);
	}

}
