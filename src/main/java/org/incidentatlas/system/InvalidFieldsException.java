package org.incidentatlas.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Input that cannot be stored, with every problem by field; nothing was stored. Each
 * problem is a message code of {@code messages*.properties} with its arguments, so that
 * the page or the API answer says it in the reader's language.
 */
public class InvalidFieldsException extends RuntimeException {

	/**
	 * The messages' own language, English, for logs and for reports kept for later (a CSV
	 * import's).
	 */
	private static final ResourceBundleMessageSource ENGLISH = new ResourceBundleMessageSource();

	static {
		ENGLISH.setBasename("messages");
		ENGLISH.setDefaultEncoding("UTF-8");
		ENGLISH.setFallbackToSystemLocale(false);
	}

	/**
	 * What was refused: an incident (the editor's form, a CSV row) or a submission (an
	 * article, a review decision).
	 */
	public enum Subject {

		INCIDENT, SUBMISSION

	}

	/**
	 * One field's problem: a message code with its arguments, or, when {@code code} is
	 * null, a text that is already a message (a validator's, a date parser's).
	 */
	public record FieldProblem(String field, String code, List<Object> args,
			String text) implements MessageSourceResolvable {

		public FieldProblem {
			// numbers are shown as written: an incident number 1234 is not "1,234"
			args = args.stream().map(a -> a instanceof Number ? a.toString() : a).toList();
		}

		public static FieldProblem of(String field, String code, Object... args) {
			return new FieldProblem(field, code, Arrays.asList(args), null);
		}

		public static FieldProblem text(String field, String text) {
			return new FieldProblem(field, null, List.of(), text);
		}

		/** In English. */
		public String message() {
			return message(ENGLISH, Locale.ENGLISH);
		}

		public String message(MessageSource messages, Locale locale) {
			return messages.getMessage(this, locale);
		}

		@Override
		public String[] getCodes() {
			return code == null ? null : new String[] { code };
		}

		@Override
		public Object[] getArguments() {
			return args.toArray();
		}

		@Override
		public String getDefaultMessage() {
			return text;
		}

	}

	private final Subject subject;

	private final List<FieldProblem> problems;

	public InvalidFieldsException(Subject subject, List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.subject = subject;
		this.problems = List.copyOf(problems);
	}

	/** An incident refused for one reason. */
	public static InvalidFieldsException incident(String field, String code, Object... args) {
		return new InvalidFieldsException(Subject.INCIDENT, List.of(FieldProblem.of(field, code, args)));
	}

	/** A submission refused for one reason. */
	public static InvalidFieldsException submission(String field, String code, Object... args) {
		return new InvalidFieldsException(Subject.SUBMISSION, List.of(FieldProblem.of(field, code, args)));
	}

	public Subject subject() {
		return subject;
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The first message per field, in the reader's language, for a form. */
	public Map<String, String> byField(MessageSource messages, Locale locale) {
		return problems.stream()
			.collect(Collectors.toMap(FieldProblem::field, p -> p.message(messages, locale), (a, b) -> a,
					LinkedHashMap::new));
	}

}
