package org.incidentatlas.extraction;

import java.util.List;

/** Everything the extractor proposes for one article. */
public record Extraction(Language language, List<ProposedIncident> incidents, List<ProposedEnforcement> enforcement,
		List<ProposedStatistic> statistics) {

	public Extraction {
		incidents = List.copyOf(incidents);
		enforcement = List.copyOf(enforcement);
		statistics = List.copyOf(statistics);
	}

}
