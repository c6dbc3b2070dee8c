package org.incidentatlas.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request parameter that cannot be used; the 400 it becomes names the parameter. The
 * message is a code of {@code messages*.properties} with its arguments, so that the API's
 * problem detail and the error page say it in the reader's language; the exception's own
 * reason is the English text, for logs.
 */
public class InvalidParameterException extends ResponseStatusException {

	/** The messages' own language, English, for logs and callers without a locale. */
	private static final ResourceBundleMessageSource ENGLISH = new ResourceBundleMessageSource();

	static {
		ENGLISH.setBasename("messages");
		ENGLISH.setDefaultEncoding("UTF-8");
		ENGLISH.setFallbackToSystemLocale(false);
	}

	static final String TITLE_CODE = "parameter.title";

	private final String parameter;

	private final String code;

	private final Object[] args;

	/**
	 * @param code a message code of {@code messages*.properties}, whose argument
	 * {@code {0}} is the parameter's name
	 * @param args its further arguments, {@code {1}} on; numbers are shown as written (a
	 * year 2023 is not "2,023")
	 */
	public InvalidParameterException(String parameter, String code, Object... args) {
		this(parameter, code, shown(parameter, args), ENGLISH.getMessage(code, shown(parameter, args), Locale.ENGLISH));
	}

	private InvalidParameterException(String parameter, String code, Object[] args, String english) {
		super(HttpStatus.BAD_REQUEST, english, null, code, args);
		this.parameter = parameter;
		this.code = code;
		this.args = args;
		getBody().setTitle(ENGLISH.getMessage(TITLE_CODE, new Object[] { parameter }, Locale.ENGLISH));
		getBody().setProperty("parameter", parameter);
	}

	/**
	 * A parameter refused with a text that is already a message, such as an article
	 * text's check; it is shown as it is.
	 */
	/**
	 * A refusal with a message code and the English text to fall back on.
	 */
	public static InvalidParameterException coded(String parameter, String code, String english, Object... args) {
		return new InvalidParameterException(parameter, code, args, english);
	}

	public static InvalidParameterException withText(String parameter, String text) {
		return new InvalidParameterException(parameter, null, new Object[0], text);
	}

	/** A value as a message echoes it: at most 20 characters. */
	public static String shorten(String value) {
		return value.length() > 20 ? value.substring(0, 20) + "…" : value;
	}

	public String getParameter() {
		return parameter;
	}

	/** The message in the reader's language. */
	public String message(MessageSource messages, Locale locale) {
		return code == null ? getReason() : messages.getMessage(code, args, getReason(), locale);
	}

	@Override
	public ProblemDetail updateAndGetBody(MessageSource messageSource, Locale locale) {
		if (messageSource != null) {
			getBody().setDetail(message(messageSource, locale));
			getBody().setTitle(
					messageSource.getMessage(TITLE_CODE, new Object[] { parameter }, getBody().getTitle(), locale));
		}
		return getBody();
	}

	private static Object[] shown(String parameter, Object[] args) {
		return Stream.concat(Stream.of(parameter), Arrays.stream(args))
			.map(a -> a instanceof Number ? a.toString() : a)
			.toArray();
	}

}
