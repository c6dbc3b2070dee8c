package org.incidentatlas.system;

import java.nio.file.Path;

import org.incidentatlas.IncidentAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole application on its embedded database, as `./mvnw spring-boot:run` starts it. */
class EmbeddedApplicationTest {

	@TempDir
	Path temp;

	@Test
	void whatEditorsEnterSurvivesARestartAndTheServerStopsWithTheApplication() {
		Path data = temp.resolve("data/postgres");
		try (ConfigurableApplicationContext app = start(data)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			jdbc.update("insert into article (title, publisher, published_precision) values ('Entered by an editor', 'Test', 'UNKNOWN')");
			assertThat(data.resolve("postmaster.pid")).exists();
		}
		assertThat(data.resolve("postmaster.pid")).as("the server stopped with the application").doesNotExist();

		try (ConfigurableApplicationContext app = start(data)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from article where title = 'Entered by an editor'", Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from incident", Integer.class))
				.as("the launch data is not loaded twice").isEqualTo(17);
		}
	}

	@Test
	void aSecondApplicationOnTheSameDataRefusesToStart() {
		Path data = temp.resolve("busy/postgres");
		try (ConfigurableApplicationContext first = start(data)) {
			assertThatThrownBy(() -> start(data).close()).hasRootCauseInstanceOf(EmbeddedPostgresException.class)
				.rootCause()
				.hasMessageContaining("Another Incident Atlas instance");
			assertThat(first.getBean(JdbcTemplate.class).queryForObject("select count(*) from incident", Integer.class))
				.isEqualTo(17);
		}
	}

	private static ConfigurableApplicationContext start(Path data) {
		// command-line arguments outrank the tests' ephemeral default
		return new SpringApplicationBuilder(IncidentAtlasApplication.class).run(
				"--atlas.embedded-postgres.data-directory=" + data, "--atlas.embedded-postgres.ephemeral=false",
				"--server.port=0", "--spring.main.banner-mode=off");
	}

}
