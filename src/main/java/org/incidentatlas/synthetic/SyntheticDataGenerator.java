package org.incidentatlas.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes N synthetic incidents into a database set aside for load tests, then exits:
 * <pre>
 * java -jar incident-atlas.jar --spring.profiles.active=synthetic --atlas.synthetic.incidents=1000000 \
 *      --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/atlas_bench
 * </pre>
 * It refuses an embedded or unnamed database, and any database that holds one incident that is
 * not synthetic, so synthetic and real data can never mix. The database is then marked
 * synthetic, and every page says so. The work is set-based SQL inside PostgreSQL.
 */
@Component
@Profile("synthetic")
class SyntheticDataGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

	private final SyntheticDataProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	SyntheticDataGenerator(SyntheticDataProperties properties, JdbcTemplate jdbc, TransactionTemplate transaction,
			Environment environment, ConfigurableApplicationContext context) {
		this.properties = properties;
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
			log.error("Synthetic data generation failed: {}", ex.getMessage());
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	void generate() {
		if (!environment.containsProperty("spring.datasource.url")) {
			throw new IllegalStateException("Synthetic data goes only into a database named with spring.datasource.url, "
					+ "never into the embedded one that holds an atlas's real data.");
		}
		if (properties.incidents() < 1 || properties.incidents() > 20_000_000 || properties.articles() < 1
				|| Math.abs(properties.seed()) > 1) {
			throw new IllegalArgumentException("incidents must be 1..20000000, articles at least 1, seed in -1..1");
		}
		Long real = jdbc.queryForObject("select count(*) from incident where external_key is null or external_key not like 'synthetic-%'",
				Long.class);
		if (real != null && real > 0) {
			throw new IllegalStateException("This database holds " + real + " incidents that are not synthetic. "
					+ "Synthetic data goes only into a database of its own.");
		}
		String sql = script().replace(":count", Integer.toString(properties.incidents()))
			.replace(":articles", Integer.toString(properties.articles()))
			.replace(":seed", Double.toString(properties.seed()));
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			jdbc.update("delete from incident_source where incident_id in (select id from incident where external_key like 'synthetic-%')");
			jdbc.update("delete from victim where incident_id in (select id from incident where external_key like 'synthetic-%')");
			jdbc.update("delete from incident where external_key like 'synthetic-%'");
			jdbc.update("delete from article where external_key like 'synthetic-article-%'");
			jdbc.execute(sql);
			jdbc.update("""
					insert into reference_data (name, checksum) values ('synthetic', 'synthetic data: not for publication')
					on conflict (name) do update set loaded_at = now()""");
		});
		// outside the transaction: sets the visibility map, so index-only scans skip the heap
		jdbc.execute("vacuum analyze incident");
		long millis = (System.nanoTime() - started) / 1_000_000;
		Long count = jdbc.queryForObject("select count(*) from incident", Long.class);
		Long sources = jdbc.queryForObject("select count(*) from incident_source", Long.class);
		log.info("Synthetic data: {} incidents and {} source links written in {} ms", count, sources, millis);
		System.out.printf("synthetic incidents: %d, source links: %d, load time: %.1f s%n", count, sources, millis / 1000.0);
	}

	private static String script() {
		try {
			return new ClassPathResource("synthetic/generate.sql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
