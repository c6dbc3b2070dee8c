package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.place.PlacePath;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.time.DateRange;

/**
 * Reads an article and proposes what it reports. Thread-safe and free of I/O: build one per
 * gazetteer and share it.
 * <p>
 * The reading goes sentence by sentence. A sentence proposes an incident when it holds a
 * trigger ("shot dead", "explosie", "enlèvement") that no cue cancels (negation, a modal, a
 * plot, a charge in court, a plural) and when it says when or where, or continues the event
 * of the sentence before. Tallies become statistics. The same event told twice (body and
 * caption) becomes one proposal with both passages.
 */
public final class Extractor {

	/** Text beyond this is not read: the ingestion limit is 2 MB, and this keeps any caller safe. */
	static final int MAX_TEXT = 4_000_000;

	private final Places places;

	private final Set<String> countries;

	/**
	 * @param countries ISO codes of the countries in scope (BE, NL); events elsewhere are dropped
	 */
	public Extractor(PlaceCatalog places, Set<String> countries) {
		this.places = new Places(places);
		this.countries = Set.copyOf(countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
	}

	/**
	 * @param published when the article appeared, as precisely as known; relative dates resolve against it
	 * @param language the article's language, or null to detect it
	 */
	public Extraction extract(String text, DateRange published, Language language) {
		return extract(text, published, language, () -> false);
	}

	/**
	 * The same, for a caller that may stop waiting (a deadline, a client that has gone).
	 * @param cancelled asked between sentences; once true, the reading stops with a {@link CancellationException}
	 */
	public Extraction extract(String text, DateRange published, Language language, BooleanSupplier cancelled) {
		String t = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		DateRange pub = published == null ? DateRange.unknown() : published;
		Language lang = language != null ? language : LanguageDetector.detect(t);
		return new Reading(t, pub, lang, cancelled).read();
	}

	/** One reading of one article: the state carried from sentence to sentence. */
	private final class Reading {

		private final String text;

		private final DateRange published;

		private final Language language;

		private final Lexicon lexicon;

		private final List<Sentences.Sentence> sentences;

		private final List<List<Places.Mention>> placesBySentence = new ArrayList<>();

		private final List<Draft> incidents = new ArrayList<>();

		private final List<Draft> enforcement = new ArrayList<>();

		private final Map<String, StatDraft> statistics = new LinkedHashMap<>();

		private final Set<Integer> relevantStories = new HashSet<>();

		private Integer previousYear;

		private String contextCountry;

		private StatDraft lastTonnage;

		private int lastTonnageSentence = -10;

		private StatDraft lastCount;

		private int lastCountSentence = -10;

		private final BooleanSupplier cancelled;

		Reading(String text, DateRange published, Language language, BooleanSupplier cancelled) {
			this.cancelled = cancelled;
			this.text = text;
			this.published = published;
			this.language = language;
			this.lexicon = Lexicon.of(language);
			this.sentences = Sentences.split(text);
		}

		Extraction read() {
			String country = null;
			for (Sentences.Sentence s : sentences) {
				stopIfCancelled();
				List<Places.Mention> found = places.find(text, s.start(), s.end(), country);
				placesBySentence.add(found);
				for (Places.Mention m : found) {
					if (m.role() == Places.Role.LOCATIVE && m.country() != null) {
						country = m.country();
					}
				}
				if (Lexicon.DRUG_LINK.in(s.lower())) {
					relevantStories.add(s.story());
				}
			}
			for (int i = 0; i < sentences.size(); i++) {
				stopIfCancelled();
				readSentence(i);
			}
			List<ProposedIncident> proposed = new ArrayList<>();
			for (Draft d : merge(incidents)) {
				if (inScope(d)) {
					proposed.add(d.toIncident()); // violence is its own link to the atlas: no drug words needed
				}
			}
			List<ProposedEnforcement> enforced = new ArrayList<>();
			for (Draft d : merge(enforcement)) {
				if (relevantStories.contains(d.story)) {
					enforced.add(new ProposedEnforcement(d.type, d.date, d.place, d.evidence, d.confidence()));
				}
			}
			List<ProposedStatistic> stats = statistics.values().stream()
				.filter(s -> relevantStories.contains(s.story) || s.figure.metric() != Metric.COCAINE_SEIZED_TONNES
						&& s.figure.metric() != Metric.ARRESTS)
				.map(StatDraft::toStatistic)
				.toList();
			return new Extraction(language, proposed, enforced, stats);
		}

		private void stopIfCancelled() {
			if (cancelled.getAsBoolean()) {
				throw new CancellationException("The extraction was cancelled");
			}
		}

		private void readSentence(int index) {
			Sentences.Sentence s = sentences.get(index);
			List<Dates.Mention> dates = dates(s);
			List<Places.Mention> named = placesBySentence.get(index);
			readViolence(index, s, dates, named);
			int tallies = statistics.size();
			boolean counted = readStatistics(index, s, dates, named);
			if (statistics.size() == tallies && !counted) {
				readEnforcement(index, s, dates, named); // "seizures hit a record of 419 tonnes" is a tally, not a seizure
			}
			for (Dates.Mention d : dates) {
				// captions sit outside the story's flow: "that year" never points into one
				if (!d.anaphoric() && !s.caption() && d.range().to().getYear() == d.range().from().getYear()) {
					previousYear = d.range().from().getYear();
				}
			}
			for (Places.Mention m : named) {
				if (m.role() == Places.Role.LOCATIVE && m.country() != null && !s.caption()) {
					contextCountry = m.country();
				}
			}
		}

		private List<Dates.Mention> dates(Sentences.Sentence s) {
			String sentence = s.text();
			List<Dates.Mention> dates = Dates.find(sentence, s.lower(), language, new Dates.Context(published, previousYear));
			Dates.Mention firstExplicit = dates.stream().filter(d -> !d.anaphoric()).findFirst().orElse(null);
			if (firstExplicit != null && dates.stream().anyMatch(Dates.Mention::anaphoric)) {
				// "In 2025 alone, over 60 ..., 20 of which during the summer months": the summer of 2025
				dates = Dates.find(sentence, s.lower(), language, new Dates.Context(published, firstExplicit.range().from().getYear()));
			}
			return dates;
		}

		// --- incidents ---

		private void readViolence(int index, Sentences.Sentence s, List<Dates.Mention> dates, List<Places.Mention> named) {
			Hit hit = strongestTrigger(s, lexicon.violence, true);
			if (hit == null) {
				return;
			}
			IncidentType type = hit.type;
			if (type == IncidentType.HOMICIDE && lexicon.collateral.in(s.text())) {
				type = IncidentType.SHOOTING;
			}
			Dates.Mention date = chooseDate(dates, hit.start);
			ExtractedPlace place = placeOf(s, named, hit.start, true);
			Casualties.Count count = Casualties.read(s.text(), hit.outcome);
			Draft previous = incidents.isEmpty() ? null : incidents.get(incidents.size() - 1);
			if (previous != null && continues(previous, index, s, type, date, place)) {
				previous.absorb(s, index, date == null ? null : date.range(), place, count);
				return;
			}
			if (date == null && !place.isKnown()) {
				return; // no when, no where: a general remark, not an event
			}
			ExtractedPlace resolved = place.isKnown() ? place : inherited(index, s);
			Draft draft = new Draft(type, date == null ? DateRange.unknown() : date.range(), resolved, index, s.story());
			draft.killed = count.killed();
			draft.injured = count.injured();
			draft.ages.addAll(count.ages());
			draft.evidence.add(evidence(s));
			draft.dated = date != null;
			draft.placed = place.isKnown();
			draft.quoted = quoted(s.text(), hit.start);
			incidents.add(draft);
		}

		private boolean continues(Draft previous, int index, Sentences.Sentence s, IncidentType type,
				Dates.Mention date, ExtractedPlace place) {
			if (index - previous.lastSentence > 2 || previous.story != s.story()
					|| type.family() != previous.type.family()) {
				return false;
			}
			if (date != null && !overlaps(date.range(), previous.date)) {
				return false;
			}
			if (date != null && previous.date.isKnown()) {
				return false; // a new date starts a new event
			}
			return compatible(previous.place, place);
		}

		// --- enforcement ---

		private void readEnforcement(int index, Sentences.Sentence s, List<Dates.Mention> dates, List<Places.Mention> named) {
			Hit hit = strongestTrigger(s, lexicon.enforcement, false);
			if (hit == null) {
				return;
			}
			if (hit.type == IncidentType.SEIZURE && !Lexicon.SEIZED_GOODS.in(s.text())) {
				return;
			}
			Dates.Mention date = chooseDate(dates, hit.start);
			ExtractedPlace place = placeOf(s, named, hit.start, false);
			if (date == null && !place.isKnown()) {
				return;
			}
			ExtractedPlace resolved = place.isKnown() ? place : inherited(index, s);
			if (date == null && resolved.country() == null) {
				return; // "Europe's most wanted": neither when nor in which country
			}
			Draft draft = new Draft(hit.type, date == null ? DateRange.unknown() : date.range(), resolved, index, s.story());
			draft.evidence.add(evidence(s));
			draft.dated = date != null;
			draft.placed = place.isKnown();
			enforcement.add(draft);
		}

		// --- statistics ---

		/** Reads the tallies of a sentence; true when it holds any figure, kept or not. */
		private boolean readStatistics(int index, Sentences.Sentence s, List<Dates.Mention> dates, List<Places.Mention> named) {
			String sentence = s.text();
			List<Statistics.Figure> counts = Statistics.counts(sentence, s.lower());
			boolean tally = !counts.isEmpty() && Statistics.TALLY_CUE.in(sentence);
			StatDraft previousInSentence = null;
			for (Statistics.Figure f : counts) {
				boolean attached = previousInSentence != null
						&& (f.ofWhich() || f.metric() == Metric.KILLED || f.metric() == Metric.INJURED);
				if (!attached && !tally && f.value().intValue() < 10) {
					continue;
				}
				Dates.Mention date = nearestDate(dates, f.start(), f.ofWhich());
				DateRange period = date != null ? date.range()
						: attached ? previousInSentence.period
						: lastCount != null && index - lastCountSentence <= 1 ? lastCount.period : null;
				Where where = attached && !f.ofWhich() ? previousInSentence.where
						: attached ? previousInSentence.where : statisticPlace(index, s, named, f.start(), f.end());
				if (where == null && lastCount != null && index - lastCountSentence <= 1) {
					where = lastCount.where;
				}
				if (period == null || where == null) {
					continue;
				}
				previousInSentence = addStatistic(s, f, where, period);
				lastCount = previousInSentence;
				lastCountSentence = index;
			}
			boolean seizureContext = index - lastTonnageSentence <= 1;
			for (Statistics.Figure f : Statistics.tonnages(sentence, s.lower(), seizureContext)) {
				Dates.Mention date = nearestDate(dates, f.start(), false);
				DateRange period = date != null ? date.range() : lastTonnage != null && seizureContext ? lastTonnage.period : null;
				Where where = tonnagePlace(s, named, f);
				if (period == null || where == null) {
					continue;
				}
				lastTonnage = addStatistic(s, f, where, period);
				lastTonnageSentence = index;
			}
			return !counts.isEmpty();
		}

		private StatDraft addStatistic(Sentences.Sentence s, Statistics.Figure f, Where where, DateRange period) {
			String key = where.name + "|" + f.metric() + "|" + period.compact() + "|" + f.value().toPlainString();
			StatDraft draft = statistics.get(key);
			if (draft == null) {
				draft = new StatDraft(where, period, f, s.story());
				statistics.put(key, draft);
			}
			Evidence e = evidence(s);
			if (draft.evidence.stream().noneMatch(x -> x.start() == e.start())) {
				draft.evidence.add(e);
			}
			return draft;
		}

		/** The place of a tally: the nearest place in the sentence, else the paragraph's. */
		private Where statisticPlace(int index, Sentences.Sentence s, List<Places.Mention> named, int from, int to) {
			Places.Mention best = null;
			int bestDistance = Integer.MAX_VALUE;
			for (Places.Mention m : named) {
				int start = m.start() - s.start();
				int end = m.end() - s.start();
				int distance = end <= from ? from - end : Math.max(0, start - to);
				if (m.role() == Places.Role.LOCATIVE && distance < bestDistance) {
					best = m;
					bestDistance = distance;
				}
			}
			if (best != null) {
				return where(best);
			}
			Places.Mention paragraph = paragraphPlace(index, s);
			return paragraph == null ? null : where(paragraph);
		}

		/** "123 tonnes – 116 tonnes in Antwerp alone – followed by Spain (118 tonnes)": the place just before, or just after "in". */
		private Where tonnagePlace(Sentences.Sentence s, List<Places.Mention> named, Statistics.Figure f) {
			Places.Mention after = null;
			Places.Mention before = null;
			for (Places.Mention m : named) {
				int start = m.start() - s.start();
				int end = m.end() - s.start();
				String gap = start >= f.end() ? s.text().substring(f.end(), start) : "";
				if (start >= f.end() && gap.matches("(?iu)\\s*(?:of cocaine\\s+|cocaïne\\s+|de cocaïne\\s+)?(?:in|à|en)\\s+(?:the\\s+|de\\s+|la\\s+)?")) {
					after = m;
				}
				if (end <= f.start()) {
					String between = s.text().substring(end, f.start());
					if (!between.matches(".*\\d\\s*(?:metric\\s+)?(?:tonnes|tons|ton|tonnen).*")) {
						before = m;
					}
				}
			}
			Places.Mention chosen = after != null ? after : before;
			return chosen == null ? null : where(chosen);
		}

		private Where where(Places.Mention m) {
			if (m.place() != null) {
				return new Where(m.place().displayName(), m.place().countryCode(), m.place().key());
			}
			return new Where(m.abroad().name(), m.abroad().country(), null);
		}

		// --- shared reading helpers ---

		private Hit strongestTrigger(Sentences.Sentence s, Lexicon.Triggers triggers, boolean violence) {
			String sentence = s.text();
			String lower = s.lower();
			Hit best = null;
			int bestOrder = 0;
			Scan.Matches[] matches = new Scan.Matches[triggers.size()];
			for (int ws : Sentences.wordStarts(lower)) {
				if (ws > 0 && lower.charAt(ws - 1) == '-') {
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
					Hit hit = check(sentence, trigger, m.start(), m.end(), violence);
					if (hit == null) {
						continue;
					}
					// the highest priority, then the longest; on a tie the earlier trigger in the list, then the earlier place
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

		/** A trigger survives unless a cue before it cancels it; a plot turns it into a threat. */
		private Hit check(String sentence, Lexicon.Trigger trigger, int start, int end, boolean violence) {
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
			return new Hit(trigger.type(), trigger.outcome(), start, end);
		}

		private int priority(Hit hit) {
			return switch (hit.type) {
				case HOMICIDE -> 9;
				case KIDNAPPING -> 8;
				case EXPLOSION -> 7;
				case SHOOTING -> 6;
				case ARSON -> 5;
				case ASSAULT -> 4;
				case THREAT -> 3;
				case EXTRADITION -> 7;
				case CONVICTION -> 6;
				case TRIAL -> 5;
				case ARREST -> 4;
				case SEIZURE -> 3;
				default -> 1;
			};
		}

		/** A date at the head of the sentence ("In 2022, ...") governs it; otherwise the one nearest the trigger. */
		private Dates.Mention chooseDate(List<Dates.Mention> dates, int trigger) {
			if (dates.isEmpty()) {
				return null;
			}
			Dates.Mention first = dates.get(0);
			if (first.start() <= 12) {
				return first;
			}
			return nearestDate(dates, trigger, false);
		}

		private Dates.Mention nearestDate(List<Dates.Mention> dates, int position, boolean onlyAfter) {
			Dates.Mention best = null;
			int bestDistance = Integer.MAX_VALUE;
			for (Dates.Mention d : dates) {
				if (onlyAfter && d.start() < position) {
					continue;
				}
				int distance = d.end() <= position ? position - d.end() : d.start() - position;
				if (distance < bestDistance) {
					best = d;
					bestDistance = distance;
				}
			}
			return best;
		}

		/** The most precise place the sentence gives for the event: the nearest locative place, and a street when it names one. */
		private ExtractedPlace placeOf(Sentences.Sentence s, List<Places.Mention> named, int trigger, boolean withStreet) {
			int position = s.start() + trigger;
			Places.Mention best = null;
			int bestScore = Integer.MAX_VALUE;
			for (Places.Mention m : named) {
				if (m.role() != Places.Role.LOCATIVE) {
					continue;
				}
				int distance = m.end() <= position ? position - m.end() : m.start() - position;
				int score = distance + (m.place() != null && Places.isLocal(m.place()) ? 0 : 200);
				if (score < bestScore) {
					best = m;
					bestScore = score;
				}
			}
			if (best == null) {
				return ExtractedPlace.UNKNOWN;
			}
			ExtractedPlace place = describe(best);
			// a district named in the same sentence refines a city: "Antwerp ... the Merksem district"
			for (Places.Mention m : named) {
				if (m != best && m.place() != null && best.place() != null && m.role() == Places.Role.LOCATIVE
						&& places.contains(best.place(), m.place()) && !m.place().equals(best.place())) {
					place = describe(m);
				}
			}
			if (withStreet && place.city() != null) {
				for (Places.Street street : places.streets(text, s.start(), s.end())) {
					if (!street.near()) {
						return new ExtractedPlace(place.country(), place.region(), place.city(), place.district(),
								street.name(), place.latitude(), place.longitude(), PlacePrecision.STREET, place.placeKey());
					}
				}
			}
			return place;
		}

		/** A sentence naming no place takes its paragraph's place when that is one place, else the country of the context. */
		private ExtractedPlace inherited(int index, Sentences.Sentence s) {
			Places.Mention paragraph = paragraphPlace(index, s);
			if (paragraph != null) {
				return describe(paragraph);
			}
			if (contextCountry != null) {
				Place country = countryPlace(contextCountry);
				return country != null ? describe(country)
						: new ExtractedPlace(contextCountry, null, null, null, null, null, null, PlacePrecision.COUNTRY, null);
			}
			return ExtractedPlace.UNKNOWN;
		}

		private Places.Mention paragraphPlace(int index, Sentences.Sentence s) {
			Places.Mention only = null;
			for (int i = index - 1; i >= 0 && sentences.get(i).paragraph() == s.paragraph(); i--) {
				for (Places.Mention m : placesBySentence.get(i)) {
					if (m.role() != Places.Role.LOCATIVE) {
						continue;
					}
					if (only != null && !same(only, m)) {
						return null; // two places: ambiguous
					}
					only = m;
				}
			}
			return only;
		}

		private boolean same(Places.Mention a, Places.Mention b) {
			return a.place() != null ? a.place().equals(b.place()) : a.abroad().equals(b.abroad());
		}

		private Place countryPlace(String code) {
			return places.country(code);
		}

		ExtractedPlace describe(Places.Mention m) {
			if (m.place() != null) {
				return describe(m.place());
			}
			return new ExtractedPlace(m.abroad().country(), null, null, null, null, null, null,
					m.abroad().country() == null ? PlacePrecision.REGION : PlacePrecision.COUNTRY, null);
		}

		ExtractedPlace describe(Place place) {
			PlacePath path = places.path(place);
			PlacePrecision precision = path.district() != null ? PlacePrecision.DISTRICT
					: path.city() != null ? PlacePrecision.CITY
					: path.region() != null ? PlacePrecision.REGION : PlacePrecision.COUNTRY;
			return new ExtractedPlace(place.countryCode(), name(path.region()), name(path.city()), name(path.district()),
					null, place.latitude(), place.longitude(), precision, place.key());
		}

		private static String name(Place place) {
			return place == null ? null : place.displayName();
		}

		private Evidence evidence(Sentences.Sentence s) {
			return new Evidence(s.start(), s.end(), s.text());
		}

		private boolean inScope(Draft d) {
			return d.place.country() == null || countries.contains(d.place.country());
		}

	}

	// --- merging one event told several times ---

	private List<Draft> merge(List<Draft> drafts) {
		List<Draft> merged = new ArrayList<>();
		for (Draft d : drafts) {
			Draft same = null;
			for (Draft m : merged) {
				if (sameEvent(m, d)) {
					same = m;
					break;
				}
			}
			if (same == null) {
				merged.add(d);
			}
			else {
				same.mergeWith(d);
			}
		}
		merged.sort(Comparator.comparingInt(d -> d.evidence.get(0).start()));
		return merged;
	}

	private boolean sameEvent(Draft a, Draft b) {
		if (a.type != b.type || !overlaps(a.date, b.date) || !compatible(a.place, b.place)
				|| !compatibleCount(a.killed, b.killed) || !compatibleCount(a.injured, b.injured)) {
			return false;
		}
		if (!a.date.isKnown() || !b.date.isKnown()) {
			return similar(a, b);
		}
		boolean preciseDates = a.date.precision().ordinal() <= 2 && b.date.precision().ordinal() <= 2;
		boolean preciseAndSamePlace = preciseDates && a.place.placeKey() != null && a.place.placeKey().equals(b.place.placeKey());
		return preciseAndSamePlace || similar(a, b);
	}

	private static boolean compatibleCount(Integer a, Integer b) {
		return a == null || b == null || a.equals(b);
	}

	private static boolean similar(Draft a, Draft b) {
		Set<String> wa = a.words();
		Set<String> wb = b.words();
		if (wa.isEmpty() || wb.isEmpty()) {
			return false;
		}
		int common = 0;
		for (String w : wa) {
			common += wb.contains(w) ? 1 : 0;
		}
		return common >= 0.5 * Math.min(wa.size(), wb.size());
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (w.length() > 3) {
				words.add(w);
			}
		}
		return words;
	}

	static boolean overlaps(DateRange a, DateRange b) {
		if (!a.isKnown() || !b.isKnown()) {
			return true;
		}
		return !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
	}

	/** Two places agree when one is unknown, they are the same, or one lies inside the other. */
	boolean compatible(ExtractedPlace a, ExtractedPlace b) {
		if (!a.isKnown() || !b.isKnown()) {
			return true;
		}
		if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
			return false;
		}
		if (a.placeKey() == null || b.placeKey() == null) {
			return true;
		}
		Place pa = places.byKey(a.placeKey());
		Place pb = places.byKey(b.placeKey());
		return pa == null || pb == null || places.contains(pa, pb) || places.contains(pb, pa);
	}

	/** A proposal being built. */
	private static final class Draft {

		IncidentType type;

		DateRange date;

		ExtractedPlace place;

		Integer killed;

		Integer injured;

		final List<Integer> ages = new ArrayList<>();

		final List<Evidence> evidence = new ArrayList<>();

		final int story;

		int lastSentence;

		boolean dated;

		boolean placed;

		boolean quoted;

		private Set<String> words;

		/** The words of the first passage, for comparing two tellings. */
		Set<String> words() {
			if (words == null) {
				words = Extractor.words(evidence.get(0).text());
			}
			return words;
		}

		Draft(IncidentType type, DateRange date, ExtractedPlace place, int sentence, int story) {
			this.type = type;
			this.date = date;
			this.place = place;
			this.lastSentence = sentence;
			this.story = story;
		}

		/** The next sentence tells more of the same event. */
		void absorb(Sentences.Sentence s, int index, DateRange newDate, ExtractedPlace newPlace, Casualties.Count count) {
			evidence.add(new Evidence(s.start(), s.end(), s.text()));
			lastSentence = Math.max(lastSentence, index);
			if (!date.isKnown() && newDate != null) {
				date = newDate;
				dated = true;
			}
			refinePlace(newPlace);
			if (killed == null && injured == null) {
				killed = count.killed();
				injured = count.injured();
			}
			count.ages().stream().filter(a -> !ages.contains(a)).forEach(ages::add);
		}

		void mergeWith(Draft other) {
			for (Evidence e : other.evidence) {
				if (evidence.stream().noneMatch(x -> x.start() == e.start())) {
					evidence.add(e);
				}
			}
			evidence.sort(Comparator.comparingInt(Evidence::start));
			if (other.date.isKnown() && (!date.isKnown() || other.date.precision().ordinal() < date.precision().ordinal())) {
				date = other.date;
			}
			refinePlace(other.place);
			killed = killed != null ? killed : other.killed;
			injured = injured != null ? injured : other.injured;
			other.ages.stream().filter(a -> !ages.contains(a)).forEach(ages::add);
			dated |= other.dated;
			placed |= other.placed;
			quoted &= other.quoted;
		}

		private void refinePlace(ExtractedPlace other) {
			if (other.isKnown() && (!place.isKnown() || other.precision().ordinal() < place.precision().ordinal())) {
				place = other;
				placed = true;
			}
		}

		double confidence() {
			double c = 0.45;
			c += dated ? 0.2 : 0;
			c += placed ? 0.15 : 0;
			c += place.precision().ordinal() <= PlacePrecision.CITY.ordinal() ? 0.05 : 0;
			c += killed != null || injured != null ? 0.05 : 0;
			c += Math.min(0.1, 0.05 * (evidence.size() - 1));
			c -= quoted ? 0.2 : 0;
			return Math.round(Math.max(0.05, Math.min(0.98, c)) * 100) / 100.0;
		}

		ProposedIncident toIncident() {
			return new ProposedIncident(type, date, place, killed, injured, ages, evidence, confidence());
		}

	}

	private record Hit(IncidentType type, Lexicon.Outcome outcome, int start, int end) {
	}

	private record Where(String name, String country, String key) {
	}

	/** A statistic being built. */
	private static final class StatDraft {

		final Where where;

		final DateRange period;

		final Statistics.Figure figure;

		final int story;

		final List<Evidence> evidence = new ArrayList<>();

		StatDraft(Where where, DateRange period, Statistics.Figure figure, int story) {
			this.where = where;
			this.period = period;
			this.figure = figure;
			this.story = story;
		}

		ProposedStatistic toStatistic() {
			return new ProposedStatistic(where.name, where.country, where.key, period, figure.metric(), figure.value(),
					figure.qualifier(), evidence);
		}

	}

	private static boolean quoted(String sentence, int position) {
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
