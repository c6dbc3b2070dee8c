package org.incidentatlas.audit;

public enum AuditAction {

	CREATE, EDIT, MERGE, PUBLISH, RETRACT,
	/** A review decision on an extracted proposal. */
	ACCEPT, REJECT

}
