package org.incidentatlas.statistic;

import java.util.Locale;

/** What a reported figure counts. */
public enum Metric {

	SHOOTINGS, EXPLOSIONS, HOMICIDES, KIDNAPPINGS, KILLED, INJURED, ARRESTS, COCAINE_SEIZED_TONNES,
	/**
	 * A source's own tally of "violent incidents" or "acts of violence", of every kind
	 * together.
	 */
	VIOLENT_INCIDENTS,
	/** Incidents in which explosives were used to intimidate. */
	EXPLOSIVE_INTIMIDATION_INCIDENTS,
	/** People seriously injured. */
	INJURED_SERIOUS,
	/** Places the authorities identified as drug-dealing hotspots. */
	DRUG_HOTSPOTS,
	/** Targeted police operations. */
	POLICE_ACTIONS,
	/** Arrests ordered by a judge or prosecutor, as opposed to administrative arrests. */
	JUDICIAL_ARRESTS,
	/** Killings reported as underworld settlements of scores. */
	LIQUIDATIONS,
	/** Illegal drug laboratories found. */
	DRUG_LABS_FOUND;

	/**
	 * Whether the figure counts the authorities' work (arrests, seizures, operations)
	 * rather than violence: the two are never compared or shown in one comparison.
	 */
	public boolean isEnforcement() {
		return switch (this) {
			case ARRESTS, COCAINE_SEIZED_TONNES, DRUG_HOTSPOTS, POLICE_ACTIONS, JUDICIAL_ARRESTS, DRUG_LABS_FOUND ->
				true;
			default -> false;
		};
	}

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
