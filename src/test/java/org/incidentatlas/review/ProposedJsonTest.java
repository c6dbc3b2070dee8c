package org.incidentatlas.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal is stored as the JSON object the review page's script reads: the same
 * properties as before proposals were records, an unknown value written as null, and no
 * property of Java's own.
 */
class ProposedJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private Map<String, Object> written(Proposed proposed) {
		return json.readValue(json.writeValueAsString(proposed), new TypeReference<Map<String, Object>>() {
		});
	}

	@Test
	void anIncidentIsWrittenWithEveryFieldTheReviewPageReadsAndNullsForWhatIsUnknown() {
		Map<String, Object> incident = written(new Proposed.Incident("shooting", "2023-04", "be-antwerpen", "BE", null,
				null, "Antwerp", "city", 1, null, List.of(11, 17), "Shooting in Antwerp.", 0.75,
				List.of(new ProposalValues.Span(10, 42)), "at_building", null, "night"));
		assertThat(incident).containsOnlyKeys("type", "date", "place", "countryCode", "locality", "street",
				"placeLabel", "precision", "killed", "injured", "victimAges", "summary", "confidence", "evidence",
				"subtype", "target", "timeOfDay");
		assertThat(incident).containsEntry("subtype", "at_building")
			.containsEntry("target", null)
			.containsEntry("timeOfDay", "night");
		assertThat(incident).containsEntry("type", "shooting")
			.containsEntry("killed", 1)
			.containsEntry("injured", null)
			.containsEntry("locality", null)
			.containsEntry("victimAges", List.of(11, 17))
			.containsEntry("confidence", 0.75)
			.containsEntry("evidence", List.of(Map.of("start", 10, "end", 42)));
		// what ReviewDesk reads back from the stored JSON
		assertThat(ProposalValues.evidence(incident)).containsExactly(new ProposalValues.Span(10, 42));
	}

	@Test
	void anEnforcementEventHasNoTollAndAFigureHasItsOwnFields() {
		assertThat(written(new Proposed.Enforcement("seizure", null, null, null, "Rotterdam", null, "Rotterdam", "city",
				"Seizure in Rotterdam.", 0.5, List.of())))
			.containsOnlyKeys("type", "date", "place", "countryCode", "locality", "street", "placeLabel", "precision",
					"summary", "confidence", "evidence");
		Map<String, Object> figure = written(new Proposed.Statistic("shootings", new BigDecimal("92"), "exact", "2024",
				"be-brussels", "Brussels", "BE", List.of()));
		assertThat(figure).containsOnlyKeys("metric", "value", "qualifier", "period", "place", "placeLabel",
				"countryCode", "evidence");
		assertThat(ProposalValues.text(figure, "value")).isEqualTo("92");
	}

}
