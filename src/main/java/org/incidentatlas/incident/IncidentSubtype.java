package org.incidentatlas.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of the type, as ACLED's sub-event types and the Dutch counts of explosions:
 * only explosions, arsons, shootings and threats have sub-types. Matches the CHECK lists
 * of {@code V41__incident_coding.sql}.
 */
public enum IncidentSubtype {

	GRENADE(IncidentType.EXPLOSION), EXPLOSIVE_DEVICE(IncidentType.EXPLOSION),
	/** A heavy firework (a "Cobra") used as a bomb. */
	FIREWORKS_BOMB(IncidentType.EXPLOSION),
	/** An explosion whose kind the sources do not give. */
	UNKNOWN(IncidentType.EXPLOSION), MOLOTOV(IncidentType.ARSON), VEHICLE_ARSON(IncidentType.ARSON),
	BUILDING_ARSON(IncidentType.ARSON), AT_PERSON(IncidentType.SHOOTING), AT_BUILDING(IncidentType.SHOOTING),
	AT_VEHICLE(IncidentType.SHOOTING), DEVICE_FOUND(IncidentType.THREAT), GRENADE_FOUND(IncidentType.THREAT),
	THREAT_AGAINST_PERSON(IncidentType.THREAT);

	private final IncidentType type;

	IncidentSubtype(IncidentType type) {
		this.type = type;
	}

	/** The one type this is a sub-type of. */
	public IncidentType type() {
		return type;
	}

	/** The lower-case token used in URLs, JSON and CSV: "fireworks_bomb". */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** JSON sends the token, in any case; a blank means not reported. */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static IncidentSubtype fromJson(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		// short: the problem's detail keeps only messages under 200 characters
		return fromToken(token).orElseThrow(() -> new IllegalArgumentException("'" + token
				+ "' is not a sub-type of explosion, arson, shooting or threat (grenade, molotov, at_person, ...)"));
	}

	public static Optional<IncidentSubtype> fromToken(String token) {
		String t = token.strip().replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst();
	}

	public static List<String> tokens() {
		return Arrays.stream(values()).map(IncidentSubtype::token).toList();
	}

	/** The sub-types of one type; empty for a type without any. */
	public static List<IncidentSubtype> of(IncidentType type) {
		return Arrays.stream(values()).filter(s -> s.type == type).toList();
	}

}
