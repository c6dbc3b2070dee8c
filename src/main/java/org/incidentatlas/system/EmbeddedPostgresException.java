package org.incidentatlas.system;

/** The embedded PostgreSQL could not be installed, started or stopped. */
public class EmbeddedPostgresException extends RuntimeException {

	public EmbeddedPostgresException(String message) {
		super(message);
	}

	public EmbeddedPostgresException(String message, Throwable cause) {
		super(message, cause);
	}

}
