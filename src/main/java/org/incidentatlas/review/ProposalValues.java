package org.incidentatlas.review;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.incidentatlas.system.InvalidFieldsException;

/**
 * A proposal's values: what was extracted (the stored {@link Proposed} record) and what
 * the editor changed (field and new text), read together: a corrected field has its new
 * value, any other the extracted one. Values compare as text, so "1" from a form equals 1
 * from JSON.
 *
 * @param corrected the fields the editor changed, with their new values as text (null
 * when the editor emptied the field)
 */
record ProposalValues(Proposed proposed, Map<String, String> corrected) {

	ProposalValues {
		Objects.requireNonNull(proposed, "proposed");
		corrected = corrected == null ? Map.of() : corrected;
	}

	/** The value of a field as extracted, or null when this kind has no such field. */
	static Object extracted(Proposed proposed, String field) {
		return properties(proposed).get(field);
	}

	/**
	 * The record's properties by name, in the order Jackson writes them: its components.
	 */
	private static Map<String, Object> properties(Proposed proposed) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (RecordComponent component : proposed.getClass().getRecordComponents()) {
			try {
				properties.put(component.getName(), component.getAccessor().invoke(proposed));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + component.getName() + " of a proposal", ex);
			}
		}
		return properties;
	}

	/** The current value of a field as text: the correction if any, else as extracted. */
	String text(String field) {
		return corrected.containsKey(field) ? normalise(corrected.get(field)) : normalise(extracted(proposed, field));
	}

	/**
	 * Every property with the corrections over it: the values the API shows, one object
	 * as the stored proposal is.
	 */
	Map<String, Object> merged() {
		Map<String, Object> values = properties(proposed);
		values.putAll(corrected);
		return values;
	}

	/**
	 * The passages that support the proposal, as [start, end) offsets into the article
	 * text; none when the stored proposal has no evidence.
	 */
	List<Span> evidence() {
		return proposed.evidence() == null ? List.of() : proposed.evidence().stream().filter(Objects::nonNull).toList();
	}

	/**
	 * Blank is absent; numbers lose trailing zeros; text is stripped; a list is written
	 * "11, 17".
	 */
	static String normalise(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> items) {
			return items.isEmpty() ? null
					: items.stream().map(ProposalValues::normalise).collect(Collectors.joining(", "));
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (value instanceof Number || text.matches("-?\\d+(\\.\\d+)?")) {
			try {
				return new BigDecimal(text).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return text;
			}
		}
		return text;
	}

	/**
	 * As {@link #normalise(Object)}; victims' ages are written "11, 17" however they were
	 * typed.
	 */
	static String normalise(String field, Object value) {
		String text = normalise(value);
		return field.equals("victimAges") && text != null && text.matches("\\d+(?:\\s*,\\s*\\d+)+")
				? String.join(", ", text.split("\\s*,\\s*")) : text;
	}

	/**
	 * The fields whose submitted value differs from the proposal's, with their new
	 * values. Fields not submitted keep the proposal's value.
	 * @throws InvalidFieldsException when a field is not one the editor may correct
	 */
	static Map<String, String> corrections(ProposalKind kind, Proposed proposed, Map<String, ?> submitted) {
		Map<String, String> changed = new LinkedHashMap<>();
		if (submitted == null) {
			return changed;
		}
		List<InvalidFieldsException.FieldProblem> unknown = new ArrayList<>();
		submitted.forEach((field, value) -> {
			if (!kind.fields().contains(field)) {
				unknown.add(InvalidFieldsException.FieldProblem.of(field, "problem.review.field.unknown", field,
						String.join(", ", kind.fields())));
			}
			else if (!Objects.equals(normalise(field, value), normalise(field, extracted(proposed, field)))) {
				changed.put(field, normalise(field, value));
			}
		});
		if (!unknown.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, unknown);
		}
		return changed;
	}

	Integer integer(String field, List<InvalidFieldsException.FieldProblem> problems) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.add(InvalidFieldsException.FieldProblem.of(field, "problem.review.integer"));
			return null;
		}
	}

	/**
	 * The victims' ages, from the extracted list or from the editor's "11, 17"; at most
	 * 20, each 0 to 120. A problem is reported by field, and no age is returned then.
	 */
	List<Integer> ages(List<InvalidFieldsException.FieldProblem> problems) {
		String text = text("victimAges");
		if (text == null) {
			return List.of();
		}
		List<Integer> ages = new ArrayList<>();
		for (String part : text.split("\\s*,\\s*")) {
			Integer age = part.matches("\\d{1,3}") ? Integer.valueOf(part) : null;
			if (age == null || age > 120) {
				problems.add(InvalidFieldsException.FieldProblem.of("victimAges", "problem.review.victimAges.format"));
				return List.of();
			}
			ages.add(age);
		}
		if (ages.size() > 20) {
			problems.add(InvalidFieldsException.FieldProblem.of("victimAges", "problem.review.victimAges.tooMany"));
			return List.of();
		}
		return ages;
	}

	/** A passage of the article: [start, end). */
	public record Span(int start, int end) {
	}

}
