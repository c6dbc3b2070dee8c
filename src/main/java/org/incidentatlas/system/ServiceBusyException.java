package org.incidentatlas.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Too much of one kind of work at once: a 503 that says when to try again. */
public class ServiceBusyException extends ResponseStatusException {

	private final int retryAfterSeconds;

	public ServiceBusyException(String message, int retryAfterSeconds) {
		super(HttpStatus.SERVICE_UNAVAILABLE, message);
		this.retryAfterSeconds = retryAfterSeconds;
		getBody().setTitle("Busy");
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		return headers;
	}

}
