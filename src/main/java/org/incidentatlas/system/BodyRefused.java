package org.incidentatlas.system;

import java.io.IOException;

/**
 * A request body refused while it was being read: larger than the limit, whatever its
 * framing (a chunked body declares no length), or arriving too slowly. Carries the status
 * it answers.
 */
public final class BodyRefused extends IOException {

	private final int status;

	private final String title;

	private BodyRefused(int status, String title, String message) {
		super(message);
		this.status = status;
		this.title = title;
	}

	static BodyRefused tooLarge(long limit) {
		return new BodyRefused(413, "Content too large",
				"The request body is larger than " + limit / (1024 * 1024) + " MB.");
	}

	static BodyRefused tooSlow(long seconds) {
		return new BodyRefused(408, "Request timeout",
				"The request body did not arrive within " + seconds + " seconds.");
	}

	public int status() {
		return status;
	}

	public String title() {
		return title;
	}

	/** The refusal behind {@code ex}, if reading the body was refused. */
	public static BodyRefused in(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof BodyRefused refused) {
				return refused;
			}
		}
		return null;
	}

}
