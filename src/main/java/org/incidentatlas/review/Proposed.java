package org.incidentatlas.review;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the extractor proposes from an article, as stored in {@code proposal.proposed}:
 * Jackson writes each record as the JSON object the review page reads, one property per
 * component, an unknown value as null. Tokens are lower case ({@code shooting},
 * {@code city}); the place is a gazetteer key, or null with the locality and the label
 * saying where.
 * <p>
 * Jackson reads them back from the column too ({@link #type(ProposalKind)}): a property
 * the record does not have (from an older proposal) is ignored, and one it lacks is null.
 */
sealed interface Proposed {

	@JsonIgnore
	ProposalKind kind();

	/** The place as the article named it. */
	String placeLabel();

	/** The passages that support the proposal; null in a stored proposal without any. */
	List<ProposalValues.Span> evidence();

	/** The record a proposal of this kind is stored as. */
	static Class<? extends Proposed> type(ProposalKind kind) {
		return switch (kind) {
			case INCIDENT -> Incident.class;
			case ENFORCEMENT -> Enforcement.class;
			case STATISTIC -> Statistic.class;
		};
	}

	/**
	 * A violent event; {@code subtype}, {@code target} and {@code timeOfDay} (tokens, and
	 * "night", "03:15" or "03h" for the time) are null when the text does not say.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Incident(String type, String date, String place, String countryCode, String locality, String street,
			String placeLabel, String precision, Integer killed, Integer injured, List<Integer> victimAges,
			String summary, Double confidence, List<ProposalValues.Span> evidence, String subtype, String target,
			String timeOfDay) implements Proposed {

		@Override
		public ProposalKind kind() {
			return ProposalKind.INCIDENT;
		}

	}

	/** A seizure, arrest, raid, trial, conviction or extradition. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Enforcement(String type, String date, String place, String countryCode, String locality, String street,
			String placeLabel, String precision, String summary, Double confidence,
			List<ProposalValues.Span> evidence) implements Proposed {

		@Override
		public ProposalKind kind() {
			return ProposalKind.ENFORCEMENT;
		}

	}

	/**
	 * A reported figure: a metric token, the value, its qualifier token and its period.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Statistic(String metric, BigDecimal value, String qualifier, String period, String place, String placeLabel,
			String countryCode, List<ProposalValues.Span> evidence) implements Proposed {

		@Override
		public ProposalKind kind() {
			return ProposalKind.STATISTIC;
		}

	}

}
