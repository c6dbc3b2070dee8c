package org.incidentatlas.incident;

public enum Gender {

	FEMALE, MALE, OTHER, UNKNOWN;

	/**
	 * JSON sends "female" as the incident JSON writes it, in any case; a blank is
	 * unknown.
	 */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static Gender fromJson(String token) {
		if (token == null || token.isBlank()) {
			return UNKNOWN;
		}
		for (Gender g : values()) {
			if (g.name().equalsIgnoreCase(token.strip())) {
				return g;
			}
		}
		throw new IllegalArgumentException("'" + token + "' is not a gender; use female, male, other or unknown");
	}

}
