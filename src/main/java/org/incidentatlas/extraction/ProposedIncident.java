package org.incidentatlas.extraction;

import java.util.List;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/**
 * A violent event the article reports, as the extractor reads it. Counts are null when
 * the text does not say.
 *
 * @param victimAges ages the text gives for victims ("an 11-year-old girl")
 * @param evidence every passage that mentions the event, in text order
 * @param confidence between 0 and 1: how sure the extractor is that this is a real,
 * single event
 * @param coding what the evidence says of the sub-type, the target and the time of day
 */
public record ProposedIncident(IncidentType type, DateRange date, ExtractedPlace place, Integer killed, Integer injured,
		List<Integer> victimAges, List<Evidence> evidence, double confidence, Coding.Hints coding) {

	public ProposedIncident {
		victimAges = List.copyOf(victimAges);
		evidence = List.copyOf(evidence);
		coding = coding == null ? Coding.Hints.NONE : coding;
	}

	public ProposedIncident(IncidentType type, DateRange date, ExtractedPlace place, Integer killed, Integer injured,
			List<Integer> victimAges, List<Evidence> evidence, double confidence) {
		this(type, date, place, killed, injured, victimAges, evidence, confidence, Coding.Hints.NONE);
	}

	/** The same proposal with these coding hints. */
	public ProposedIncident coded(Coding.Hints hints) {
		return new ProposedIncident(type, date, place, killed, injured, victimAges, evidence, confidence, hints);
	}

	/** The passages that tell of the event, joined in text order. */
	public String evidenceText() {
		return String.join(" ", evidence.stream().map(Evidence::text).toList());
	}

}
