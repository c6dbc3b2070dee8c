package org.incidentatlas.system;

import java.nio.file.Path;

/**
 * A JVM that starts an embedded PostgreSQL, prints its port and waits, for the test that
 * kills it: {@code java EmbeddedPostgresChild <data directory> <install directory>}.
 */
public final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres server = new EmbeddedPostgres(Path.of(args[0]), Path.of(args[1]), "atlas", 0, false).start();
		System.out.println("port " + server.port());
		System.out.flush();
		Thread.sleep(120_000);
	}

}
