package org.incidentatlas.extraction;

import java.util.List;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/** A seizure, arrest, raid, trial, conviction or extradition the article reports. */
public record ProposedEnforcement(IncidentType type, DateRange date, ExtractedPlace place, List<Evidence> evidence,
		double confidence) {

	public ProposedEnforcement {
		evidence = List.copyOf(evidence);
	}

}
