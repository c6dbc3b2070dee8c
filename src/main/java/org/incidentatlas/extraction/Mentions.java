package org.incidentatlas.extraction;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/**
 * The mention stage: what each sentence names on its own. Places and dates for every
 * sentence (dates resolved against the publication date and the year the story is in),
 * and on demand the strongest trigger of a sentence, the date and place nearest to it,
 * and its casualties.
 */
final class Mentions {

	/** A trigger that survived its cues, at {@code [start, end)} of the sentence. */
	record Hit(IncidentType type, Lexicon.Outcome outcome, int start, int end) {
	}

	private final Places places;

	private final SentenceRules sentenceRules;

	Mentions(Places places, SentenceRules sentenceRules) {
		this.places = places;
		this.sentenceRules = sentenceRules;
	}

	/**
	 * The page-date marker a search index puts before an excerpt: " date 2023-01 ...". It
	 * is the publication date, not an event's.
	 */
	private static final java.util.regex.Pattern PAGE_DATE = java.util.regex.Pattern
		.compile("^\\s*date \\d{4}-\\d{2}(?:-\\d{2})?\\b");

	/** A line that is only a page's date and time stamp. */
	private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern
		.compile("\\s*(?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*");

	/** Splits the text and finds the places and dates of every sentence. */
	Document read(String text, DateRange published, Language language, Lexicon lexicon, Dates calendar,
			Casualties casualties, BooleanSupplier cancelled) {
		Document doc = new Document(text, published, language, lexicon, places, sentenceRules);
		doc.casualties = casualties;
		java.util.regex.Matcher marker = PAGE_DATE.matcher(text.length() > 40 ? text.substring(0, 40) : text);
		int markerEnd = marker.find() ? marker.end() : 0;
		doc.markerEnd = markerEnd;
		String country = null;
		for (Sentences.Sentence s : doc.sentences) {
			Extractor.stopIfCancelled(cancelled);
			List<Places.Mention> all = places.find(text, s.start(), s.end(), country, language);
			List<Places.Mention> found = all.stream().filter(m -> !m.adjective()).toList();
			doc.placesBySentence.add(found);
			doc.adjectivesBySentence
				.add(all.size() == found.size() ? List.of() : all.stream().filter(Places.Mention::adjective).toList());
			for (Places.Mention m : found) {
				if (m.role() == Places.Role.LOCATIVE && m.country() != null) {
					country = m.country();
				}
			}
			if (Lexicon.DRUG_LINK.in(s.lower())
					&& (!Lexicon.DENIED_LINK.in(s.lower()) || Lexicon.NOT_RULED_OUT.in(s.lower()))) {
				doc.relevantStories.add(s.story());
			}
			if (lexicon.denied.in(s.text()) && !Lexicon.NOT_RULED_OUT.in(s.lower())) {
				doc.deniedStories.add(s.story());
			}
			if (lexicon.otherMotives.in(s.text())) {
				doc.otherMotiveStories.add(s.story());
			}
		}
		Integer previousYear = null;
		int yearSentence = -1;
		java.time.LocalDate previousDay = null;
		java.time.YearMonth previousMonth = null;
		String contextCountry = null;
		org.incidentatlas.place.Place contextCity = null;
		for (int i = 0; i < doc.size(); i++) {
			Extractor.stopIfCancelled(cancelled);
			Sentences.Sentence s = doc.sentence(i);
			doc.countryBefore.add(contextCountry);
			if (i > 0 && doc.sentence(i - 1).story() != s.story()) {
				contextCity = null;
			}
			doc.cityBefore.add(contextCity);
			// the year of the sentences just before, in this paragraph
			Integer storyYear = yearSentence >= 0 && i - yearSentence <= STORY_YEAR_REACH
					&& doc.sentence(yearSentence).paragraph() == s.paragraph() ? previousYear : null;
			List<Dates.Mention> dates = dates(s, calendar, published, previousYear, previousDay, storyYear,
					previousMonth);
			if (s.start() < markerEnd) {
				int sentenceStart = s.start();
				dates = dates.stream().filter(d -> sentenceStart + d.start() >= markerEnd).toList();
			}
			if (TIMESTAMP.matcher(s.text()).matches()) {
				dates = List.of(); // "2023-09-25 18:30:00" under a headline: when the
									// page was
									// written, not when anything happened
			}
			doc.datesBySentence.add(dates);
			for (Dates.Mention d : dates) {
				// captions sit outside the story's flow: "that year" never points into
				// one
				if (!d.anaphoric() && !s.caption() && d.range().to().getYear() == d.range().from().getYear()) {
					previousYear = d.range().from().getYear();
					yearSentence = i;
				}
				if (!s.caption() && d.range().precision() == org.incidentatlas.time.DatePrecision.DAY) {
					previousDay = d.range().from();
				}
				if (!s.caption() && !d.anaphoric() && java.time.YearMonth.from(d.range().from())
					.equals(java.time.YearMonth.from(d.range().to()))) {
					previousMonth = java.time.YearMonth.from(d.range().from());
				}
			}
			java.util.Set<org.incidentatlas.place.Place> cities = new java.util.LinkedHashSet<>();
			for (Places.Mention m : doc.placesBySentence.get(i)) {
				if (m.role() == Places.Role.LOCATIVE && m.country() != null && !s.caption()) {
					contextCountry = m.country();
				}
				if (m.role() == Places.Role.LOCATIVE && m.place() != null && Places.isLocal(m.place())) {
					org.incidentatlas.place.Place city = places.path(m.place()).city();
					cities.add(city != null ? city : m.place());
				}
			}
			if (!cities.isEmpty() && !s.caption()) {
				// "police in Ghent and Mechelen": two cities, so none to lend
				contextCity = cities.size() == 1 ? cities.iterator().next() : null;
			}
		}
		return doc;
	}

