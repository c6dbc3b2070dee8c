package org.incidentatlas.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that starts when no {@code spring.datasource.url} is
 * configured.
 *
 * @param dataDirectory where the cluster keeps its data; survives restarts
 * @param installDirectory where the server binaries are unpacked, shared by every run of
 * the same version
 * @param database the database the application uses inside the cluster
 * @param port the TCP port on 127.0.0.1, or 0 to pick a free one at each start
 * @param ephemeral use a throw-away data directory that is deleted on shutdown (tests)
 */
@ConfigurationProperties("atlas.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("data/postgres") Path dataDirectory, Path installDirectory,
		@DefaultValue("atlas") String database, @DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {

	public EmbeddedPostgresProperties {
		if (installDirectory == null) {
			// a world-traversable place: the server may run as another user than this JVM
			installDirectory = Path.of(System.getProperty("java.io.tmpdir"), "incident-atlas-postgres");
		}
	}

	EmbeddedPostgres newServer() {
		Path data = dataDirectory;
		if (ephemeral) {
			data = Path.of(System.getProperty("java.io.tmpdir"),
					"incident-atlas-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime(), "postgres");
		}
		return new EmbeddedPostgres(data, installDirectory, database, port, ephemeral);
	}

}
