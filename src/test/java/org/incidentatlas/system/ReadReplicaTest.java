package org.incidentatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.sql.DataSource;

import org.incidentatlas.IncidentAtlasApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public reads go to the read replica while it has replayed the data version the instance
 * has seen on the primary, and to the primary when it lags. A second database on the same
 * server stands in for the replica: a copy of the primary that never replays anything, so
 * that it is up to date until the first write and then lags for ever. One incident's
 * death toll is changed (to 4242) in the copy only (without moving its data version), so
 * that an answer says which database it came from.
 */
class ReadReplicaTest {

	static final String ADMIN = "chief";

	/** The death toll of one incident in the stand-in replica only. */
	static final String MARKER = "\"killed\":4242";

	static final String PASSWORD = "violet kettle orbits the harbour";

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousReadsGoToTheReplicaWhileItIsNotBehindAndEverythingElseToThePrimary() throws Exception {
		try (EmbeddedPostgres database = new EmbeddedPostgresProperties(null, null, "atlas", 0, true).newServer()
			.start()) {
			String server = "jdbc:postgresql://127.0.0.1:" + database.port() + "/";
			// the primary, with its schema and data, copied into the stand-in replica
			start(database, null).close();
			admin(database, "postgres").execute("create database atlas_replica template atlas");
			JdbcTemplate replica = admin(database, "atlas_replica");
			long id = replica.queryForObject("select min(id) from incident where status = 'PUBLISHED'", Long.class);
			replica.execute("set session_replication_role = replica"); // no trigger: its
																		// data version
																		// stays
			replica.update("update incident set killed = 4242 where id = ?", id);
			// and it has not replayed the primary's last change
			replica.update(
					"update data_version_slot set changes = changes - 1 where slot = (select min(slot) from data_version_slot where changes > 0)");

			try (ConfigurableApplicationContext app = start(database, server + "atlas_replica")) {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				ReadReplica routing = (ReadReplica) app.getBean(DataSource.class);

				// a reader's list: the instance reads the data version on the primary
				assertThat(get(port, "/api/incidents?size=1", null).statusCode()).isEqualTo(200);
				// the replica is behind it
				assertThat(get(port, "/api/incidents/" + id, null).body())
					.as("a replica that is behind answers nothing")
					.doesNotContain(MARKER);
				assertThat(routing.servedByReplica()).isZero();
				// the replica replays what the primary wrote at this start-up (here: its
				// data version is set to the primary's)
				long primaryVersion = admin(database, "atlas").queryForObject("select data_version()", Long.class);
				replica.update("update data_version_slot set changes = changes + ? - data_version() where slot = 0",
						primaryVersion);
				Thread.sleep(ReadReplica.RECHECK_NANOS / 1_000_000);
				assertThat(get(port, "/api/incidents/" + id, null).body())
					.as("a reader's GET is answered by the replica")
					.contains(MARKER);
				assertThat(routing.servedByReplica()).isPositive();
				assertThat(get(port, "/api/export/incidents.json?family=all", null).body()).as("and so is an export")
					.contains(MARKER);
				assertThat(get(port, "/api/incidents/" + id, basic()).body())
					.as("a signed-in editor reads the primary, where their writes are")
					.doesNotContain(MARKER);

				// a write, on the primary: the replica (which replays nothing) is behind
				// now
				HttpResponse<String> written = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/incidents?publish=true"))
						.header("Authorization", basic())
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(
								"""
										{"type": "arson", "date": "2024-06-02", "place": "Merksem", "summary": "A car set alight",
										 "sources": [{"url": "https://example.org/news/replica-test", "title": "A report for the replica test"}],
										 "killed": 0, "injured": 0}"""))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(written.statusCode()).isEqualTo(201);
				assertThat(replica.queryForObject("select count(*) from incident where summary = 'A car set alight'",
						Integer.class))
					.isZero();
				Thread.sleep(1100); // the data version this instance remembers is a
									// second old at most
				long fallbacksBefore = routing.servedByPrimary();
				assertThat(get(port, "/api/incidents?size=1", null).statusCode()).isEqualTo(200);
				HttpResponse<String> afterWrite = get(port, "/api/incidents/" + id, null);
				assertThat(afterWrite.body()).as("a lagging replica answers nothing: the primary does")
					.doesNotContain(MARKER);
				assertThat(get(port, "/api/incidents?city=Merksem&type=arson&year=2024", null).body())
					.contains("A car set alight");
				assertThat(routing.servedByPrimary()).isGreaterThan(fallbacksBefore);
			}
		}
	}

	private static ConfigurableApplicationContext start(EmbeddedPostgres database, String replica) {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--server.port=0",
				"--spring.main.banner-mode=off", "--atlas.launch-data.locations=classpath:fixed-data/atlas.json",
				"--atlas.warmup.enabled=false", "--atlas.admin.username=" + ADMIN,
				"--atlas.admin.password=" + PASSWORD));
		if (replica != null) {
			args.addAll(java.util.List.of("--atlas.datasource.read.url=" + replica,
					"--atlas.datasource.read.username=" + database.username(),
					"--atlas.datasource.read.password=" + database.password()));
		}
		return new SpringApplicationBuilder(IncidentAtlasApplication.class).run(args.toArray(String[]::new));
	}

	private static JdbcTemplate admin(EmbeddedPostgres database, String name) {
		return new JdbcTemplate(
				new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:" + database.port() + "/" + name,
						database.username(), database.password(), true));
	}

	private HttpResponse<String> get(int port, String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
