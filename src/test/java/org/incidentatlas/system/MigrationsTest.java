package org.incidentatlas.system;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void everyMigrationAppliesToAnEmptyDatabase() throws Exception {
		String schema = "empty_" + System.nanoTime();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("create schema " + schema);
		}
		try {
			MigrateResult result = Flyway.configure()
				.dataSource(dataSource)
				.schemas(schema)
				.locations("classpath:db/migration")
				.load()
				.migrate();
			int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isEqualTo(files).isPositive();
			assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?",
					Integer.class, schema))
				.isGreaterThanOrEqualTo(10);
		}
		finally {
			jdbc.execute("drop schema " + schema + " cascade");
		}
	}

	@Test
	void theApplicationDatabaseIsAtTheLatestMigration() {
		MigrationInfo[] pending = flyway.info().pending();
		assertThat(pending).isEmpty();
		assertThat(flyway.info().current()).isNotNull();
	}

	@Test
	void theSchemaRefusesAYearDateWithoutItsRange() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc
			.update("""
					insert into incident (type, date_precision, geo_precision, summary) values ('SHOOTING', 'YEAR', 'UNKNOWN', 'x')"""))
			.hasMessageContaining("check constraint");
	}

}
