package org.incidentatlas.extraction;

import java.util.Set;

import org.incidentatlas.incident.IncidentType;

/**
 * The scope stage: what the atlas keeps. Violence in a country in scope, told in a story
 * that links it to drugs or organised crime and does not deny the link; an explosion at a
 * home or a business needs no such words, for in Belgium and the Netherlands that is the
 * underworld's own signature. A story that says its killings were no settling of scores
 * keeps none of them, whatever else it says of drugs; on a page that puts its attacks
 * down to family, love or business quarrels (in any of its stories: a feature's "read
 * more" breaks do not end its theme) an explosion needs the link like any other attack.
 * Enforcement only in a story about drugs or organised crime.
 */
final class Scope {

	private final Set<String> countries;

	Scope(Set<String> countries) {
		this.countries = countries;
	}

	boolean keepsIncident(Document doc, Draft d) {
		return (d.place.country() == null || countries.contains(d.place.country()))
				&& (doc.relevantStories.contains(d.story) && !doc.deniedStories.contains(d.story)
						|| (d.type == IncidentType.EXPLOSION || shotAtProperty(doc, d))
								&& doc.otherMotiveStories.isEmpty());
	}

	/**
	 * Shots at a house, a shop or a car that killed nobody: the other signature of the
	 * underworld in these two countries.
	 */
	private static boolean shotAtProperty(Document doc, Draft d) {
		return d.type == IncidentType.SHOOTING && (d.killed == null || d.killed == 0)
				&& d.evidence.stream().anyMatch(e -> doc.lexicon.property.in(e.text()));
	}

	boolean keepsEnforcement(Document doc, Draft d) {
		return doc.relevantStories.contains(d.story);
	}

}
