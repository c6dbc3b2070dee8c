package org.incidentatlas.incident;

/**
 * Only PUBLISHED incidents are public. Nothing is deleted: a wrong incident is RETRACTED
 * with a reason.
 */
public enum IncidentStatus {

	DRAFT, PUBLISHED, RETRACTED

}
