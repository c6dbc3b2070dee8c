package org.incidentatlas.statistic;

import java.util.Locale;

/** What a reported figure counts. */
public enum Metric {

	SHOOTINGS, EXPLOSIONS, HOMICIDES, KIDNAPPINGS, KILLED, INJURED, ARRESTS, COCAINE_SEIZED_TONNES;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
