package org.incidentatlas.review;

import java.util.List;
import java.util.Locale;

/**
 * What a proposal would become: an incident, an enforcement event (stored as an
 * incident), or a reported figure.
 */
public enum ProposalKind {

	INCIDENT(List.of("type", "date", "place", "countryCode", "locality", "street", "killed", "injured", "victimAges",
			"summary", "subtype", "target", "timeOfDay", "groups")),
	ENFORCEMENT(List.of("type", "date", "place", "countryCode", "locality", "street", "summary")),
	STATISTIC(List.of("metric", "value", "qualifier", "period", "place", "placeLabel", "countryCode"));

	private final List<String> fields;

	ProposalKind(List<String> fields) {
		this.fields = fields;
	}

	/** The fields an editor may correct before accepting. */
	public List<String> fields() {
		return fields;
	}

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
