package org.incidentatlas.system;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.incidentatlas.IncidentAtlasApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With spring.datasource.url set, the application uses that server and starts nothing
 * embedded. Runs against the PostgreSQL on 127.0.0.1:5432 (trust authentication) when one
 * is there, in a database of its own that it drops afterwards; skipped otherwise.
 */
class ExternalDatabaseTest {

	static final String HOST = System.getenv().getOrDefault("ATLAS_EXTERNAL_PG_HOST", "127.0.0.1");

	static final int PORT = Integer.parseInt(System.getenv().getOrDefault("ATLAS_EXTERNAL_PG_PORT", "5432"));

	static final String USER = System.getenv().getOrDefault("ATLAS_EXTERNAL_PG_USER", "postgres");

	@Test
	void theApplicationUsesAConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
		assumeTrue(reachable(), "no PostgreSQL on " + HOST + ":" + PORT);
		String database = "atlas_external_test_" + ProcessHandle.current().pid();
		String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
		try (Connection c = DriverManager.getConnection(admin, USER, ""); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + database);
			s.execute("create database " + database);
		}
		long published;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IncidentAtlasApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://" + HOST + ":" + PORT + "/" + database,
				"--spring.datasource.username=" + USER, "--spring.datasource.password=", "--server.port=0",
				"--spring.main.banner-mode=off")) {
			assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/incidents?city=Merksem"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"district\":\"Merksem\"").doesNotContain("\"totalItems\":0");
			HttpResponse<String> all = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/incidents?family=all&size=1"))
					.build(), HttpResponse.BodyHandlers.ofString());
			java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"totalItems\":(\\d+)")
				.matcher(all.body());
			assertThat(total.find()).isTrue();
			published = Long.parseLong(total.group(1));
		}
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER,
				"");
				Statement s = c.createStatement();
				var rs = s.executeQuery("select count(*) from incident where external_key like 'launch-%'")) {
			rs.next();
			assertThat(rs.getLong(1)).as("the launch data went into the configured server: it is all the API lists")
				.isPositive()
				.isEqualTo(published);
		}
		finally {
			try (Connection c = DriverManager.getConnection(admin, USER, ""); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + database + " with (force)");
			}
		}
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 500);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
