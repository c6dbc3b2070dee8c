package org.incidentatlas.incident;

import java.util.List;

/** An incident that passes field validation but not the checks against the gazetteer or the calendar. */
public class InvalidIncidentException extends RuntimeException {

	public record FieldProblem(String field, String message) {
	}

	private final List<FieldProblem> problems;

	public InvalidIncidentException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
