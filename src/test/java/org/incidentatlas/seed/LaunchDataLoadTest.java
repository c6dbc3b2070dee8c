package org.incidentatlas.seed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.incidentatlas.IncidentAtlasApplication;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launch data as a deployment meets it: the application started on an empty database
 * of its own (on the same server as the other tests) loads it once, however often it is
 * loaded, serves it through the API with its sources, and loads nothing when switched
 * off.
 */
@IntegrationTest
class LaunchDataLoadTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	void theLaunchDataLoadedTwiceIntoAnEmptyDatabaseIsThereOnceAndServedWithItsSources() throws Exception {
		try (EmptyDatabase database = new EmptyDatabase("atlas_launch_twice");
				ConfigurableApplicationContext app = database.start()) {
			JdbcTemplate db = app.getBean(JdbcTemplate.class);
			LaunchDataLoader loader = app.getBean(LaunchDataLoader.class);
			LaunchData files = loader.read();
			List<String> keys = Stream
				.of(files.articles().stream().map(LaunchData.Source::key),
						files.incidents().stream().map(LaunchData.Event::key),
						files.enforcement().stream().map(LaunchData.Event::key),
						files.statistics().stream().map(LaunchData.Figure::key))
				.flatMap(s -> s)
				.toList();
			Map<String, Long> first = counts(db);
			loader.afterSingletonsInstantiated();
			assertThat(counts(db)).as("the second load adds nothing").isEqualTo(first);
			for (String key : keys) {
				assertThat(db.queryForObject(
						"""
								select (select count(*) from article where external_key = ?) + (select count(*) from incident where external_key = ?)
								     + (select count(*) from reported_statistic where external_key = ?)""",
						Long.class, key, key, key))
					.as(key)
					.isEqualTo(1);
			}
			assertThat(first.get("incident")).isEqualTo(files.incidents().size() + files.enforcement().size());
			assertThat(first.get("reported_statistic")).isEqualTo(files.statistics().size());
			assertThat(first.get("article")).isEqualTo(files.articles().size());
			assertThat(db.queryForObject("select count(*) from incident where status <> 'PUBLISHED'", Long.class))
				.isZero();
			assertThat(db.queryForObject("select count(*) from article where full_text is not null", Long.class))
				.as("no article text is stored")
				.isZero();

			theApiListsTheRecordsWithTheirRealArticles(app, db);
		}
	}

	/**
	 * The proof the issue asks for: what {@code GET /api/incidents?family=all&size=200}
	 * lists.
	 */
	private static void theApiListsTheRecordsWithTheirRealArticles(ConfigurableApplicationContext app, JdbcTemplate db)
			throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/incidents?family=all&size=200"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = JsonMapper.builder().build().readTree(response.body());
		List<JsonNode> items = page.get("items").valueStream().toList();
		assertThat(items).hasSizeGreaterThanOrEqualTo(150);
		Set<Long> corpus = new HashSet<>(
				db.queryForList("select id from article where external_key like 'launch-dev-%'", Long.class));
		Set<Long> articles = new HashSet<>();
		Set<String> countries = new HashSet<>();
		Set<String> languages = new HashSet<>();
		for (JsonNode item : items) {
			List<JsonNode> sources = item.get("sources").valueStream().toList();
			assertThat(sources).as("item %s has a source", item.get("id")).isNotEmpty();
			sources.forEach(s -> {
				articles.add(s.get("id").asLong());
				languages.add(s.get("language").asString());
			});
			if (sources.stream().anyMatch(s -> corpus.contains(s.get("id").asLong()))) {
				assertThat(sources).as("item %s of the dev corpus links its article", item.get("id"))
					.filteredOn(s -> corpus.contains(s.get("id").asLong()))
					.allSatisfy(s -> assertThat(s.get("url").asString()).matches("https?://\\S+"));
			}
			if (item.get("place").hasNonNull("countryCode")) {
				countries.add(item.get("place").get("countryCode").asString());
			}
		}
		assertThat(articles).as("distinct articles").hasSizeGreaterThanOrEqualTo(60);
		assertThat(countries).contains("BE", "NL");
		assertThat(languages).contains("en", "nl", "fr");
		assertThat(items).as("records of the dev corpus")
			.filteredOn(i -> i.get("sources").valueStream().anyMatch(s -> corpus.contains(s.get("id").asLong())))
			.hasSizeGreaterThanOrEqualTo(150);
	}

	@Test
	void aDeploymentWithItsOwnDataSwitchesTheLaunchDataOff() throws Exception {
		try (EmptyDatabase database = new EmptyDatabase("atlas_launch_off");
				ConfigurableApplicationContext app = database.start("--atlas.launch-data.enabled=false")) {
			assertThat(app.getBeansOfType(LaunchDataLoader.class)).isEmpty();
			assertThat(counts(app.getBean(JdbcTemplate.class))).containsEntry("article", 0L)
				.containsEntry("incident", 0L)
				.containsEntry("reported_statistic", 0L);
			assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from place", Long.class))
				.as("the gazetteer is reference data, loaded whatever the setting")
				.isPositive();
		}
	}

	private static Map<String, Long> counts(JdbcTemplate db) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : List.of("article", "incident", "incident_source", "incident_summary", "reported_statistic",
				"statistic_source", "statistic_summary", "victim", "audit_event")) {
			counts.put(table, db.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	/** A database of its own on the server the tests use, dropped afterwards. */
	private final class EmptyDatabase implements AutoCloseable {

		final String name;

		final String url;

		final String username;

		EmptyDatabase(String prefix) throws SQLException {
			this.name = prefix + "_" + ProcessHandle.current().pid();
			try (Connection c = dataSource.getConnection()) {
				String current = c.getMetaData().getURL();
				int slash = current.lastIndexOf('/');
				int query = current.indexOf('?', slash);
				this.url = current.substring(0, slash + 1) + name + (query < 0 ? "" : current.substring(query));
				this.username = c.getMetaData().getUserName();
			}
			jdbc.execute("drop database if exists " + name + " with (force)");
			jdbc.execute("create database " + name);
		}

		ConfigurableApplicationContext start(String... more) {
			List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + url,
					"--spring.datasource.username=" + username, "--spring.datasource.password=" + password(),
					"--server.port=0", "--atlas.warmup.enabled=false", "--spring.main.banner-mode=off"));
			args.addAll(List.of(more));
			return new SpringApplicationBuilder(IncidentAtlasApplication.class).run(args.toArray(String[]::new));
		}

		/**
		 * The pool's password: the embedded server's generated one, or the configured
		 * one.
		 */
		private String password() {
			if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getPassword() != null) {
				return hikari.getPassword();
			}
			return Objects.requireNonNullElse(environment.getProperty("spring.datasource.password"), "");
		}

		@Override
		public void close() {
			jdbc.execute("drop database if exists " + name + " with (force)");
		}

	}

}
