package org.incidentatlas.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server on its own, outside Spring: start, persist, stop, lock, and root. */
class EmbeddedPostgresTest {

	private static final Path INSTALL = Path.of(System.getProperty("java.io.tmpdir"), "incident-atlas-postgres");

	@TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
	Path temp;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
		Path data = temp.resolve("data/postgres");
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			execute(server, "create table note (text text)", "insert into note values ('kept across restarts')");
		}
		assertThat(data.resolve("postmaster.pid")).as("a clean shutdown removes the pid file").doesNotExist();
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			assertThat(query(server, "select text from note")).isEqualTo("kept across restarts");
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataFailsWithAClearMessageAndLeavesTheFirstRunning() throws Exception {
		Path data = temp.resolve("shared/postgres");
		try (EmbeddedPostgres first = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			EmbeddedPostgres second = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false);
			assertThatThrownBy(second::start).isInstanceOf(EmbeddedPostgresException.class)
				.hasMessageContaining("Another Incident Atlas instance is already using the embedded database");
			assertThat(query(first, "select 'still serving'")).isEqualTo("still serving");
		}
	}

	@Test
	void theServerNeverRunsAsRoot() throws Exception {
		Path data = temp.resolve("root/postgres");
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			// the running server writes postmaster.pid, so its owner is the server's account
			String owner = Files.getOwner(data.resolve("postmaster.pid")).getName();
			assertThat(owner).isNotEqualTo("root");
			if (isRoot()) {
				assertThat(owner).isEqualTo("nobody");
			}
			assertThat(query(server, "select 1")).isEqualTo("1");
		}
	}

	@Test
	void anEphemeralServerDeletesItsDataWhenItStops() throws Exception {
		Path data = temp.resolve("ephemeral/postgres");
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, true).start()) {
			assertThat(data.resolve("PG_VERSION")).exists();
		}
		assertThat(data).doesNotExist();
	}

	private static boolean isRoot() throws Exception {
		return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
	}

	private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				var s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

	private static String query(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				var s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
