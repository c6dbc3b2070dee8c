package org.incidentatlas.incident;

public enum VictimOutcome {

	KILLED, INJURED, UNHARMED, UNKNOWN;

	/**
	 * JSON sends "killed" as the incident JSON writes it, in any case; a blank is
	 * unknown.
	 */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static VictimOutcome fromJson(String token) {
		if (token == null || token.isBlank()) {
			return UNKNOWN;
		}
		for (VictimOutcome o : values()) {
			if (o.name().equalsIgnoreCase(token.strip())) {
				return o;
			}
		}
		throw new IllegalArgumentException(
				"'" + token + "' is not an outcome; use killed, injured, unharmed or unknown");
	}

}
