package org.incidentatlas.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal with a status and a message code: the API's problem detail and the error page
 * give it in the reader's language ({@code messages*.properties}), the log in English.
 */
public class RefusedException extends ResponseStatusException {

	/**
	 * @param code the detail's message code
	 * @param english the detail in English, for the log and where no message source is at
	 * hand
	 * @param arguments the message's arguments, as text (a number would be written with
	 * the reader's digit grouping)
	 */
	public RefusedException(HttpStatus status, String code, String english, String... arguments) {
		super(status, english, null, code, arguments);
	}

	/**
	 * The detail in the reader's language: the framework keeps the English reason once it
	 * is set, so the code is resolved here.
	 */
	@Override
	public ProblemDetail updateAndGetBody(MessageSource messageSource, Locale locale) {
		ProblemDetail body = super.updateAndGetBody(messageSource, locale);
		if (messageSource != null) {
			String detail = messageSource.getMessage(getDetailMessageCode(), getDetailMessageArguments(), null, locale);
			if (detail != null) {
				body.setDetail(detail);
			}
		}
		return body;
	}

}
