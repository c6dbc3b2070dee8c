package org.incidentatlas.user;

import java.util.List;

/**
 * Why an account change was refused: a message code of {@code messages*.properties} and
 * its arguments, so the reader gets it in their language.
 */
public record AccountProblem(String code, List<Object> arguments) {

	public AccountProblem(String code, Object... arguments) {
		this(code, List.of(arguments));
	}

	public Object[] args() {
		return arguments.toArray();
	}

}
