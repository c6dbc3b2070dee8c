package org.incidentatlas.incident;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What happened. Compare ACLED's event types: each incident has exactly one. */
public enum IncidentType {

	SHOOTING(IncidentFamily.VIOLENCE),
	/** Grenades and bombs included. */
	EXPLOSION(IncidentFamily.VIOLENCE), KIDNAPPING(IncidentFamily.VIOLENCE), HOMICIDE(IncidentFamily.VIOLENCE),
	/** Torture included. */
	ASSAULT(IncidentFamily.VIOLENCE), ARSON(IncidentFamily.VIOLENCE),
	/** Plots and intimidation. */
	THREAT(IncidentFamily.VIOLENCE), SEIZURE(IncidentFamily.ENFORCEMENT), ARREST(IncidentFamily.ENFORCEMENT),
	RAID(IncidentFamily.ENFORCEMENT), TRIAL(IncidentFamily.ENFORCEMENT), CONVICTION(IncidentFamily.ENFORCEMENT),
	EXTRADITION(IncidentFamily.ENFORCEMENT);

	private final IncidentFamily family;

	IncidentType(IncidentFamily family) {
		this.family = family;
	}

	public IncidentFamily family() {
		return family;
	}

	/** The lower-case token used in URLs, JSON and CSV. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** JSON sends the token, in any case: "shooting". */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static IncidentType fromJson(String token) {
		return fromToken(token)
			.orElseThrow(() -> new IllegalArgumentException("'" + token + "' is not an incident type"));
	}

	public static Optional<IncidentType> fromToken(String token) {
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(token.strip())).findFirst();
	}

	public static Set<IncidentType> of(IncidentFamily family) {
		Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
		Arrays.stream(values()).filter(t -> t.family == family).forEach(types::add);
		return types;
	}

}