	/** How many sentences on the year a story is told in still dates "on 8 March". */
	private static final int STORY_YEAR_REACH = 2;

	private static List<Dates.Mention> dates(Sentences.Sentence s, Dates calendar, DateRange published,
			Integer previousYear, java.time.LocalDate previousDay, Integer storyYear,
			java.time.YearMonth previousMonth) {
		String sentence = s.text();
		List<Dates.Mention> dates = calendar.find(sentence, s.lower(),
				new Dates.Context(published, previousYear, previousDay, storyYear, previousMonth));
		Dates.Mention firstExplicit = dates.stream().filter(d -> !d.anaphoric()).findFirst().orElse(null);
		if (firstExplicit != null && dates.stream().anyMatch(Dates.Mention::anaphoric)) {
			// "In 2025 alone, over 60 ..., 20 of which during the summer months": the
			// summer of 2025
			dates = calendar.find(sentence, s.lower(), new Dates.Context(published,
					firstExplicit.range().from().getYear(), previousDay, storyYear, previousMonth));
		}
		return dates;
	}

	// --- triggers ---

	/** The strongest trigger of the sentence that no cue cancels, or null. */
	static Hit strongestTrigger(Lexicon lexicon, Sentences.Sentence s, Lexicon.Triggers triggers, boolean violence) {
		return strongestTrigger(lexicon, s, triggers, violence, 0);
	}

	/** The same, among the triggers that start at {@code from} or later. */
	static Hit strongestTrigger(Lexicon lexicon, Sentences.Sentence s, Lexicon.Triggers triggers, boolean violence,
			int from) {
		return strongestTrigger(lexicon, s, triggers, violence, from, Integer.MAX_VALUE);
	}

	/** The same, among the triggers that start in {@code [from, to)}. */
	static Hit strongestTrigger(Lexicon lexicon, Sentences.Sentence s, Lexicon.Triggers triggers, boolean violence,
			int from, int to) {
		String sentence = s.text();
		String lower = s.lower();
		Hit best = null;
		int bestOrder = 0;
		Scan.Matches[] matches = new Scan.Matches[triggers.size()];
		for (int ws : Sentences.wordStarts(lower)) {
			if (ws < from || ws >= to || ws > 0 && lower.charAt(ws - 1) == '-') {
				continue;
			}
			for (Lexicon.Trigger trigger : triggers.startingWith(lower.charAt(ws))) {
				Scan scan = trigger.scan();
				if (!scan.mayStartAt(lower, ws)) {
					continue;
				}
				Scan.Matches m = matches[trigger.order()];
				if (m == null) {
					m = scan.matches(lower);
					matches[trigger.order()] = m;
				}
				if (!m.lookingAt(ws)) {
					continue;
				}
				Hit hit = check(lexicon, sentence, trigger, m.start(), m.end(), violence);
				if (hit == null) {
					continue;
				}
				// the highest priority, then the longest; on a tie the earlier trigger in
				// the list, then the earlier place
				int order = Integer.compare(priority(hit), best == null ? Integer.MIN_VALUE : priority(best));
				order = order != 0 ? order : Integer.compare(hit.end - hit.start, best.end - best.start);
				if (order > 0 || order == 0 && trigger.order() < bestOrder) {
					best = hit;
					bestOrder = trigger.order();
				}
			}
		}
		return best;
	}

