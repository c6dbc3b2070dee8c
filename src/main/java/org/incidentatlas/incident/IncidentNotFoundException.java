package org.incidentatlas.incident;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No published incident has this id (drafts and retracted incidents are not public). */
public class IncidentNotFoundException extends ResponseStatusException {

	public IncidentNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "There is no published incident " + id + ".");
		getBody().setTitle("Incident not found");
	}

}
