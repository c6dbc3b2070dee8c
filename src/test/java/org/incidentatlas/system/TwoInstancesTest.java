package org.incidentatlas.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.incidentatlas.IncidentAtlasApplication;
import org.incidentatlas.imports.ImportFiles;
import org.incidentatlas.imports.ImportJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application, A and B, on one database (an embedded PostgreSQL of
 * this test's own), as two Spring contexts on random ports, started at the same time on
 * the empty database (StartupLock makes them start one after the other): nothing one of
 * them knows is hidden from the other. The tests run in order; the last one kills A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

	/**
	 * How soon a change made through one instance shows through the other (DataVersion: a
	 * second), with room for a busy machine.
	 */
	static final Duration BOUND = Duration.ofSeconds(1);

	static final Duration SLACK = Duration.ofSeconds(2);

	static final String ADMIN = "chief";

	static final String ADMIN_PASSWORD = "violet kettle orbits the harbour";

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	EmbeddedPostgres database;

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	JdbcTemplate jdbc;

	@BeforeAll
	void twoInstancesOnOneDatabase() throws Exception {
		// a throw-away cluster of this test's own, deleted when it stops
		database = new EmbeddedPostgresProperties(null, null, "atlas", 0, true).newServer().start();
		// both at once on the empty database, as a deployment's instances start:
		// migrations, gazetteer, fixed data and first administrator are made once. Only
		// the logging set-up is taken in turn: two applications in one JVM share
		// Logback's context, which a deployment's separate processes do not; B starts
		// once
		// A's logging is up, before A's context (and its migrations) starts
		java.util.concurrent.CountDownLatch loggingOfA = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService starting = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var startingA = starting.submit(() -> start("A", loggingOfA));
			var startingB = starting.submit(() -> {
				loggingOfA.await(2, java.util.concurrent.TimeUnit.MINUTES);
				return start("B", new java.util.concurrent.CountDownLatch(1));
			});
			a = startingA.get();
			b = startingB.get();
		}
		finally {
			starting.shutdown();
		}
		jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(database.jdbcUrl(),
				database.username(), database.password()));
	}

	@AfterAll
	void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { a, b }) {
			if (context != null && context.isActive()) {
				context.close();
			}
		}
		if (database != null) {
			database.close();
		}
	}

	private ConfigurableApplicationContext start(String name, java.util.concurrent.CountDownLatch loggingUp) {
		return new SpringApplicationBuilder(IncidentAtlasApplication.class).listeners(
				(org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationPreparedEvent>) prepared -> loggingUp
					.countDown())
			.run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.datasource.hikari.data-source-properties.ApplicationName=atlas-" + name,
					"--atlas.instance.name=" + name, "--server.port=0", "--spring.main.banner-mode=off",
					"--atlas.launch-data.locations=classpath:fixed-data/atlas.json", "--atlas.warmup.enabled=false",
					"--atlas.map.cache-check-delay=1s", "--atlas.map.cache-check-interval=1s",
					"--atlas.admin.username=" + ADMIN, "--atlas.admin.password=" + ADMIN_PASSWORD);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	@Order(1)
	void aSessionCreatedOnAWorksOnBAndSigningOutOnBEndsItOnA() throws Exception {
		String session = signIn(port(a), ADMIN, ADMIN_PASSWORD);
		assertThat(get(port(b), "/admin/users", session).statusCode()).as("signed in through A, known to B")
			.isEqualTo(200);
		assertThat(get(port(b), "/api/users", session).body()).contains("\"" + ADMIN + "\"");

		// the CSRF token is in the session too: a page from B, a form posted to A
		String csrf = csrf(get(port(b), "/editor", session).body());
		HttpResponse<String> out = send(port(a), "/logout", session, form(Map.of("_csrf", csrf)));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(get(port(b), "/admin/users", session).headers().firstValue("Location")).as("signed out everywhere")
			.hasValueSatisfying(l -> assertThat(l).contains("/login"));
		assertThat(get(port(a), "/admin/users", session).statusCode()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void aDisabledEditorIsRefusedOnBothInstancesAtOnce() throws Exception {
		HttpResponse<String> created = send(port(a), "/api/users", basic(ADMIN, ADMIN_PASSWORD), json(
				"{\"username\":\"night-editor\",\"password\":\"lanterns over the quay at dusk\",\"role\":\"EDITOR\"}"));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = JSON.readTree(created.body()).path("id").asLong();
		String session = signIn(port(a), "night-editor", "lanterns over the quay at dusk");
		for (ConfigurableApplicationContext instance : List.of(a, b)) {
			assertThat(get(port(instance), "/editor", session).statusCode()).isEqualTo(200);
			assertThat(get(port(instance), "/api/review/quality", session).statusCode()).isEqualTo(200);
		}

		HttpResponse<String> disabled = send(port(b), "/api/users/" + id, basic(ADMIN, ADMIN_PASSWORD),
				HttpRequest.newBuilder()
					.PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"))
					.header("Content-Type", "application/json"));
		assertThat(disabled.statusCode()).isEqualTo(200);
		for (ConfigurableApplicationContext instance : List.of(a, b)) {
			assertThat(get(port(instance), "/api/review/quality", session).statusCode()).as("the session is over")
				.isEqualTo(401);
			assertThat(get(port(instance), "/editor", session).statusCode()).isEqualTo(302);
			assertThat(send(port(instance), "/api/incidents", basic("night-editor", "lanterns over the quay at dusk"),
					json(INCIDENT))
				.statusCode()).as("and the password opens nothing").isEqualTo(401);
		}
	}

	static final String INCIDENT = """
			{"type": "shooting", "date": "2024-05-01", "place": "Merksem", "summary": "Shots fired at a garage door",
			 "sources": [{"url": "https://example.org/news/two-instances-test", "title": "A report for the two-instance test"}],
			 "killed": 0, "injured": 1}""";

	/**
	 * What B answers about Merksem in 2024, and how to count incidents in each answer.
	 */
	static final Map<String, ToLongFunction<JsonNode>> VIEWS = new LinkedHashMap<>();

	static {
		VIEWS.put("/api/incidents?city=Merksem&year=2024", n -> n.path("totalItems").asLong());
		VIEWS.put("/api/map?bbox=4.2,51.1,4.7,51.4&zoom=8&year=2024", n -> n.path("total").asLong());
		VIEWS.put("/api/timeline?interval=month&city=Merksem&year=2024", n -> n.path("total").asLong());
		VIEWS.put("/api/stats/cities?city=Merksem&year=2024", n -> sum(n, "incidents"));
	}

	static final String EXPORT = "/api/export/incidents.csv?city=Merksem&year=2024";

	@Test
	@Order(3)
	void anIncidentPublishedOnAShowsOnBsMapListTimelineTableAndExportWithinTheBound() throws Exception {
		awaitFreshMapCells();
		Map<String, Long> before = new LinkedHashMap<>();
		for (String view : VIEWS.keySet()) {
			get(port(b), view, null); // cached by B now
			before.put(view, count(view));
		}
		HttpResponse<String> export = get(port(b), EXPORT, null);
		String etag = export.headers().firstValue("ETag").orElseThrow();
		assertThat(conditional(EXPORT, etag).statusCode()).as("B's export is unchanged and says so").isEqualTo(304);
		long lines = export.body().lines().count();
		java.sql.Timestamp published = jdbc.queryForObject("select now()", java.sql.Timestamp.class);

		long started = System.nanoTime();
		HttpResponse<String> created = send(port(a), "/api/incidents?publish=true", basic(ADMIN, ADMIN_PASSWORD),
				json(INCIDENT));
		assertThat(created.statusCode()).isEqualTo(201);
		long committed = System.nanoTime();

		Map<String, Duration> seenAfter = new LinkedHashMap<>();
		long deadline = committed + BOUND.plus(SLACK).toNanos();
		while (seenAfter.size() < VIEWS.size() + 1 && System.nanoTime() < deadline) {
			for (String view : VIEWS.keySet()) {
				if (!seenAfter.containsKey(view) && count(view) == before.get(view) + 1) {
					seenAfter.put(view, Duration.ofNanos(System.nanoTime() - committed));
				}
			}
			if (!seenAfter.containsKey(EXPORT)) {
				HttpResponse<String> again = conditional(EXPORT, etag);
				if (again.statusCode() == 200) {
					assertThat(again.body().lines().count()).isEqualTo(lines + 1);
					assertThat(again.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
					seenAfter.put(EXPORT, Duration.ofNanos(System.nanoTime() - committed));
				}
			}
			Thread.sleep(50);
		}
		System.out.printf("Published through A in %d ms; seen through B after: %s%n", (committed - started) / 1_000_000,
				seenAfter);
		assertThat(seenAfter)
			.as("every view of B shows the incident published through A, within %s (+%s for a busy machine)", BOUND,
					SLACK)
			.containsKeys(VIEWS.keySet().toArray(String[]::new))
			.containsKey(EXPORT);

		// and once the map cells caught up, they say the same: rebuilt once, by one of
		// the two instances
		awaitFreshMapCells();
		Thread.sleep(2500); // both instances asked twice more whether the cells are stale
		assertThat(count(VIEWS.keySet().stream().filter(v -> v.startsWith("/api/map")).findFirst().orElseThrow()))
			.isEqualTo(before.get("/api/map?bbox=4.2,51.1,4.7,51.4&zoom=8&year=2024") + 1);
		assertThat(jdbc.queryForList(
				"select instance from scheduled_run where task = 'map-cells-rebuild' and started_at >= ?", String.class,
				published))
			.as("the rebuild of the new data version ran once")
			.hasSize(1)
			.first()
			.isIn("A", "B");
	}

	@Test
	@Order(4)
	void whileAnotherInstanceHoldsTheTaskNeitherRebuildsAndThenOneDoes() throws Exception {
		awaitFreshMapCells();
		java.sql.Timestamp from = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
		try (Connection other = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement s = other.createStatement()) {
			s.execute("select pg_advisory_lock(" + TaskLock.TASK_LOCK_CLASS + ", " + "map-cells-rebuild".hashCode()
					+ ")");
			jdbc.update("update map_cell_state set version = version - 1 where id = 1");
			Thread.sleep(2500);
			assertThat(stale()).as("neither A nor B rebuilt while a third instance held the task").isTrue();
			s.execute("select pg_advisory_unlock_all()");
		}
		awaitFreshMapCells();
		Thread.sleep(2500);
		assertThat(jdbc.queryForObject(
				"select count(*) from scheduled_run where task = 'map-cells-rebuild' and started_at >= ?",
				Integer.class, from))
			.isEqualTo(1);
	}

	@Test
	@Order(5)
	void anImportStartedOnAShowsItsProgressOnBAndIsMarkedFailedWhenADies() throws Exception {
		ImportJobs onA = a.getBean(ImportJobs.class);
		ImportJobs onB = b.getBean(ImportJobs.class);
		String prefix = "Two instances import";
		long id = onA.upload(shootings(prefix, 3000).getBytes(StandardCharsets.UTF_8), "night.csv", ADMIN);
		onA.check(id, ADMIN, onA.find(id, ADMIN).orElseThrow().mapping());
		assertThat(onB.find(id, ADMIN).orElseThrow().runnable()).as("B sees the job A checked").isTrue();
		// A's worker stops at its second thousand rows, as an instance that hangs before
		// it dies
		jdbc.execute("""
				create function test_hang_import() returns trigger language plpgsql as $$
				begin
				    if (select count(*) from import_row) > 1000 then perform pg_sleep(60); end if;
				    return null;
				end $$""");
		jdbc.execute(
				"create trigger test_hang_import after insert on import_row for each statement execute function test_hang_import()");
		try {
			onA.run(id, ADMIN);
			ImportJobs.Job seen = onB.find(id, ADMIN).orElseThrow();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (seen.processedRows() < 1000 && System.nanoTime() < deadline) {
				Thread.sleep(100);
				seen = onB.find(id, ADMIN).orElseThrow();
			}
			assertThat(seen.status()).as("B sees A's job running, and leaves it alone")
				.isEqualTo(ImportJobs.Status.RUNNING);
			assertThat(seen.processedRows()).as("with its progress").isEqualTo(1000);

			// A dies: its connections end, and it makes no new ones
			HikariDataSource pool = a.getBean(DataSource.class).unwrap(HikariDataSource.class);
			Thread closing = new Thread(pool::close);
			closing.start();
			Thread.sleep(200);
			jdbc.queryForList(
					"select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'atlas-A'");
			closing.join(15_000);

			ImportJobs.Job failed = onB.find(id, ADMIN).orElseThrow();
			assertThat(failed.status()).isEqualTo(ImportJobs.Status.FAILED);
			assertThat(failed.error()).contains("interrupted");
			assertThat(jdbc.queryForObject("select count(*) from incident where summary like ?", Integer.class,
					prefix + "%"))
				.as("all or nothing: nothing")
				.isZero();
		}
		finally {
			jdbc.execute("drop trigger if exists test_hang_import on import_row");
			jdbc.execute("drop function if exists test_hang_import()");
			a.close();
		}
		onB.run(id, ADMIN);
		ImportJobs.Job done = onB.find(id, ADMIN).orElseThrow();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (done.status() == ImportJobs.Status.RUNNING && System.nanoTime() < deadline) {
			Thread.sleep(100);
			done = onB.find(id, ADMIN).orElseThrow();
		}
		assertThat(done.status()).as("B runs it again, to the end").isEqualTo(ImportJobs.Status.DONE);
		assertThat(done.createdCount()).isEqualTo(3000);
	}

	static String shootings(String prefix, int rows) {
		return ImportFiles.shootings(java.time.LocalDate.of(2015, 1, 1), prefix, rows, "");
	}

	private boolean stale() {
		return jdbc.queryForObject("select version <> data_version() from map_cell_state where id = 1", Boolean.class);
	}

	private void awaitFreshMapCells() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (stale() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(stale()).isFalse();
	}

	private long count(String view) throws Exception {
		HttpResponse<String> answer = get(port(b), view, null);
		assertThat(answer.statusCode()).as(view).isEqualTo(200);
		return VIEWS.get(view).applyAsLong(JSON.readTree(answer.body()));
	}

	private static long sum(JsonNode node, String field) {
		long total = 0;
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> e : node.properties()) {
				total += e.getKey().equals(field) && e.getValue().isNumber() ? e.getValue().asLong()
						: sum(e.getValue(), field);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				total += sum(element, field);
			}
		}
		return total;
	}

	private HttpResponse<String> conditional(String path, String etag) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(b) + path))
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in with the form, as a browser does, and returns the session cookie. */
	private String signIn(int port, String username, String password) throws Exception {
		HttpResponse<String> page = get(port, "/login", null);
		String session = cookie(page).orElseThrow();
		HttpResponse<String> signedIn = send(port, "/login", session,
				form(Map.of("username", username, "password", password, "_csrf", csrf(page.body()))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return cookie(signedIn).orElseThrow();
	}

	private static java.util.Optional<String> cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst();
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("the page has a CSRF token").isTrue();
		return m.group(1);
	}

	private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * @param credentials a session cookie ({@code JSESSIONID=...}) or an Authorization
	 * header ({@code Basic ...})
	 */
	private HttpResponse<String> send(int port, String path, String credentials, HttpRequest.Builder request)
			throws Exception {
		request.uri(URI.create("http://127.0.0.1:" + port + path));
		if (credentials.startsWith("Basic ")) {
			request.header("Authorization", credentials);
		}
		else {
			request.header("Cookie", credentials);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder form(Map<String, String> fields) {
		List<String> pairs = new ArrayList<>();
		fields.forEach((k, v) -> pairs
			.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder()
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
			.header("Content-Type", "application/x-www-form-urlencoded");
	}

	private static HttpRequest.Builder json(String body) {
		return HttpRequest.newBuilder()
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