	/**
	 * A trigger survives unless a cue before it cancels it; a plot turns it into a
	 * threat.
	 */
	private static Hit check(Lexicon lexicon, String sentence, Lexicon.Trigger trigger, int start, int end,
			boolean violence) {
		String before = sentence.substring(Math.max(0, start - 60), start);
		String after = sentence.substring(end, Math.min(sentence.length(), end + 30));
		if (lexicon.pluralAfter.in(after) || lexicon.generic.in(before)) {
			return null;
		}
		if (violence && lexicon.plot.in(before)) {
			return new Hit(IncidentType.THREAT, Lexicon.Outcome.NONE, start, end);
		}
		if (lexicon.negationOrModal.in(before)) {
			return null;
		}
		if (violence && lexicon.courtLanguage.in(sentence.substring(0, start))) {
			return null;
		}
		if (violence && lexicon.domestic.in(sentence)) {
			return null; // "a woman was stabbed to death by her ex-partner"
		}
		return new Hit(trigger.type(), trigger.outcome(), start, end);
	}

	private static int priority(Hit hit) {
		return switch (hit.type) {
			// the method named beats "murder": a shooting that killed is a shooting
			case KIDNAPPING -> 10;
			case SHOOTING -> 9;
			case ARSON -> 8;
			case EXPLOSION -> 7;
			case ASSAULT -> 5;
			case HOMICIDE -> 4;
			case THREAT -> 3;
			case EXTRADITION -> 7;
			case CONVICTION -> 6;
			case TRIAL -> 5;
			case ARREST -> 4;
			case SEIZURE -> 3;
			default -> 1;
		};
	}

	// --- arguments of a trigger ---

	/**
	 * A date at the head of the sentence ("In 2022, ...") governs it; otherwise the one
	 * nearest the trigger.
	 */
	static Dates.Mention chooseDate(List<Dates.Mention> dates, int trigger) {
		return chooseDate(dates, trigger, null);
	}

