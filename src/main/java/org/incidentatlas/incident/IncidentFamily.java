package org.incidentatlas.incident;

/**
 * Violence is what the atlas maps; enforcement events are stored beside it and shown on
 * request.
 */
public enum IncidentFamily {

	VIOLENCE, ENFORCEMENT

}
