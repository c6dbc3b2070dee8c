package org.incidentatlas.review;

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
 * A proposal's values as plain JSON-like maps: what was extracted, what the editor
 * changed, and the two combined. Values compare as text, so "1" from a form equals 1 from
 * JSON.
 */
final class ProposalValues {

	private ProposalValues() {
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
	static Map<String, Object> corrections(ProposalKind kind, Map<String, Object> proposed, Map<String, ?> submitted) {
		Map<String, Object> changed = new LinkedHashMap<>();
		if (submitted == null) {
			return changed;
		}
		List<InvalidFieldsException.FieldProblem> unknown = new ArrayList<>();
		submitted.forEach((field, value) -> {
			if (!kind.fields().contains(field)) {
				unknown.add(InvalidFieldsException.FieldProblem.of(field, "problem.review.field.unknown", field,
						String.join(", ", kind.fields())));
			}
			else if (!Objects.equals(normalise(field, value), normalise(field, proposed.get(field)))) {
				changed.put(field, normalise(field, value));
			}
		});
		if (!unknown.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, unknown);
		}
		return changed;
	}

	/** The proposal with the editor's corrections applied. */
	static Map<String, Object> effective(Map<String, Object> proposed, Map<String, Object> corrected) {
		Map<String, Object> values = new LinkedHashMap<>(proposed);
		if (corrected != null) {
			values.putAll(corrected);
		}
		return values;
	}

	static String text(Map<String, Object> values, String field) {
		return normalise(values.get(field));
	}

	static Integer integer(Map<String, Object> values, String field,
			List<InvalidFieldsException.FieldProblem> problems) {
		String text = text(values, field);
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
	static List<Integer> ages(Map<String, Object> values, List<InvalidFieldsException.FieldProblem> problems) {
		String text = text(values, "victimAges");
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

	/**
	 * The passages that support the proposal, as [start, end) offsets into the article
	 * text.
	 */
	static List<Span> evidence(Map<String, Object> proposed) {
		List<Span> spans = new ArrayList<>();
		if (proposed.get("evidence") instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> m && m.get("start") instanceof Number s
						&& m.get("end") instanceof Number e) {
					spans.add(new Span(s.intValue(), e.intValue()));
				}
			}
		}
		return spans;
	}

	/** A passage of the article: [start, end). */
	public record Span(int start, int end) {
	}

}
