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

/**
 * The embedded server on its own, outside Spring: start, persist, stop, lock, and root.
 */
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
			// the running server writes postmaster.pid, so its owner is the server's
			// account
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

	@Test
	void theServerAcceptsNoConnectionWithoutItsGeneratedPassword() throws Exception {
		Path data = temp.resolve("secured/postgres");
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", ""))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres"))
				.isInstanceOf(SQLException.class);
			assertThat(query(server, "select 'with the password'")).isEqualTo("with the password");
			Path secret = data.resolve(EmbeddedPostgres.PASSWORD_FILE);
			assertThat(Files.getPosixFilePermissions(secret)).containsExactlyInAnyOrder(
					java.nio.file.attribute.PosixFilePermission.OWNER_READ,
					java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
			assertThat(Files.getOwner(secret)).isEqualTo(Files.getOwner(data));
			assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust");
		}
	}

	@Test
	void aClusterThatTrustedLocalUsersIsGivenAPasswordAtItsNextStart() throws Exception {
		Path data = temp.resolve("old/postgres");
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			execute(server, "create table note (text text)", "insert into note values ('from before')");
		}
		// what a cluster made by an earlier version looks like: trust, and no password
		// file
		Files.writeString(data.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
		Files.delete(data.resolve(EmbeddedPostgres.PASSWORD_FILE));
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			assertThat(query(server, "select text from note")).isEqualTo("from before");
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", ""))
				.isInstanceOf(SQLException.class);
			assertThat(data.resolve(EmbeddedPostgres.PASSWORD_FILE)).exists();
		}
	}

	@Test
	void theServerStopsSoonAfterItsApplicationIsKilled() throws Exception {
		Path data = temp.resolve("killed/postgres");
		String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresChild.class.getName(), data.toString(), INSTALL.toString())
			.redirectErrorStream(true)
			.start();
		int port;
		try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
			String line;
			do {
				line = lines.readLine();
			}
			while (line != null && !line.startsWith("port "));
			assertThat(line).as("the child started its server").isNotNull();
			port = Integer.parseInt(line.substring(5).strip());
			assertThat(accepts(port)).isTrue();
			child.destroyForcibly().waitFor();
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
			while (accepts(port) && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
		}
		assertThat(accepts(port)).as("the server outlived its killed application").isFalse();
		assertThat(data.resolve("postmaster.pid")).as("it shut down cleanly").doesNotExist();
		// and the data is whole for the next start
		try (EmbeddedPostgres server = new EmbeddedPostgres(data, INSTALL, "atlas", 0, false).start()) {
			assertThat(query(server, "select 'restarted'")).isEqualTo("restarted");
		}
	}

	private static boolean accepts(int port) {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	private static boolean isRoot() throws Exception {
		return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
	}

	private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
				var s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

	private static String query(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
				var s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
