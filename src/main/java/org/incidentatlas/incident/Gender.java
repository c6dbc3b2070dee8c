package org.incidentatlas.incident;

public enum Gender {

	FEMALE, MALE, OTHER, UNKNOWN

}
