package org.incidentatlas.audit;

public enum AuditAction {

	CREATE, EDIT, MERGE, PUBLISH, RETRACT

}
