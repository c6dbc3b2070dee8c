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

	/** The stored JSON read back as the review reads it, with no correction. */
	private ProposalValues readBack(Map<String, Object> stored, ProposalKind kind) {
		return new ProposalValues(json.readValue(json.writeValueAsString(stored), Proposed.type(kind)), Map.of());
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
		assertThat(readBack(incident, ProposalKind.INCIDENT).evidence())
			.containsExactly(new ProposalValues.Span(10, 42));
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
		assertThat(readBack(figure, ProposalKind.STATISTIC).text("value")).isEqualTo("92");
	}

	@Test
	void aProposalStoredBeforeTheRecordsLoadsWithOldPropertiesIgnoredAndMissingOnesEmpty() {
		Map<String, Object> old = new java.util.LinkedHashMap<>();
		old.put("type", "shooting");
		old.put("date", "2023-04");
		old.put("killed", "2");
		old.put("victimAges", List.of(11, 17));
		old.put("evidence", List.of(Map.of("start", 3, "end", 9)));
		old.put("extractorVersion", "0.9");
		ProposalValues values = readBack(old, ProposalKind.INCIDENT);
		assertThat(values.text("killed")).isEqualTo("2");
		assertThat(values.text("victimAges")).isEqualTo("11, 17");
		assertThat(values.text("subtype")).isNull();
		assertThat(values.text("extractorVersion")).as("not a property of a proposal").isNull();
		assertThat(values.evidence()).containsExactly(new ProposalValues.Span(3, 9));
		Map<String, Object> noEvidence = new java.util.LinkedHashMap<>(old);
		noEvidence.remove("evidence");
		assertThat(readBack(noEvidence, ProposalKind.INCIDENT).evidence()).isEmpty();
	}

	@Test
	void aCorrectionWinsOverTheExtractedValueEvenWhenItEmptiesTheField() {
		Proposed.Incident extracted = new Proposed.Incident("shooting", "2023-04", "be-antwerpen", "BE", null, null,
				"Antwerp", "city", 1, 2, List.of(), "Shooting in Antwerp.", 0.75, List.of(), null, null, null);
		Map<String, String> corrected = new java.util.HashMap<>();
		corrected.put("killed", null);
		corrected.put("injured", "3");
		ProposalValues values = new ProposalValues(extracted, corrected);
		assertThat(values.text("killed")).isNull();
		assertThat(values.text("injured")).isEqualTo("3");
		assertThat(values.text("date")).isEqualTo("2023-04");
		assertThat(values.merged()).containsEntry("injured", "3").containsEntry("placeLabel", "Antwerp");
	}

}
