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

/**
 * The whole application on its embedded database, as `./mvnw spring-boot:run` starts it.
 */
class EmbeddedApplicationTest {

	@TempDir
	Path temp;

	@Test
	void whatEditorsEnterSurvivesARestartAndTheServerStopsWithTheApplication() {
		Path data = temp.resolve("data/postgres");
		int launched;
		try (ConfigurableApplicationContext app = start(data)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			launched = jdbc.queryForObject("select count(*) from incident", Integer.class);
			assertThat(launched).as("the first start loads the launch data").isPositive();
			jdbc.update(
					"insert into article (title, publisher, published_precision) values ('Entered by an editor', 'Test', 'UNKNOWN')");
			assertThat(data.resolve("postmaster.pid")).exists();
		}
		assertThat(data.resolve("postmaster.pid")).as("the server stopped with the application").doesNotExist();

		try (ConfigurableApplicationContext app = start(data)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from article where title = 'Entered by an editor'",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from incident", Integer.class))
				.as("the launch data is not loaded twice")
				.isEqualTo(launched);
			assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin' and role = 'ADMIN'",
					Integer.class))
				.as("demo mode made one administrator, once")
				.isEqualTo(1);
		}
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironment() {
		Path data = temp.resolve("admin/postgres");
		try (ConfigurableApplicationContext app = start(data, "--atlas.admin.username=chief",
				"--atlas.admin.password=a long enough secret")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username || ':' || role from app_user", String.class))
				.containsExactly("chief:ADMIN");
			assertThat(jdbc.queryForObject("select password_hash from app_user", String.class)).startsWith("{bcrypt}")
				.doesNotContain("long enough");
		}
	}

	@Test
	void aSecondApplicationOnTheSameDataRefusesToStart() {
		Path data = temp.resolve("busy/postgres");
		try (ConfigurableApplicationContext first = start(data)) {
			assertThatThrownBy(() -> start(data).close()).hasRootCauseInstanceOf(EmbeddedPostgresException.class)
				.rootCause()
				.hasMessageContaining("Another Incident Atlas instance");
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from incident", Integer.class))
				.as("the first instance still answers, with the launch data it loaded")
				.isPositive()
				.isEqualTo(jdbc.queryForObject("select count(*) from incident where external_key like 'launch-%'",
						Integer.class));
		}
	}

	private static ConfigurableApplicationContext start(Path data, String... more) {
		// command-line arguments outrank the tests' ephemeral default
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
				"--atlas.embedded-postgres.data-directory=" + data, "--atlas.embedded-postgres.ephemeral=false",
				"--server.port=0", "--spring.main.banner-mode=off"));
		args.addAll(java.util.List.of(more));
		return new SpringApplicationBuilder(IncidentAtlasApplication.class).run(args.toArray(String[]::new));
	}

}
