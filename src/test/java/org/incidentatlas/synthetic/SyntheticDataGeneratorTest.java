package org.incidentatlas.synthetic;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.incidentatlas.IncidentAtlasApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The synthetic data generator writes realistic, clearly marked rows, and refuses any
 * database that holds real data. Runs against the PostgreSQL on 127.0.0.1:5432 when there
 * is one.
 */
class SyntheticDataGeneratorTest {

	static final String ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";

	@Test
	void writesMarkedRealisticIncidentsAndRefusesADatabaseWithRealData() throws Exception {
		assumeTrue(reachable(), "no PostgreSQL on 127.0.0.1:5432");
		String database = "atlas_synthetic_test_" + ProcessHandle.current().pid();
		try (Connection c = DriverManager.getConnection(ADMIN, "postgres", ""); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + database);
			s.execute("create database " + database);
		}
		String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
		try {
			// a normal start loads the launch data: real data, which the generator must
			// refuse to mix with
			try (ConfigurableApplicationContext app = start(url, "--spring.main.web-application-type=none")) {
				JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
				SyntheticDataGenerator generator = new SyntheticDataGenerator(
						new SyntheticDataProperties(2000, 200, 0.1, 2), jdbc,
						app.getBean(org.springframework.transaction.support.TransactionTemplate.class),
						app.getEnvironment(), app,
						new org.springframework.core.task.SimpleAsyncTaskExecutor("synthetic-"));
				assertThatThrownBy(generator::generate).hasMessageContaining("not synthetic");
				jdbc.update("delete from incident_source");
				jdbc.update("delete from victim");
				jdbc.update("delete from audit_event");
				jdbc.update("delete from incident");
				assertThatThrownBy(generator::generate).as("real articles too")
					.hasMessageContaining("articles that are not synthetic");
				jdbc.update("delete from statistic_source");
				jdbc.update("delete from proposal");
				jdbc.update("delete from article");

				List<String> indexesBefore = indexesAndKeys(jdbc);
				long versionBefore = jdbc.queryForObject("select data_version()", Long.class);
				generator.generate();
				assertThat(indexesAndKeys(jdbc)).as("every index and key is back after the bulk load")
					.isEqualTo(indexesBefore);
				assertThat(jdbc.queryForList("select tgenabled from pg_trigger where tgrelid = 'incident'::regclass "
						+ "and not tgisinternal", String.class))
					.isNotEmpty()
					.allMatch("O"::equals);
				assertThat(jdbc.queryForObject(
						"select data_version() > ? and version <> data_version() from map_cell_state", Boolean.class,
						versionBefore))
					.as("caches keyed by the data version see the load")
					.isTrue();
				assertThat(jdbc.queryForObject(
						"select last_value >= (select max(id) from incident) from incident_id_seq", Boolean.class))
					.as("the next incident an editor creates gets a new id")
					.isTrue();
				// the public point is computed in the INSERT with the trigger off: it
				// must be what the trigger sets
				jdbc.execute("create temporary table before_trigger as "
						+ "select id, public_latitude, public_longitude, public_geo_precision from incident");
				jdbc.update("update incident set location_hidden = location_hidden");
				assertThat(jdbc.queryForObject("""
						select count(*) from incident i join before_trigger b using (id)
						where (i.public_latitude, i.public_longitude, i.public_geo_precision)
						      is distinct from (b.public_latitude, b.public_longitude, b.public_geo_precision)""",
						Integer.class))
					.isZero();
				assertThat(jdbc.queryForObject("select count(*) from incident where location_hidden", Integer.class))
					.as("some street addresses are hidden, so the check above compares centroids too")
					.isPositive();
				jdbc.execute("drop table before_trigger");
				assertThat(jdbc.queryForObject("select count(*) from incident where external_key like 'synthetic-%'",
						Integer.class))
					.isEqualTo(2000);
				assertThat(jdbc.queryForObject("select count(*) from incident where summary not like '[SYNTHETIC]%'",
						Integer.class))
					.isZero();
				double coarse = jdbc.queryForObject(
						"select avg(case when date_precision in ('MONTH', 'SEASON', 'YEAR') then 1.0 else 0 end) from incident",
						Double.class);
				assertThat(coarse).as("about a third known only to the month or coarser").isBetween(0.25, 0.42);
				assertThat(jdbc.queryForObject("select avg(case when killed is null then 1.0 else 0 end) from incident",
						Double.class))
					.as("a share with no casualties reported")
					.isBetween(0.2, 0.4);
				assertThat(jdbc.queryForList(
						"""
								select min(n) || '-' || max(n) from (select count(*) as n from incident_source group by incident_id) s""",
						String.class))
					.containsExactly("1-5");
				assertThat(jdbc
					.queryForObject("select min(date_from) >= date '2015-01-01' and max(date_from) <= current_date "
							+ "from incident where date_from is not null", Boolean.class))
					.isTrue();
				assertThat(jdbc.queryForObject("select count(distinct country_code) from incident", Integer.class))
					.isEqualTo(2);
				assertThat(jdbc.queryForObject("select count(*) from reference_data where name = 'synthetic'",
						Integer.class))
					.isEqualTo(1);
			}
		}
		finally {
			try (Connection c = DriverManager.getConnection(ADMIN, "postgres", ""); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + database + " with (force)");
			}
		}
	}

	@Test
	void refusesTheEmbeddedDatabase() {
		SyntheticDataGenerator generator = new SyntheticDataGenerator(new SyntheticDataProperties(10, 10, 0.1, 2), null,
				null, new org.springframework.mock.env.MockEnvironment(), null, null);
		assertThatThrownBy(generator::generate).hasMessageContaining("spring.datasource.url");
	}

	private static List<String> indexesAndKeys(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				where conrelid in ('incident'::regclass, 'incident_source'::regclass)
				union all
				select indexdef from pg_indexes where tablename in ('incident', 'incident_source')
				order by 1""", String.class);
	}

	private static ConfigurableApplicationContext start(String url, String... more) {
		java.util.List<String> args = new java.util.ArrayList<>(
				java.util.List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=", "--spring.main.banner-mode=off"));
		args.addAll(java.util.List.of(more));
		return new SpringApplicationBuilder(IncidentAtlasApplication.class).run(args.toArray(String[]::new));
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
