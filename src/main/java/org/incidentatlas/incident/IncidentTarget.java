package org.incidentatlas.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What was hit or aimed at. Matches the CHECK list of {@code V41__incident_coding.sql}.
 */
public enum IncidentTarget {

	/** A dwelling: its door, facade or windows included. */
	HOME,
	/** A shop, café, restaurant, company or its premises. */
	BUSINESS, VEHICLE, PERSON,
	/** A town hall, police station, court or other public building. */
	PUBLIC_BUILDING;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	@com.fasterxml.jackson.annotation.JsonCreator
	public static IncidentTarget fromJson(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		return fromToken(token).orElseThrow(() -> new IllegalArgumentException(
				"'" + token + "' is not a target; use one of " + String.join(", ", tokens())));
	}

	public static Optional<IncidentTarget> fromToken(String token) {
		String t = token.strip().replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst();
	}

	public static List<String> tokens() {
		return Arrays.stream(values()).map(IncidentTarget::token).toList();
	}

}
