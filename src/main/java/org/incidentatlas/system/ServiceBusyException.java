package org.incidentatlas.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Too much of one kind of work at once: a 503 that says when to try again. */
public class ServiceBusyException extends RefusedException {

	private final int retryAfterSeconds;

	/**
	 * @param code the message code of the detail, resolved in the reader's language; its
	 * argument {0} is the seconds to wait, {1} and on are {@code arguments}
	 * @param message the detail in English, where no message source is at hand
	 */
	public ServiceBusyException(String code, String message, int retryAfterSeconds, String... arguments) {
		super(HttpStatus.SERVICE_UNAVAILABLE, code, message, withSeconds(retryAfterSeconds, arguments));
		this.retryAfterSeconds = retryAfterSeconds;
		getBody().setTitle("Busy");
	}

	private static String[] withSeconds(int seconds, String[] arguments) {
		String[] all = new String[arguments.length + 1];
		all[0] = String.valueOf(seconds);
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return all;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		return headers;
	}

}
