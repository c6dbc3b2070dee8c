package org.incidentatlas.extraction;

import java.util.Set;

/**
 * The scope stage: what the atlas keeps. Violence in a country in scope (violence is its own
 * link to the atlas); enforcement only in a story about drugs or organised crime.
 */
final class Scope {

	private final Set<String> countries;

	Scope(Set<String> countries) {
		this.countries = countries;
	}

	boolean keepsIncident(Document doc, Draft d) {
		return d.place.country() == null || countries.contains(d.place.country());
	}

	boolean keepsEnforcement(Document doc, Draft d) {
		return doc.relevantStories.contains(d.story);
	}

}
