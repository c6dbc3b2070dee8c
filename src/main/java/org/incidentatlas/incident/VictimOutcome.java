package org.incidentatlas.incident;

public enum VictimOutcome {

	KILLED, INJURED, UNHARMED, UNKNOWN

}
