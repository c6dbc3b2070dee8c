package org.incidentatlas.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A submitted article that cannot be stored, with every problem by field. Nothing was stored. */
public class InvalidSubmissionException extends RuntimeException {

	public record FieldProblem(String field, String message) {
	}

	private final List<FieldProblem> problems;

	public InvalidSubmissionException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The first message per field, for a form. */
	public Map<String, String> byField() {
		return problems.stream()
			.collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
