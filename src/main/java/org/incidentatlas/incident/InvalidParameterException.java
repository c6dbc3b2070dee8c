package org.incidentatlas.incident;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request parameter that cannot be used; the 400 it becomes names the parameter. */
public class InvalidParameterException extends ResponseStatusException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(HttpStatus.BAD_REQUEST, message);
		this.parameter = parameter;
		getBody().setTitle("Invalid parameter '" + parameter + "'");
		getBody().setProperty("parameter", parameter);
	}

	public String getParameter() {
		return parameter;
	}

}
