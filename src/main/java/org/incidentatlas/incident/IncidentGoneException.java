package org.incidentatlas.incident;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published incident that was retracted: 410 Gone, with when and why, as ACLED's
 * corrections policy asks, so that whoever cited it learns it was taken back rather than
 * finding nothing.
 */
public class IncidentGoneException extends ResponseStatusException {

	public IncidentGoneException(IncidentQueries.Retraction retraction) {
		super(HttpStatus.GONE,
				"Incident " + retraction.id() + " was retracted on " + retraction.at() + ": " + retraction.reason());
		getBody().setTitle("Incident retracted");
		getBody().setProperty("retractedAt", retraction.at().toString());
		getBody().setProperty("reason", retraction.reason());
	}

}
