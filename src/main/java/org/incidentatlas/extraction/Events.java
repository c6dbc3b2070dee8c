package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/**
 * The event stage: attaches each trigger to its date, place and casualties, and lets a
 * sentence that continues the event of the sentence before add to it rather than start a
 * new one.
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

	/**
	 * The counted plurals met so far, by story and type: a second count of them refers
	 * back ("the other two explosions").
	 */
	private final java.util.Map<String, Integer> counted = new java.util.HashMap<>();

	void readViolence(int index) {
		Sentences.Sentence s = doc.sentence(index);
		if (Lexicon.TEASER.in(s.text())) {
			return;
		}
		Mentions.Hit hit = Mentions.strongestTrigger(doc.lexicon, s, doc.lexicon.violence, true);
		List<Counted> counts = counts(s);
		boolean tally = !counts.isEmpty() && Statistics.TALLY_CUE.in(s.text());
		if (aggregate(counts, tally) || !counts.isEmpty() && readEnumeration(index, s, hit, counts, tally)) {
			return;
		}
		if (hit == null) {
			if (!readAttack(index, s)) {
				readContext(index, s);
			}
			return;
		}
		if (doc.lexicon.habit.in(s.text()) && !namesItsDay(index)) {
			return; // "explosions at front doors are in the news almost daily"
		}
		Draft told = lastInStory(s.story());
		int skipped = 0;
		boolean inquiry = Lexicon.INQUIRY.in(before(s, hit)) || Lexicon.INQUIRY.in(head(s, hit));
		if (told != null
				&& (inquiry || Lexicon.BACK_REFERENCE.in(before(s, hit)) || Lexicon.BACK_REFERENCE.in(head(s, hit)))) {
			// "after the shooting, police set up a roadblock": the shooting told before;
			// "not long after the blast in Berchem, a second blast hit Deurne": a new one
			Mentions.Hit next = Mentions.strongestTrigger(doc.lexicon, s, doc.lexicon.violence, true, hit.end());
			if (next == null || !doc.lexicon.another.in(before(s, next))) {
				return;
			}
			skipped = next.start();
			hit = next;
		}
		if (ORDINAL.in(before(s, hit)) && SO_FAR.in(after(s, hit))) {
			// "the 27th explosion this year in Den Bosch": a tally of the events, and a
			// pointer to the one told before when there is one; an event of its own only
			// with a place finer than the city
			ExtractedPlace at = Mentions.placeOf(doc, index, hit.start(), true);
			Draft antecedent = antecedent(s, hit.type(), null, at);
			if (antecedent != null) {
				antecedent.absorb(s, index, null, at, doc.casualties.read(s.text(), hit.outcome()));
				antecedent.told = true;
				return;
			}
			if (!at.isKnown() || at.precision().ordinal() >= PlacePrecision.CITY.ordinal()) {
				return;
			}
		}
		boolean another = doc.lexicon.another.in(before(s, hit)) || doc.lexicon.similar.in(s.text());
		IncidentType type = hit.type();
		if (type == IncidentType.HOMICIDE && doc.lexicon.collateral.in(s.text())) {
			type = IncidentType.SHOOTING;
		}
		if (type == IncidentType.EXPLOSION && doc.lexicon.unexploded.in(s.text())) {
			type = IncidentType.THREAT;
		}
		if ((type == IncidentType.SHOOTING || type == IncidentType.ASSAULT)
				&& doc.lexicon.members.in(s.text().substring(0, hit.start()))) {
			type = IncidentType.HOMICIDE; // "three murders, including a reporter shot
											// dead"
		}
		Dates.Mention date = Mentions.chooseDate(doc.datesBySentence.get(index), hit.start(), s.text());
		ExtractedPlace place = Mentions.placeOf(doc, index, hit.start(), true, skipped);
		if (!place.isKnown() && skipped > 0) {
			place = Mentions.placeOf(doc, index, hit.start(), true);
		}
		Casualties.Count count = doc.casualties.read(s.text(), victimsTold(s, hit));
		if (!another && !NAMING.in(s.text().substring(hit.start(), Math.min(s.text().length(), hit.end() + 5)))
				&& (doc.lexicon.definite.in(before(s, hit)) || doc.lexicon.definite.in(head(s, hit)))) {
			Draft antecedent = antecedent(s, type, date, place);
			if (antecedent != null) {
				// "the blast damaged the front door": the event told before, not a new
				// one
				antecedent.absorb(s, index, date == null ? null : date.range(), place, count);
				antecedent.told = true;
				antecedent.type = refined(antecedent.type, type);
				return;
			}
		}
		Draft previous = incidents.isEmpty() ? null : incidents.get(incidents.size() - 1);
		if (previous != null && !another && continues(previous, index, s, type, date, place)) {
			int last = previous.lastSentence;
			previous = member(previous, place, index, s.text());
			previous.absorb(s, index, date == null ? null : date.range(), place, count);
			previous.told = true;
			for (Draft d : incidents) {
				if (previous.enumeration != 0 && d.enumeration == previous.enumeration) {
					d.lastSentence = Math.max(d.lastSentence, Math.max(last, index));
				}
			}
			previous.type = refined(previous.type, type);
			if (previous.type == IncidentType.EXPLOSION && doc.lexicon.unexploded.in(s.text())) {
				previous.type = IncidentType.THREAT; // "The device was thrown into a
														// house but did not explode."
			}
			return;
		}
		if (type == IncidentType.KIDNAPPING && RELEASED.in(s.text())) {
			Draft taken = lastOfType(s.story(), IncidentType.KIDNAPPING);
			if (taken != null) {
				// "held for 42 days and released on Sunday": the kidnapping told before
				taken.evidence.add(Document.evidence(s));
				taken.lastSentence = index;
				taken.told = true;
				return;
			}
		}
		if (date == null && !place.isKnown() && !another) {
			int lead = leadContext(index, s);
			if (lead >= 0) {
				// "It happened on Wednesday 18 January. ... The man was pushed into a
				// van.":
				// the when and where told just before, in sentences with no event of
				// their own
				List<Dates.Mention> dates = doc.datesBySentence.get(lead);
				date = dates.isEmpty() ? null : dates.get(0);
				place = Mentions.placeOf(doc, lead, 0, true);
			}
		}
		if (date == null && !place.isKnown()) {
			// no when, no where: a general remark, not an event; a second weapon of the
			// attack just told ("then they threw a Molotov cocktail"); or the victim of
			// the
			// event told ("he fired twice, and one of the victims was hit in the leg")
			if (!readSameAttack(index, s, type, hit.start(), count) && previous != null && !another) {
				tellsOfTheVictim(index, s, previous);
			}
			return;
		}

		ExtractedPlace resolved = place.isKnown() ? place : doc.inherited(index);
		Draft draft = new Draft(type, date == null ? olderYear(s) : date.range(), resolved, index, s.story());
		draft.killed = count.killed();
		draft.injured = count.injured();
		draft.injuredByWording = count.injuredByWording();
		draft.ages.addAll(count.ages());
		draft.evidence.add(Document.evidence(s));
		draft.datedBy(date);
		draft.placed = place.isKnown();
		draft.quoted = Mentions.quoted(s.text(), hit.start());
		draft.another = another;
		draft.also = ALSO.in(s.text());
		draft.ago = AGO.in(s.text());
		draft.reference = inquiry;
		incidents.add(draft);
		readSecond(index, s, hit, draft);
	}

	/**
	 * The date of an undated event that the sentence tells as another, older one ("Also
	 * in Zuilen criminals shot at the wrong car"): the year of the event told before it
	 * in the story, not the publication date; unknown otherwise.
	 */

	private DateRange olderYear(Sentences.Sentence s) {
		Draft told = lastInStory(s.story());
		if (told == null || !told.date.isKnown() || !ALSO.in(s.text()) && !TOO.in(s.text())
				|| told.date.from().getYear() != told.date.to().getYear()) {
			return DateRange.unknown();
		}
		return DateRange.year(told.date.from().getYear());
	}

	/** Being set free: the end of a kidnapping told before, not a new one. */
	private static final Scan RELEASED = Scan
		.of("(?iu)\\b(?:released|freed|set free|vrijgelaten|vrijgekomen|bevrijd|losgelaten|libérée?|relâchée?|remise? en liberté)\\b");

	private Draft lastOfType(int story, IncidentType type) {
		for (int i = incidents.size() - 1; i >= 0; i--) {
			Draft d = incidents.get(i);
			if (d.story != story) {
				return null;
			}
			if (d.type == type) {
				return d;
			}
		}
		return null;
	}

	/**
	 * The sentence just before (at most two back, in the same story) that tells a date or
	 * a place and belongs to no event told, or -1.
	 */
	private int leadContext(int index, Sentences.Sentence s) {
		Draft last = lastInStory(s.story());
		if (last != null) {
			return -1;
		}
		for (int j = index - 1; j >= 0 && j >= index - 2; j--) {
			Sentences.Sentence before = doc.sentence(j);
			if (before.story() != s.story() || before.caption() || last != null && last.lastSentence >= j) {
				return -1;
			}
			if (!doc.datesBySentence.get(j).isEmpty() || Mentions.placeOf(doc, j, 0, true).isKnown()) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * How many sentences after an event a likeness ("a similar attack") still refers to
	 * it.
	 */
	private static final int SIMILAR_REACH = 3;

	/** How many sentences on the kind of an attack told by a generic noun may be said. */
	private static final int KIND_REACH = 2;

	/**
	 * An event told without a trigger of its own: by a generic noun ("The attack on a
	 * house in Berchem took place at 1 a.m. The blast ..."), typed by the trigger of the
	 * sentences just after it, or by likeness to the event just told ("a similar attack
	 * hit Deurne", "hetzelfde gebeurde op 4 september", "la même chose à Mortsel"), a new
	 * event of its kind. It needs a date or a place of its own.
	 */
	private boolean readAttack(int index, Sentences.Sentence s) {
		if (s.caption() || Lexicon.FOILED.in(s.text())) {
			return false;
		}
		String text = s.text();
		Scan.Matches noun = doc.lexicon.attack.matches(text);
		boolean named = noun.next();
		boolean similar = doc.lexicon.similar.in(text);
		if (!named && !similar) {
			return false;
		}
		int at = named ? noun.start() : 0;
		String before = text.substring(Math.max(0, at - 60), at);
		if (named && (doc.lexicon.negationOrModal.in(before) || doc.lexicon.generic.in(before)
				|| doc.lexicon.plot.in(before) || doc.lexicon.courtLanguage.in(text.substring(0, at)))) {
			return false;
		}
		Draft told = lastInStory(s.story());
		IncidentType type;
		if (similar) {
			if (told == null || index - told.lastSentence > SIMILAR_REACH) {
				return false;
			}
			type = told.type;
		}
		else {
			if (told != null && (doc.lexicon.definite.in(text.substring(Math.max(0, at - 30), at))
					|| Lexicon.BACK_REFERENCE.in(text.substring(Math.max(0, at - 30), at)))) {
				return false; // "the attack" after an event: that event
			}
			type = kindAfter(index, s.story());
			if (type == null) {
				return false;
			}
		}
		Dates.Mention date = Mentions.chooseDate(doc.datesBySentence.get(index), at, text);
		ExtractedPlace place = Mentions.placeOf(doc, index, at, true);
		if (date == null && !place.isKnown()) {
			return false;
		}
		ExtractedPlace resolved = place.isKnown() ? place : doc.inherited(index);
		Draft draft = new Draft(type, date == null ? DateRange.unknown() : date.range(), resolved, index, s.story());
		Casualties.Count count = doc.casualties.read(text, Lexicon.Outcome.NONE);
		draft.killed = count.killed();
		draft.injured = count.injured();
		draft.ages.addAll(count.ages());
		draft.evidence.add(Document.evidence(s));
		draft.datedBy(date);
		draft.placed = place.isKnown();
		draft.quoted = Mentions.quoted(text, at);
		draft.another = similar;
		draft.also = ALSO.in(text);
		incidents.add(draft);
		return true;
	}

	/** The kind of violence the next sentences of the story name, or null. */
	private IncidentType kindAfter(int index, int story) {
		for (int i = index + 1; i < doc.size() && i <= index + KIND_REACH; i++) {
			Sentences.Sentence next = doc.sentence(i);
			if (next.story() != story) {
				return null;
			}
			if (next.caption()) {
				continue;
			}
			Mentions.Hit hit = Mentions.strongestTrigger(doc.lexicon, next, doc.lexicon.violence, true);
			if (hit != null) {
				// "... in the blast": the attack told before; a trigger of its own tells
				// its own event
				return doc.lexicon.definite.in(before(next, hit)) || doc.lexicon.definite.in(head(next, hit))
						? hit.type() : null;
			}
		}
		return null;
	}

	/**
	 * "Then they threw a Molotov cocktail at the house": a trigger of another kind just
	 * after an event, with no date or place of its own, is a second event of the same
	 * attack, on its date and at its place. A threat or an assault is part of the event
	 * told.
	 */
	private boolean readSameAttack(int index, Sentences.Sentence s, IncidentType type, int at, Casualties.Count count) {
		Draft previous = lastInStory(s.story());
		if (previous == null || index - previous.lastSentence > 2 || compatible(previous.type, type)
				|| !doc.lexicon.sequel.in(s.text()) || Mentions.quoted(s.text(), at)
				|| previous.type == IncidentType.KIDNAPPING
				|| type != IncidentType.ARSON && type != IncidentType.EXPLOSION && type != IncidentType.SHOOTING) {
			return false;
		}
		Draft draft = new Draft(type, previous.date, previous.place, index, s.story());
		draft.killed = count.killed();
		draft.injured = count.injured();
		draft.evidence.add(Document.evidence(s));
		draft.dated = previous.dated;
		draft.placed = false;
		draft.another = true;
		incidents.add(draft);
		return true;
	}

	/** Where the last joint between two clauses in {@code [from, to)} stands. */
	private static int joint(String text, int from, int to) {
		int at = from;
		Scan.Matches m = JOINED.matches(text);
		while (m.next() && m.start() < to) {
			at = m.start() >= from ? m.start() : at;
		}
		return at;
	}

	/**
	 * Between two clauses that tell two events: "and", "while", "en", "et", a semicolon.
	 */
	private static final Scan JOINED = Scan
		.of("(?iu)(?:\\b(?:and|while|whereas|en|terwijl|et|tandis que|alors que)\\b|[;,])");

	/**
	 * "Shots were fired at a house in Deurne and a grenade exploded in Berchem": a second
	 * trigger in a clause of its own with a place of its own that the first event's place
	 * does not hold is a second event, on the same date.
	 */
	private void readSecond(int index, Sentences.Sentence s, Mentions.Hit first, Draft draft) {
		Mentions.Hit next = Mentions.strongestTrigger(doc.lexicon, s, doc.lexicon.violence, true, first.end());
		boolean earlier = false;
		if (next == null || !JOINED.in(s.text().substring(first.end(), next.start()))) {
			// the sentence's strongest trigger may be the second clause's: "a house was
			// shot at on the Persoonsdam, the next night shots were fired on the ..."
			next = Mentions.strongestTrigger(doc.lexicon, s, doc.lexicon.violence, true, 0, first.start());
			if (next == null || next.end() > first.start()
					|| !JOINED.in(s.text().substring(next.end(), first.start()))) {
				return;
			}
			earlier = true;
		}
		if (Lexicon.BACK_REFERENCE.in(before(s, next)) || doc.lexicon.definite.in(before(s, next))) {
			return;
		}
		ExtractedPlace place = earlier ? Mentions.placeOf(doc, index, next.start(), true)
				: Mentions.placeOf(doc, index, next.start(), true, next.start());
		if (draft.place.city() != null && (!place.isKnown() || draft.place.city().equals(place.city()))) {
			// "a house on the Persoonsdam was shot at, the next night shots on the
			// Varkenoordseweg": a street of its own in each clause, in the same city
			int joint = joint(s.text(), Math.min(first.end(), next.end()), Math.max(first.start(), next.start()));
			int length = s.text().length();
			Places.Street mine = Mentions.nearestStreet(doc, s, first.start(), earlier ? joint : 0,
					earlier ? length : joint);
			Places.Street theirs = Mentions.nearestStreet(doc, s, next.start(), earlier ? 0 : joint,
					earlier ? joint : length);
			if (mine != null && theirs != null && !mine.name().equalsIgnoreCase(theirs.name())) {
				draft.place = Mentions.onStreet(draft.place, mine.name());
				place = Mentions.onStreet(place.isKnown() ? place : draft.place, theirs.name());
			}
		}
		if (!place.isKnown() || !draft.place.isKnown() || proposals.compatible(draft.place, place)) {
			return;
		}
		Draft second = new Draft(next.type(), draft.date, place, index, s.story());
		second.evidence.add(Document.evidence(s));
		second.dated = draft.dated;
		second.placed = true;
		second.another = true;
		incidents.add(second);
	}

	/**
	 * A trigger that names its victim or its time ("the murder of Tijn", "de moord op",
	 * "l'assassinat de"): a name for an event, maybe a new one, not a pointer back.
	 */
	private static final Scan NAMING = Scan
		.of("(?iu)[\\s\\u00a0](?:of|op|van|de|du|des)[\\s\\u00a0]|[\\s\\u00a0]d['’]");

	/** Just before a trigger: an ordinal, "the 27th", "de vijftigste", "la troisième". */
	private static final Scan ORDINAL = Scan
		.of("(?iu)(?:\\b\\d+(?:st|nd|rd|th|e|ste|de|ème|eme)|\\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|fiftieth|hundredth"
				+ "|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|twintigste|vijftigste|honderdste"
				+ "|deuxième|troisième|quatrième|cinquième|sixième|dixième|vingtième|cinquantième|centième)|\\w+(?:tigste|ième))\\s+(?:\\S+\\s+)?$");

	/**
	 * Just after a trigger: the period a tally counts over, "this year", "sinds januari".
	 */
	private static final Scan SO_FAR = Scan
		.of("(?iu)\\b(?:this (?:year|month|week)|so far|since|in (?:\\S+ ){0,2}(?:days|weeks|months)|dit jaar|deze maand|deze week|sinds|tot nu|al|in (?:\\S+ ){0,2}(?:dagen|weken|maanden)"
				+ "|cette année|ce mois|cette semaine|depuis|en (?:\\S+ ){0,2}(?:jours|semaines|mois))\\b");

	private static String after(Sentences.Sentence s, Mentions.Hit hit) {
		return s.text().substring(hit.end(), Math.min(s.text().length(), hit.end() + 40));
	}

	/** The 30 characters before a trigger, where its determiner stands. */
	private static String before(Sentences.Sentence s, Mentions.Hit hit) {
		return s.text().substring(Math.max(0, hit.start() - 30), hit.start());
	}

	/**
	 * The text before a trigger with the trigger's first word, when the trigger starts
	 * with its article ("the shooting"); otherwise the text before it.
	 */
	private static String head(Sentences.Sentence s, Mentions.Hit hit) {
		int space = s.text().indexOf(' ', hit.start());
		if (space < 0 || space >= hit.end()) {
			return before(s, hit);
		}
		return s.text().substring(Math.max(0, hit.start() - 30), space + 1);
	}

	/** How many events back a definite mention may point. */
	private static final int ANTECEDENT_REACH = 20;

	/**
	 * The event a definite mention ("the explosion", "die schietpartij", "cette
	 * fusillade") points back to: the latest of the story whose type, date and place
	 * agree, or null.
	 */
	private Draft antecedent(Sentences.Sentence s, IncidentType type, Dates.Mention date, ExtractedPlace place) {
		for (int i = incidents.size() - 1; i >= 0 && i >= incidents.size() - ANTECEDENT_REACH; i--) {
			Draft d = incidents.get(i);
			if (d.story != s.story()) {
				return null;
			}
			if (d.enumeration == 0 && compatible(d.type, type)
					&& (date == null || Proposals.overlaps(date.range(), d.date) && !date.otherDaysThan(d.weekdays))
					&& !(date != null && !d.date.isKnown() && older(date))
					&& (proposals.compatible(d.place, place) || sameDistrict(d.place, place))) {
				return d;
			}
		}
		return null;
	}

	/**
	 * Two places in one district ("the clan of Peterbos" after a shooting at Clemenceau
	 * station, both in Anderlecht): close enough for "this shooting" to point back.
	 */
	private static boolean sameDistrict(ExtractedPlace a, ExtractedPlace b) {
		return a.district() != null && a.district().equals(b.district()) && a.city() != null
				&& a.city().equals(b.city());
	}

	/** Whether the sentence gives a day or a week of its own. */
	private boolean namesItsDay(int index) {
		for (Dates.Mention d : doc.datesBySentence.get(index)) {
			if (!d.anaphoric() && d.range().precision().ordinal() <= DatePrecision.WEEK.ordinal()) {
				return true;
			}
		}
		return false;
	}

	private Draft lastInStory(int story) {
		Draft last = incidents.isEmpty() ? null : incidents.get(incidents.size() - 1);
		return last != null && last.story == story ? last : null;
	}

	/**
	 * A number before a counted noun: "three homes" at {@code [start, end)} of the
	 * sentence.
	 */
	private record Counted(Double n, String noun, int start, int end) {
	}

	/** The counted nouns of a sentence, found once for both uses. */
	private List<Counted> counts(Sentences.Sentence s) {
		List<Counted> counts = new ArrayList<>(0);
		Scan.Matches m = doc.lexicon.enumeration.matches(s.lower());
		while (m.next()) {
			if (s.start() + m.start() >= doc.markerEnd) { // "date 2023-05 Explosies ...":
															// no five
				counts.add(new Counted(Numbers.parse(m.group(1)), m.group(2), m.start(), m.end()));
			}
		}
		return counts;
	}

	/**
	 * "89 shootings", "62 explosions this year": a tally, which the statistics stage
	 * reads; no event of its own.
	 */
	private boolean aggregate(List<Counted> counts, boolean tally) {
		for (Counted c : counts) {
			boolean events = doc.lexicon.enumeratedType(c.noun()) != null || GENERIC.in(c.noun());
			if (c.n() != null && events && (c.n() > MOST_COUNTED || tally && c.n() >= 2)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Also", "already", "earlier": a sentence that tells another, older event of the
	 * same kind.
	 */
	private static final Scan ALSO = Scan
		.of("(?iu)\\b(?:also|already|earlier|previously|ook al|al eens|eerder|vroeger|eveneens|déjà|aussi|auparavant|précédemment)\\b");

	/**
	 * A time counted back from the story's own ("two weeks ago", "een maand geleden", "il
	 * y a quelques jours"): an older event than the one just told.
	 */
	private static final Scan AGO = Scan.of("(?iu)\\b(?:ago|geleden|il y a)\\b"
			+ "|\\b(?:a|an|one|two|three|four|\\d+|een|één|twee|drie|vier|une?|deux|trois|quatre)"
			+ " (?:days?|weeks?|months?|dagen|dag|weken|week|maanden|maand|jours?|semaines?|mois)"
			+ " (?:earlier|before|eerder|daarvoor|ervoor|voordien|plus tôt|auparavant)\\b");

	/** Whether a date lies before the fresh news of the story (its last two weeks). */
	private boolean older(Dates.Mention date) {
		return doc.published.isKnown() && date.range().isKnown()
				&& date.range().to().isBefore(doc.published.from().minusDays(FRESH_DAYS));
	}

	/** "Too": "ook in Zuilen", "à Deurne aussi". */
	private static final Scan TOO = Scan.of("(?iu)\\b(?:too|ook|aussi|également)\\b");

	/**
	 * How long before publication an event may be and still be the fresh news a lead
	 * tells.
	 */
	private static final int FRESH_DAYS = 14;

	/** How many sentences back a "nobody was hurt" reaches. */
	private static final int NOBODY_HURT_REACH = 6;

	/**
	 * How many sentences on "the victim" still speaks of the last event of the story.
	 */
	private static final int VICTIM_REACH = 10;

	/** Counted nouns that name events of any type: "two incidents", "deux faits". */
	private static final Scan GENERIC = Scan.of("(?iu)^(?:incident|attack|aanval|feit|attaque|fait)");

	/** Explicit counts worth as many events: two to nine, outside a tally. */
	private static final int MOST_COUNTED = 9;

	/**
	 * "Two grenade attacks in March 2018", "drie woningen werden beschoten": an explicit
	 * count of separate attacks or targets is that many incidents. A tally ("62 shootings
	 * this year") is not.
	 */
	private boolean readEnumeration(int index, Sentences.Sentence s, Mentions.Hit hit, List<Counted> counts,
			boolean tally) {
		if (s.caption() || tally || Lexicon.FOILED.in(s.text())) {
			return false;
		}
		for (Counted m : counts) {
			Double n = m.n();
			if (n == null || n < 2 || n > MOST_COUNTED || n != Math.floor(n)) {
				continue;
			}
			if (doc.lexicon.courtLanguage.in(s.text().substring(0, m.start()))) {
				continue; // "suspected of involvement in three shootings": a charge
			}
			IncidentType type = doc.lexicon.enumeratedType(m.noun());
			boolean generic = GENERIC.in(m.noun());
			if (type == null && generic) {
				// "two incidents with home-made firework bombs that went off": the
				// sentence's trigger says what
				if (hit == null && index + 1 < doc.size() && doc.sentence(index + 1).story() == s.story()) {
					// "two incidents in Alblasserdam. In both, police suspect arson."
					Mentions.Hit next = Mentions.strongestTrigger(doc.lexicon, doc.sentence(index + 1),
							doc.lexicon.violence, true);
					type = next == null ? null : next.type();
				}
				else if (hit != null && Math.abs(hit.start() - m.end()) <= 80) {
					type = hit.type();
				}
				if (type == null) {
					continue;
				}
			}
			else if (type == null) {
				// a target counts when the sentence attacks it: "three homes were shot
				// at", not "the grenade damaged five houses"
				if (hit == null || hit.type() != IncidentType.SHOOTING && hit.type() != IncidentType.ARSON
						|| Math.abs(hit.start() - m.end()) > 60) {
					continue;
				}
				type = hit.type();
			}
			if (type == IncidentType.EXPLOSION && doc.lexicon.unexploded.in(s.text())) {
				type = IncidentType.THREAT;
			}
			String key = s.story() + "|" + type;
			Integer before = counted.get(key);
			if (before != null && before >= n) {
				if (before == n.intValue()) {
					retold(index, s, type, m.start());
				}
				return true; // "the other two explosions": told already
			}
			counted.put(key, n.intValue());
			Dates.Mention date = Mentions.chooseDate(doc.datesBySentence.get(index), m.start());
			ExtractedPlace place = Mentions.placeOf(doc, index, m.start(), true);
			ExtractedPlace resolved = place.isKnown() ? place : doc.inherited(index);
			Casualties.Count count = doc.casualties.read(s.text(), Lexicon.Outcome.NONE);
			int group = index + 1;
			for (int i = 0; i < n; i++) {
				Draft draft = new Draft(type, date == null ? DateRange.unknown() : date.range(), resolved, index,
						s.story());
				draft.enumeration = group;
				draft.ago = AGO.in(s.text());
				draft.evidence.add(Document.evidence(s));
				draft.dated = date != null;
				draft.placed = place.isKnown();
				boolean nobody = Integer.valueOf(0).equals(count.injured())
						&& Integer.valueOf(0).equals(count.killed());
				draft.killed = nobody ? 0 : null;
				draft.injured = nobody ? 0 : null;
				incidents.add(draft);
			}
			return true;
		}
		return false;
	}

	/**
	 * The same count told again, the headline's "three homes shot at" in the body with
	 * its night and district: the counted events take the when, and the where when the
	 * sentence names one place only.
	 */
	private void retold(int index, Sentences.Sentence s, IncidentType type, int at) {
		Dates.Mention date = Mentions.chooseDate(doc.datesBySentence.get(index), at);
		ExtractedPlace place = doc.placesBySentence.get(index).size() == 1 ? Mentions.placeOf(doc, index, at, true)
				: ExtractedPlace.UNKNOWN;
		Casualties.Count none = doc.casualties.read("", Lexicon.Outcome.NONE);
		for (Draft d : incidents) {
			if (d.enumeration != 0 && d.story == s.story() && d.type == type && d.lastSentence < index
					&& (!place.isKnown() || proposals.compatible(d.place, place))) {
				d.absorb(s, index, date == null || d.date.isKnown() ? null : date.range(), place, none);
			}
		}
	}

	/**
	 * A sentence with no trigger of its own that follows an event may still tell its
	 * when, where and who: "Police received reports of bangs shortly before 10 p.m. on
	 * Tuesday."
	 */
	private void readContext(int index, Sentences.Sentence s) {
		Draft previous = incidents.isEmpty() ? null : incidents.get(incidents.size() - 1);
		if (previous == null || previous.story != s.story() || s.caption()) {
			return;
		}
		if (doc.lexicon.unexploded.in(s.text())) {
			// "A device landed in a home without going off": the lead's blast
			// was a threat
			incidents.stream()
				.filter(d -> d.story == s.story() && d.enumeration == 0 && d.type == IncidentType.EXPLOSION)
				.findFirst()
				.ifPresent(d -> d.type = IncidentType.THREAT);
		}
		boolean nobodyHurt = doc.casualties.nobodyHurt(s.text());
		if (nobodyHurt) {
			for (Draft d : unhurt(index, s.story())) {
				if (d.killed == null && d.injured == null) {
					d.killed = 0;
					d.injured = 0;
				}
			}
		}
		if (index - previous.lastSentence > 2) {
			tellsOfTheVictim(index, s, previous);
			return;
		}
		ExtractedPlace place = Mentions.placeOf(doc, index, 0, true);
		previous = member(previous, place, index, s.text());
		List<Dates.Mention> dates = doc.datesBySentence.get(index);
		Dates.Mention date = dates.stream().findFirst().orElse(null);
		boolean told = false;
		if (date != null && !previous.date.isKnown()) {
			previous.date = date.range();
			previous.dated = true;
			told = true;
		}
		if (place.isKnown() && proposals.compatible(previous.place, place)
				&& (!previous.place.isKnown() || place.precision().ordinal() < previous.place.precision().ordinal())) {
			previous.refinePlace(place);
			told = true;
		}
		// "nobody was hurt" was given above to the events it speaks of
		// "this year there were already seven dead": a tally, not the event's victims
		Casualties.Count count = nobodyHurt || Statistics.TALLY_CUE.in(s.text()) ? Casualties.Count.NONE
				: doc.casualties.read(s.text(), Lexicon.Outcome.NONE);
		if (previous.killed == null && count.killed() != null || previous.injured == null && count.injured() != null) {
			previous.killed = previous.killed != null ? previous.killed : count.killed();
			previous.injured = previous.injured != null ? previous.injured : count.injured();
			told = true;
		}
		if (told) {
			previous.evidence.add(Document.evidence(s));
			previous.lastSentence = index;
			previous.told = true;
		}
	}

	/**
	 * What the trigger tells of its victims. A death word in the plural ("liquidaties in
	 * Breukelen", "des assassinats", "the killings") says that people died, not how many:
	 * it gives no count, unless the sentence gives one.
	 */
	static Lexicon.Outcome victimsTold(Sentences.Sentence s, Mentions.Hit hit) {
		if (hit.outcome() != Lexicon.Outcome.KILLED) {
			return hit.outcome();
		}
		String text = s.text();
		int start = hit.end();
		while (start > hit.start() && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		int end = hit.end();
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		String word = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
		// a plural noun, not a participle ("abattus", "exécutés"): those tell their
		// victims
		boolean pluralNoun = word.length() >= 7 && word.endsWith("s") && !word.endsWith("és") && !word.endsWith("us")
				&& !word.endsWith("is") && !word.endsWith("ss");
		return pluralNoun ? Lexicon.Outcome.NONE : hit.outcome();
	}

	/**
	 * "The victim was taken to hospital.", "one of the victims was hit in the calf": the
	 * last event's victim, a few sentences on.
	 */
	private void tellsOfTheVictim(int index, Sentences.Sentence s, Draft previous) {
		if (previous.story != s.story() || index - previous.lastSentence > VICTIM_REACH
				|| !doc.casualties.namesTheVictim(s.text())) {
			return;
		}
		Casualties.Count count = doc.casualties.read(s.text(), Lexicon.Outcome.NONE);
		// a killing has its dead: "the victim survived" speaks of another event
		Integer killed = previous.type == IncidentType.HOMICIDE && Integer.valueOf(0).equals(count.killed()) ? null
				: count.killed();
		if (previous.killed == null && killed != null || previous.injured == null && count.injured() != null) {
			previous.killed = previous.killed != null ? previous.killed : killed;
			previous.injured = previous.injured != null ? previous.injured : count.injured();
			previous.evidence.add(Document.evidence(s));
		}
	}

	/**
	 * The events a "No one was hurt." speaks of: the one just told, or every member of
	 * the counted group just told ("two explosions shook the city; nobody was hurt"). A
	 * group counted after an event of the story recalls older events ("there had already
	 * been two explosions"): the sentence speaks of that event, not of them.
	 */
	private List<Draft> unhurt(int index, int story) {
		Draft nearest = null;
		for (Draft d : incidents) {
			if (d.story == story && index - d.lastSentence <= NOBODY_HURT_REACH
					&& (nearest == null || d.lastSentence >= nearest.lastSentence)) {
				nearest = d;
			}
		}
		if (nearest == null || nearest.enumeration == 0) {
			return nearest == null ? List.of() : List.of(nearest);
		}
		int group = nearest.enumeration;
		List<Draft> members = new ArrayList<>();
		Draft before = null;
		for (Draft d : incidents) {
			if (d.enumeration == group) {
				members.add(d);
			}
			else if (members.isEmpty() && d.story == story && d.enumeration == 0
					&& index - d.lastSentence <= NOBODY_HURT_REACH) {
				before = d;
			}
		}
		return before != null ? List.of(before) : members;
	}

	/**
	 * Of a counted group ("two explosions"), the member a following sentence tells of:
	 * the first not yet told whose place agrees ("The first was in Deurne. The other,
	 * under a car in Borgerhout.").
	 */
	/**
	 * The next of a counted group being told: "the second", "de andere", "l'autre".
	 */
	private static final Scan NEXT_MEMBER = Scan
		.of("(?iu)\\b(?:the (?:second|third|other|last)|de (?:tweede|derde|andere|laatste)"
				+ "|het (?:tweede|derde|andere|laatste)|la (?:deuxième|seconde|troisième|dernière)"
				+ "|le (?:deuxième|second|troisième|dernier)|l['’]autre)\\b");

	/**
	 * Which member of a counted group a sentence goes on telling: the one told in the
	 * sentence just before ("The first was in Hoboken. A snack bar was set on fire."),
	 * unless it turns to the next ("The second ..."); else the first not yet told.
	 */
	private Draft member(Draft last, ExtractedPlace place, int index, String sentence) {
		if (last.enumeration == 0) {
			return last;
		}
		if (!NEXT_MEMBER.in(sentence)) {
			for (Draft d : incidents) {
				if (d.enumeration == last.enumeration && d.told && d.lastSentence == index - 1
						&& proposals.compatible(d.place, place)) {
					return d;
				}
			}
		}
		for (Draft d : incidents) {
			if (d.enumeration == last.enumeration && !d.told && proposals.compatible(d.place, place)) {
				return d;
			}
		}
		return last;
	}

	private boolean continues(Draft previous, int index, Sentences.Sentence s, IncidentType type, Dates.Mention date,
			ExtractedPlace place) {
		if (index - previous.lastSentence > 2 || previous.story != s.story() || !compatible(previous.type, type)) {
			return false;
		}
		if (date != null
				&& (!Proposals.overlaps(date.range(), previous.date) || date.otherDaysThan(previous.weekdays))) {
			return false;
		}
		if (date != null && previous.date.isKnown()) {
			return false; // a new date starts a new event
		}
		if (date != null && !previous.date.isKnown() && doc.published.isKnown() && (ALSO.in(s.text()) || older(date))) {
			return false; // the lead's undated event is fresh news; "in January, too" is
							// an older one
		}
		if (AGO.in(s.text())) {
			return false; // "two weeks ago there was an explosion at the same house": an
							// older event at the same target
		}
		return proposals.compatible(previous.place, place);
	}

	/**
	 * Two mentions may tell one event: the same type, a murder whose method the next
	 * sentence names, a blast that was a firebomb.
	 */
	static boolean compatible(IncidentType a, IncidentType b) {
		return a == b || a == IncidentType.HOMICIDE && b.family() == a.family()
				|| b == IncidentType.HOMICIDE && a.family() == b.family()
				|| a == IncidentType.EXPLOSION && b == IncidentType.ARSON
				|| a == IncidentType.ARSON && b == IncidentType.EXPLOSION
				|| a == IncidentType.EXPLOSION && b == IncidentType.THREAT
				|| a == IncidentType.THREAT && b == IncidentType.EXPLOSION;
	}

	/** The more telling type of two that describe one event. */
	static IncidentType refined(IncidentType was, IncidentType now) {
		if (was == IncidentType.HOMICIDE && now == IncidentType.SHOOTING) {
			return now;
		}
		if (was == IncidentType.EXPLOSION && now == IncidentType.ARSON) {
			return now;
		}
		return was;
	}

	/**
	 * For an event whose sentences name no place, the place its story names nearest to
	 * it, a city or finer in a country in scope; unknown when the story names none.
	 */
	ExtractedPlace storyPlace(Draft d) {
		for (int distance = 1; distance < doc.size(); distance++) {
			for (int i : new int[] { d.lastSentence - distance, d.lastSentence + distance }) {
				if (i < 0 || i >= doc.size() || doc.sentence(i).story() != d.story || doc.sentence(i).caption()) {
					continue;
				}
				for (Places.Mention m : doc.placesBySentence.get(i)) {
					if (m.role() == Places.Role.LOCATIVE && m.place() != null && Places.isLocal(m.place())) {
						return doc.describe(m);
					}
				}
			}
		}
		return ExtractedPlace.UNKNOWN;
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
		Draft draft = new Draft(hit.type(), date == null ? DateRange.unknown() : date.range(), resolved, index,
				s.story());
		draft.evidence.add(Document.evidence(s));
		draft.dated = date != null;
		draft.placed = place.isKnown();
		enforcement.add(draft);
	}

}
