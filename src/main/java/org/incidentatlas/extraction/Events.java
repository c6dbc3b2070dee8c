package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/**
 * The event stage: attaches each trigger to its date, place and casualties, and lets a sentence
 * that continues the event of the sentence before add to it rather than start a new one.
 */
final class Events {

	private final Document doc;

	private final Proposals proposals;

	final List<Draft> incidents = new ArrayList<>();

	final List<Draft> enforcement = new ArrayList<>();

	Events(Document doc, Proposals proposals) {
		this.doc = doc;
		this.proposals = proposals;
	}

	void readViolence(int index) {
		Sentences.Sentence s = doc.sentence(index);
		Mentions.Hit hit = Mentions.strongestTrigger(doc.lexicon, s, doc.lexicon.violence, true);
		if (hit == null) {
			return;
		}
		IncidentType type = hit.type();
		if (type == IncidentType.HOMICIDE && doc.lexicon.collateral.in(s.text())) {
			type = IncidentType.SHOOTING;
		}
		Dates.Mention date = Mentions.chooseDate(doc.datesBySentence.get(index), hit.start());
		ExtractedPlace place = Mentions.placeOf(doc, index, hit.start(), true);
		Casualties.Count count = Casualties.read(s.text(), hit.outcome());
		Draft previous = incidents.isEmpty() ? null : incidents.get(incidents.size() - 1);
		if (previous != null && continues(previous, index, s, type, date, place)) {
			previous.absorb(s, index, date == null ? null : date.range(), place, count);
			return;
		}
		if (date == null && !place.isKnown()) {
			return; // no when, no where: a general remark, not an event
		}
		ExtractedPlace resolved = place.isKnown() ? place : doc.inherited(index);
		Draft draft = new Draft(type, date == null ? DateRange.unknown() : date.range(), resolved, index, s.story());
		draft.killed = count.killed();
		draft.injured = count.injured();
		draft.ages.addAll(count.ages());
		draft.evidence.add(Document.evidence(s));
		draft.dated = date != null;
		draft.placed = place.isKnown();
		draft.quoted = Mentions.quoted(s.text(), hit.start());
		incidents.add(draft);
	}

	private boolean continues(Draft previous, int index, Sentences.Sentence s, IncidentType type,
			Dates.Mention date, ExtractedPlace place) {
		if (index - previous.lastSentence > 2 || previous.story != s.story()
				|| type.family() != previous.type.family()) {
			return false;
		}
		if (date != null && !Proposals.overlaps(date.range(), previous.date)) {
			return false;
		}
		if (date != null && previous.date.isKnown()) {
			return false; // a new date starts a new event
		}
		return proposals.compatible(previous.place, place);
	}

	void readEnforcement(int index) {
		Sentences.Sentence s = doc.sentence(index);
		Mentions.Hit hit = Mentions.strongestTrigger(doc.lexicon, s, doc.lexicon.enforcement, false);
		if (hit == null) {
			return;
		}
		if (hit.type() == IncidentType.SEIZURE && !Lexicon.SEIZED_GOODS.in(s.text())) {
			return;
		}
		Dates.Mention date = Mentions.chooseDate(doc.datesBySentence.get(index), hit.start());
		ExtractedPlace place = Mentions.placeOf(doc, index, hit.start(), false);
		if (date == null && !place.isKnown()) {
			return;
		}
		ExtractedPlace resolved = place.isKnown() ? place : doc.inherited(index);
		if (date == null && resolved.country() == null) {
			return; // "Europe's most wanted": neither when nor in which country
		}
		Draft draft = new Draft(hit.type(), date == null ? DateRange.unknown() : date.range(), resolved, index, s.story());
		draft.evidence.add(Document.evidence(s));
		draft.dated = date != null;
		draft.placed = place.isKnown();
		enforcement.add(draft);
	}

}
