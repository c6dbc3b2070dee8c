package org.incidentatlas.review;

import java.util.Locale;

/**
 * Where a proposal stands. ACCEPTED made a new incident or statistic; MERGED made the
 * article a source of an existing one.
 */
public enum ProposalStatus {

	PENDING, ACCEPTED, MERGED, REJECTED;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
