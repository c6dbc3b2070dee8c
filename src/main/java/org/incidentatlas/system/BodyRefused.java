package org.incidentatlas.system;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A request body refused while it was being read: larger than the limit, whatever its
 * framing (a chunked body declares no length), or arriving too slowly. Carries the status
 * it answers.
 */
public final class BodyRefused extends IOException {

	private final int status;

	private final String title;

	private final String code;

	private final String argument;

	private BodyRefused(int status, String title, String message, String code, String argument) {
		super(message);
		this.status = status;
		this.title = title;
		this.code = code;
		this.argument = argument;
	}

	static BodyRefused tooLarge(long limit) {
		String megabytes = String.valueOf(limit / (1024 * 1024));
		return new BodyRefused(413, "Content too large", "The request body is larger than " + megabytes + " MB.",
				"problem.body.tooLarge", megabytes);
	}

	static BodyRefused tooSlow(long seconds) {
		return new BodyRefused(408, "Request timeout",
				"The request body did not arrive within " + seconds + " seconds.", "problem.body.tooSlow",
				String.valueOf(seconds));
	}

	/** The title in the reader's language, or in English without a message source. */
	public String title(MessageSource messages, Locale locale) {
		return messages == null ? title : messages.getMessage(code + ".title", null, title, locale);
	}

	/** The detail in the reader's language, or in English without a message source. */
	public String message(MessageSource messages, Locale locale) {
		return messages == null ? getMessage()
				: messages.getMessage(code, new Object[] { argument }, getMessage(), locale);
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
