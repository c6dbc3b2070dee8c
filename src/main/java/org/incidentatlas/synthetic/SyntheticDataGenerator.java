package org.incidentatlas.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes N synthetic incidents into a database set aside for load tests, then exits:
 * <pre>
 * java -jar incident-atlas.jar --spring.profiles.active=synthetic --atlas.synthetic.incidents=1000000 \
 *      --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/atlas_bench
 * </pre> It refuses an embedded or unnamed database, and any database that holds one
 * incident that is not synthetic, so synthetic and real data can never mix. The database
 * is then marked synthetic, and every page says so.
 * <p>
 * The work is set-based SQL inside PostgreSQL, loaded the way bulk loads are: the
 * secondary indexes, unique and foreign keys of {@code incident} and
 * {@code incident_source} are dropped and the incident triggers switched off, chunks of
 * incidents are inserted by several sessions at once (each chunk computes in its one
 * INSERT what the triggers would have set), and then the indexes are built again in
 * parallel, the keys re-added (which checks them all in one pass) and the triggers
 * switched back on. Because the work is spread over sessions it is not one transaction:
 * if the load fails, the indexes, keys and triggers are still put back, and the rows
 * written so far stay, marked synthetic, for the next run to replace.
 */
@Component
@Profile("synthetic")
class SyntheticDataGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

	/**
	 * Incidents per chunk. Fixed, so that a seed gives the same data whatever the number
	 * of sessions.
	 */
	static final int CHUNK = 100_000;

	private static final List<String> TABLES = List.of("incident", "incident_source");

	private final SyntheticDataProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final AsyncTaskExecutor sessions;

	private final Map<String, Long> steps = new LinkedHashMap<>();

	SyntheticDataGenerator(SyntheticDataProperties properties, JdbcTemplate jdbc, TransactionTemplate transaction,
			Environment environment, ConfigurableApplicationContext context,
			@Qualifier(SyntheticExecutor.NAME) AsyncTaskExecutor sessions) {
		this.properties = properties;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = 0;
		try {
			generate();
		}
		catch (RuntimeException ex) {
			log.error("Synthetic data generation failed: {}", ex.getMessage(), ex);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	void generate() {
		if (!environment.containsProperty("spring.datasource.url")) {
			throw new IllegalStateException(
					"Synthetic data goes only into a database named with spring.datasource.url, "
							+ "never into the embedded one that holds an atlas's real data.");
		}
		if (properties.incidents() < 1 || properties.incidents() > 20_000_000 || properties.articles() < 1
				|| Math.abs(properties.seed()) > 1 || properties.sessions() < 1 || properties.sessions() > 8) {
			// at most 8 sessions: the connection pool holds 10, and the generator needs
			// one of its own
			throw new IllegalArgumentException(
					"incidents must be 1..20000000, articles at least 1, seed in -1..1, sessions 1..8");
		}
		Long real = jdbc.queryForObject(
				"select count(*) from incident where external_key is null or external_key not like 'synthetic-%'",
				Long.class);
		if (real != null && real > 0) {
			throw new IllegalStateException("This database holds " + real + " incidents that are not synthetic. "
					+ "Synthetic data goes only into a database of its own.");
		}
		Long articles = jdbc.queryForObject(
				"select count(*) from article where external_key is null or external_key not like 'synthetic-article-%'",
				Long.class);
		if (articles != null && articles > 0) {
			throw new IllegalStateException("This database holds " + articles + " articles that are not synthetic. "
					+ "Synthetic data goes only into a database of its own.");
		}
		// marked first: a load that fails half-way still leaves a database every page
		// calls synthetic
		jdbc.update("""
				insert into reference_data (name, checksum) values ('synthetic', 'synthetic data: not for publication')
				on conflict (name) do update set loaded_at = now()""");
		steps.clear();
		long started = System.nanoTime();
		timed("delete previous", () -> transaction.executeWithoutResult(status -> {
			jdbc.update(
					"delete from incident_source where incident_id in (select id from incident where external_key like 'synthetic-%')");
			jdbc.update(
					"delete from victim where incident_id in (select id from incident where external_key like 'synthetic-%')");
			jdbc.update("delete from incident where external_key like 'synthetic-%'");
			jdbc.update("delete from article where external_key like 'synthetic-article-%'");
		}));
		timed("places and articles", () -> jdbc.execute(
				fill(script("prepare.sql"), Map.of("articles", properties.articles(), "seed", properties.seed()))));
		long firstArticle = jdbc
			.queryForObject("select min(id) from article where external_key like 'synthetic-article-%'", Long.class);
		long lastArticle = jdbc
			.queryForObject("select max(id) from article where external_key like 'synthetic-article-%'", Long.class);
		if (lastArticle - firstArticle + 1 != properties.articles()) {
			throw new IllegalStateException(
					"The synthetic articles did not get consecutive ids; run the generator again.");
		}
		int incidents = properties.incidents();
		long idOffset = jdbc.queryForObject("select nextval(pg_get_serial_sequence('incident', 'id'))", Long.class) - 1;

		List<String> restore = timed("drop indexes, keys and triggers", this::dropIndexesKeysAndTriggers);
		try {
			timed("insert incidents and sources", () -> inParallel(chunks(incidents, idOffset, firstArticle)));
		}
		finally {
			timed("build indexes and keys", () -> restore(restore));
		}
		jdbc.queryForObject("select setval(pg_get_serial_sequence('incident', 'id'), ?)", Long.class,
				Math.max(idOffset + incidents, 1));
		// what the statement trigger incident_data_version would have done: caches keyed
		// by the data version retire
		jdbc.update("update data_version_slot set changes = changes + 1 where slot = 0");
		// sets the visibility map, so index-only scans skip the heap
		timed("vacuum and analyze", () -> inParallel(List.of(List.of("vacuum (analyze) incident"),
				List.of("vacuum (analyze) incident_source", "analyze article"))));
		jdbc.execute("drop table if exists synthetic_place");

		long millis = (System.nanoTime() - started) / 1_000_000;
		Long count = jdbc.queryForObject("select count(*) from incident", Long.class);
		Long sources = jdbc.queryForObject("select count(*) from incident_source", Long.class);
		StringBuilder breakdown = new StringBuilder();
		steps.forEach((step, ms) -> breakdown.append(breakdown.isEmpty() ? "" : ", ")
			.append(step)
			.append(' ')
			.append(String.format("%.1f s", ms / 1000.0)));
		log.info("Synthetic data: {} incidents and {} source links written in {} ms ({})", count, sources, millis,
				breakdown);
		System.out.printf("synthetic incidents: %d, source links: %d, load time: %.1f s%n", count, sources,
				millis / 1000.0);
		System.out.printf("synthetic load steps: %s%n", breakdown);
	}

	/** One list of statements per chunk of incidents. */
	private List<List<String>> chunks(int incidents, long idOffset, long firstArticle) {
		String chunk = script("chunk.sql");
		int articles = properties.articles();
		int maxSources = Math.min(5, articles);
		List<List<String>> work = new ArrayList<>();
		for (int first = 1, index = 0; first <= incidents; first += CHUNK, index++) {
			int last = Math.min(incidents, first + CHUNK - 1);
			Map<String, Object> values = Map.of("seed", chunkSeed(index), "first_n", first, "last_n", last, "id_offset",
					idOffset, "first_article", firstArticle, "articles", articles, "article_step",
					Math.max(1, articles / maxSources), "max_sources", maxSources);
			work.add(List.of(fill(chunk, values)));
		}
		return work;
	}

	/**
	 * A seed for each chunk, derived from the configured one, in -1..1 as setseed wants.
	 */
	private double chunkSeed(int index) {
		double shifted = (properties.seed() + 1 + index * 0.6180339887) % 2.0;
		return shifted - 1;
	}

	/**
	 * Drops every index of the loaded tables except the incident's primary key (which
	 * other tables reference), their unique, primary and foreign keys, and switches off
	 * the incident triggers; answers the statements that put them all back, in order.
	 */
	private List<String> dropIndexesKeysAndTriggers() {
		List<String> restore = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			List<String> drops = new ArrayList<>();
			List<String> constraints = new ArrayList<>();
			List<String> foreignKeys = new ArrayList<>();
			jdbc.query("""
					select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def
					from pg_constraint c
					where c.contype = 'f' and c.conrelid in ('incident'::regclass, 'incident_source'::regclass)
					order by 1, 2""", rs -> {
				drops.add("alter table " + rs.getString("tbl") + " drop constraint " + rs.getString("conname"));
				foreignKeys.add("alter table " + rs.getString("tbl") + " add constraint " + rs.getString("conname")
						+ " " + rs.getString("def"));
			});
			jdbc.query(
					"""
							select t.relname as tbl, x.relname as idx, pg_get_indexdef(i.indexrelid) as def, c.conname, c.contype
							from pg_index i
							join pg_class t on t.oid = i.indrelid
							join pg_class x on x.oid = i.indexrelid
							left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid
							where t.relnamespace = current_schema()::regnamespace and t.relname in ('incident', 'incident_source')
							  and not (t.relname = 'incident' and i.indisprimary)
							order by 1, 2""",
					rs -> {
						String table = rs.getString("tbl");
						String constraint = rs.getString("conname");
						if (constraint == null) {
							drops.add("drop index " + rs.getString("idx"));
						}
						else {
							drops.add("alter table " + table + " drop constraint " + constraint);
							String kind = "p".equals(rs.getString("contype")) ? "primary key" : "unique";
							constraints.add("alter table " + table + " add constraint " + constraint + " " + kind
									+ " using index " + rs.getString("idx"));
						}
						restore.add(rs.getString("def"));
					});
			List<String> triggers = jdbc.queryForList("""
					select tgname from pg_trigger
					where tgrelid = 'incident'::regclass and not tgisinternal and tgenabled <> 'D' order by tgname""",
					String.class);
			triggers.forEach(trigger -> drops.add("alter table incident disable trigger " + trigger));
			drops.forEach(jdbc::execute);
			restore.addAll(constraints);
			restore.addAll(foreignKeys);
			triggers.forEach(trigger -> restore.add("alter table incident enable trigger " + trigger));
		});
		return restore;
	}

	/**
	 * Builds the indexes in parallel sessions, largest first (the full-text GIN index),
	 * then turns indexes back into keys, re-adds the foreign keys (each checked in one
	 * pass over the table) and switches the triggers back on, one after the other, as
	 * they lock whole tables.
	 */
	private void restore(List<String> statements) {
		List<String> indexes = new ArrayList<>(statements.stream().filter(s -> s.startsWith("CREATE")).toList());
		indexes.sort((a, b) -> Integer.compare(weight(b), weight(a)));
		List<List<String>> queues = new ArrayList<>();
		for (int i = 0; i < Math.min(properties.sessions(), Math.max(1, indexes.size())); i++) {
			queues.add(new ArrayList<>());
		}
		for (int i = 0; i < indexes.size(); i++) {
			queues.get(i % queues.size()).add(indexes.get(i));
		}
		// every statement is tried, even after one fails, so that one failure costs one
		// index or key
		List<String> failures = new ArrayList<>();
		try {
			inParallel(queues);
		}
		catch (RuntimeException ex) {
			failures.add(ex.getMessage());
			for (String index : indexes) {
				tryEach(index, failures); // those already built fail fast on their name:
											// "already exists"
			}
		}
		statements.stream().filter(s -> !s.startsWith("CREATE")).forEach(sql -> tryEach(sql, failures));
		if (!failures.isEmpty()) {
			throw new IllegalStateException(
					"Putting back indexes, keys and triggers failed: " + String.join("; ", failures));
		}
	}

	private void tryEach(String sql, List<String> failures) {
		try {
			jdbc.execute(sql);
		}
		catch (RuntimeException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains("already exists")) {
				failures.add(ex.getMessage());
			}
		}
	}

	private static int weight(String createIndex) {
		if (createIndex.contains("USING gin")) {
			return 3;
		}
		return createIndex.contains(" ON public.incident_source ") || createIndex.contains("INCLUDE") ? 2 : 1;
	}

	/**
	 * Each list of statements runs in a session of its own, at most {@code sessions} at a
	 * time (the pool of {@link SyntheticExecutor} has that many threads).
	 */
	private void inParallel(List<List<String>> work) {
		DataSource dataSource = jdbc.getDataSource();
		List<Future<?>> running = new ArrayList<>();
		try {
			for (List<String> statements : work) {
				running.add(sessions.submit(() -> {
					try (Connection connection = dataSource.getConnection();
							Statement statement = connection.createStatement()) {
						connection.setAutoCommit(true);
						statement.execute("set synchronous_commit = off");
						statement.execute("set maintenance_work_mem = '512MB'");
						statement.execute("set max_parallel_maintenance_workers = 0");
						try {
							for (String sql : statements) {
								statement.execute(sql);
							}
						}
						finally {
							statement.execute("reset all");
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading synthetic data", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof SQLException sql) {
				throw new IllegalStateException(sql.getMessage(), sql);
			}
			throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
		}
		finally {
			// after a failure, the sessions still at work stop
			running.forEach(future -> future.cancel(true));
		}
	}

	private <T> T timed(String step, java.util.function.Supplier<T> work) {
		long started = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			long ms = (System.nanoTime() - started) / 1_000_000;
			steps.put(step, ms);
			log.info("Synthetic data: {} took {} ms", step, ms);
		}
	}

	private void timed(String step, Runnable work) {
		timed(step, () -> {
			work.run();
			return null;
		});
	}

	private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z_]+)\\b");

	/**
	 * Replaces the {@code :name} parameters of a script; casts ({@code ::int}) are left
	 * alone.
	 */
	static String fill(String script, Map<String, ?> values) {
		Matcher matcher = PARAMETER.matcher(script);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			Object value = values.get(matcher.group(1));
			matcher.appendReplacement(filled,
					Matcher.quoteReplacement(value == null ? matcher.group() : value.toString()));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static String script(String name) {
		try {
			return new ClassPathResource("synthetic/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