	/**
	 * The same; with the sentence at hand, a date in another clause ("in June, or the
	 * shooting heard in December") counts as farther than one in the trigger's own
	 * clause.
	 */
	static Dates.Mention chooseDate(List<Dates.Mention> dates, int trigger, String sentence) {
		if (dates.isEmpty()) {
			return null;
		}
		Dates.Mention first = dates.get(0);
		if (first.start() <= 12) {
			return first;
		}
		if (sentence == null) {
			return nearestDate(dates, trigger, false);
		}
		Dates.Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Dates.Mention d : dates) {
			int from = Math.min(d.end(), trigger);
			int to = Math.max(d.start(), trigger);
			int distance = d.end() <= trigger ? trigger - d.end() : d.start() - trigger;
			if (from < to && from >= 0 && to <= sentence.length() && CLAUSE_BREAK.in(sentence.substring(from, to))) {
				distance += 100;
			}
			if (distance < bestDistance) {
				best = d;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Between two clauses of a sentence: a comma, a semicolon, a dash or a colon. */
	private static final Scan CLAUSE_BREAK = Scan.of("[,;:–—]");

	static Dates.Mention nearestDate(List<Dates.Mention> dates, int position, boolean onlyAfter) {
		Dates.Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Dates.Mention d : dates) {
			if (onlyAfter && d.start() < position) {
				continue;
			}
			int distance = distance(d.start(), d.end(), position);
			if (distance < bestDistance) {
				best = d;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * The most precise place the sentence gives for the event: the nearest locative
	 * place, and a street when it names one.
	 */
	static ExtractedPlace placeOf(Document doc, int index, int trigger, boolean withStreet) {
		return placeOf(doc, index, trigger, withStreet, 0);
	}

	/**
	 * The same, among the places named from {@code from} on: "after the blast in Berchem,
	 * a second one in Deurne".
	 */
	static ExtractedPlace placeOf(Document doc, int index, int trigger, boolean withStreet, int from) {
		Sentences.Sentence s = doc.sentence(index);
		List<Places.Mention> named = doc.placesBySentence.get(index);
		int position = s.start() + trigger;
		Places.Mention best = null;
		int bestScore = Integer.MAX_VALUE;
		for (Places.Mention m : named) {
			if (m.role() != Places.Role.LOCATIVE || m.start() < s.start() + from) {
				continue;
			}
			int distance = distance(m.start(), m.end(), position);
			int score = distance + (m.place() != null && Places.isLocal(m.place()) ? 0 : 200)
					+ (doc.places.isSeat(doc.text, s.start(), m.start(), doc.language) ? SEAT : 0);
			if (score < bestScore) {
				best = m;
				bestScore = score;
			}
		}
		for (Places.Mention m : best == null ? doc.adjectivesBySentence.get(index) : List.<Places.Mention>of()) {
			// no name: the adjective nearest the trigger ("une maison anversoise")
			int distance = distance(m.start(), m.end(), position);
			if (m.role() == Places.Role.LOCATIVE && distance < bestScore) {
				best = m;
				bestScore = distance;
			}
		}
		if (best == null) {
			// a town the gazetteer does not hold is the city itself, in the story's
			// country
			String locality = doc.places.locality(doc.text, s.start(), s.end(), doc.language);
			return locality == null ? ExtractedPlace.UNKNOWN : new ExtractedPlace(doc.countryBefore.get(index), null,
					locality, null, null, null, null, PlacePrecision.CITY, null);
		}
		ExtractedPlace place = doc.describe(best);
		// a district named in the same sentence refines a city: "Antwerp ... the Merksem
		// district"
		for (Places.Mention m : named) {
			if (m != best && m.place() != null && best.place() != null && m.role() == Places.Role.LOCATIVE
					&& doc.places.contains(best.place(), m.place()) && !m.place().equals(best.place())) {
				place = doc.describe(m);
			}
		}
		if (withStreet && place.city() != null) {
			Places.Street street = nearestStreet(doc, s, position, from, s.text().length());
			if (street != null) {
				return onStreet(place, street.name());
			}
		}
		return place;
	}

	/**
	 * The street named nearest a trigger, from {@code from} on when one is named there
	 * ("a house on the Persoonsdam was shot at, the night after shots on the
	 * Varkenoordseweg"); not one the event was only near.
	 */
	static Places.Street nearestStreet(Document doc, Sentences.Sentence s, int position, int from, int to) {
		Places.Street nearest = null;
		int best = Integer.MAX_VALUE;
		for (Places.Street street : doc.places.streets(doc.text, s.start(), s.end())) {
			if (street.near() || street.start() < s.start() + from || street.start() >= s.start() + to) {
				continue;
			}
			int distance = distance(street.start(), street.end(), position);
			if (distance < best) {
				nearest = street;
				best = distance;
			}
		}
		return nearest;
	}

	/** How far the span {@code [start, end)} stands from a position outside it. */
	private static int distance(int start, int end, int position) {
		return end <= position ? position - end : start - position;
	}

	static ExtractedPlace onStreet(ExtractedPlace place, String street) {
		return new ExtractedPlace(place.country(), place.region(), place.city(), place.district(), street,
				place.latitude(), place.longitude(), PlacePrecision.STREET, place.placeKey());
	}

	/**
	 * How much farther the seat of a prosecutor's office counts than any other place a
	 * sentence names: the scene only when it is the only place.
	 */
	private static final int SEAT = 1000;

	static boolean quoted(String sentence, int position) {
		int open = 0;
		for (int i = 0; i < position; i++) {
			char c = sentence.charAt(i);
			if (c == '“' || c == '‘' && (i == 0 || !Character.isLetter(sentence.charAt(i - 1))) || c == '«') {
				open++;
			}
			else if (c == '”' || c == '»') {
				open = Math.max(0, open - 1);
			}
			else if (c == '"') {
				open = open > 0 ? open - 1 : 1;
			}
		}
		return open > 0;
	}

}
