package org.incidentatlas.user;

/** Editors ingest, review and edit; administrators also manage accounts. */
public enum Role {

	EDITOR, ADMIN

}
