package org.incidentatlas.system;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the error page and the error JSON may say.
 * {@code spring.web.error.include-message=always} lets our own messages through ("The
 * year 'abc' is not a year"), but nothing else: a server error says only that it was
 * logged, and the messages of the framework's and the driver's exceptions (SQL, class
 * names, stack text) are replaced by plain ones.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorMessages {

	static final String SERVER_ERROR = "Something went wrong on our side. The error has been logged.";

	public static final String UNAVAILABLE = "The service is briefly unavailable. Please try again in a few seconds.";

	static final String BAD_REQUEST = "That request could not be used.";

	@Bean
	ErrorAttributes errorAttributes(MessageSource messages) {
		return new DefaultErrorAttributes() {
			@Override
			protected String getMessage(WebRequest request, Throwable error) {
				Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE,
						RequestAttributes.SCOPE_REQUEST);
				return publicMessage(status instanceof Integer code ? code : 500, error,
						(String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE, RequestAttributes.SCOPE_REQUEST),
						messages, LocaleContextHolder.getLocale());
			}
		};
	}

	/** In English. */
	static String publicMessage(int status, Throwable error, String containerMessage) {
		return publicMessage(status, error, containerMessage, null, Locale.ENGLISH);
	}

	/**
	 * @param error the exception behind the error, if any
	 * @param containerMessage the reason given to {@code sendError}, or the container's
	 * own
	 * @param messages the reader's messages, or null for the English texts
	 */
	static String publicMessage(int status, Throwable error, String containerMessage, MessageSource messages,
			Locale locale) {
		if (status == 503) {
			return UNAVAILABLE;
		}
		if (status >= 500) {
			return SERVER_ERROR;
		}
		if (error instanceof ResponseStatusException ours) {
			if (messages != null && ours.getReason() != null) {
				// a message code of ours (a parameter's) in the reader's language
				return ours.updateAndGetBody(messages, locale).getDetail();
			}
			return ours.getReason() == null ? BAD_REQUEST : ours.getReason();
		}
		if (error instanceof MethodArgumentTypeMismatchException mismatch) {
			return typeMismatch(mismatch.getName(), mismatch.getValue(), messages, locale);
		}
		if (error instanceof MissingServletRequestParameterException missing) {
			return message(messages, locale, "parameter.missing",
					"The parameter '" + missing.getParameterName() + "' is missing.", missing.getParameterName());
		}
		if (status == 404) {
			return null; // the page says so in the reader's language
		}
		if (error == null && containerMessage != null && !containerMessage.isBlank() && looksPlain(containerMessage)) {
			return containerMessage;
		}
		return BAD_REQUEST;
	}

	/** A message of ours, not an exception's: no class names, SQL or stack lines. */
	public static boolean looksPlain(String message) {
		return !message.matches("(?s).*(Exception|\\b(java|jakarta|org|com)\\.[a-z]+\\.|SQL|\\n\\s*at ).*");
	}

	/**
	 * A parameter whose value is not of its kind (not a number), in the reader's
	 * language.
	 */
	public static String typeMismatch(String name, Object value, MessageSource messages, Locale locale) {
		String shown = shorten(String.valueOf(value));
		return message(messages, locale, "parameter.typeMismatch",
				"'" + shown + "' is not a valid value for '" + name + "'.", name, shown);
	}

	private static String message(MessageSource messages, Locale locale, String code, String english, Object... args) {
		return messages == null ? english : messages.getMessage(code, args, english, locale);
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
