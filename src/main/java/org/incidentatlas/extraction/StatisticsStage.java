package org.incidentatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/**
 * The statistics stage: tallies ("62 shootings in 2023", "achttien maal een explosief",
 * "la neuvième mort depuis le début de l'année"), tonnages and "of which" figures, with
 * the place and period they are reported for. One per reading; it carries the last figure
 * from sentence to sentence.
 * <p>
 * A count is a statistic only when it is counted over a period longer than a day: a
 * period the rules name in the sentence ("in the first half of the year", "depuis un
 * mois"), a year or season the sentence gives, or the period of the figure it continues
 * ("of which 20 in the summer", "causing 9 deaths", "three people were injured" right
 * after a tally). Its place is the nearest place in the sentence, else that of the figure
 * it continues, else the last place the story named.
 */
final class StatisticsStage {

	private final Document doc;

	private final StatisticRules.Set rules;

	private final List<StatDraft> statistics = new ArrayList<>();

	private StatDraft lastTonnage;

	private int lastTonnageSentence = -10;

	private StatDraft lastCount;

	private final java.util.Map<Integer, StoryPlaces> storyPlaces = new java.util.HashMap<>();

	/** The sentences before this one have been added to {@link #storyPlaces}. */
	private int placesCounted;

	/**
	 * The first figure of the last sentence that counted: what a following sentence goes
	 * on about.
	 */
	private StatDraft lastMain;

	private int lastCountSentence = -10;

	/**
	 * By count rule: the matcher of an anchored rule, reused from sentence to sentence.
	 */
	private Matcher[] anchoredMatchers;

	/**
	 * The periods of each sentence read so far: a figure, a tonnage and the sentences
	 * after it ask again.
	 */
	private final java.util.Map<Integer, List<Span>> periodsBySentence = new java.util.HashMap<>();

	StatisticsStage(Document doc, StatisticRules rules) {
		this.doc = doc;
		this.rules = rules.of(doc.language);
	}

	/**
	 * Reads the tallies of a sentence.
	 * @return true when the sentence gave a statistic: it then reports no seizure
	 */
	boolean read(int index) {
		int before = statistics.size();
		readCounts(index);
		readTonnages(index);
		return statistics.size() != before;
	}

	/**
	 * The statistics of the article: tonnages and arrests only from a story about drugs.
	 */
	List<ProposedStatistic> result() {
		return statistics.stream()
			.filter(s -> doc.relevantStories.contains(s.story)
					|| s.metric != Metric.COCAINE_SEIZED_TONNES && s.metric != Metric.ARRESTS)
			.map(StatDraft::toStatistic)
			.toList();
	}

	// --- counts ---

	/** A figure the rules found in a sentence; offsets within the sentence. */
	/**
	 * @param story the figure counts what the story's last figure counted (rule metric
	 * {@code story})
	 */
	private record Figure(int start, int end, Metric metric, BigDecimal value, Qualifier qualifier, boolean ordinal,
			boolean story) {

		Figure(int start, int end, Metric metric, BigDecimal value, Qualifier qualifier, boolean ordinal) {
			this(start, end, metric, value, qualifier, ordinal, false);
		}

	}

	/**
	 * A period found in a sentence; offsets within the sentence.
	 *
	 * @param named true when a period rule found it ("in six months"), false for a plain
	 * date ("in 2021")
	 */
	private record Span(int start, int end, DateRange range, boolean named) {
	}

	private boolean readCounts(int index) {
		Sentences.Sentence s = doc.sentence(index);
		if (rules.numberCues == null || !hasDigit(s.text()) && !rules.numberCues.in(s.text())) {
			return false; // no number, no figure: most sentences end here
		}
		List<Figure> raw = figures(s.text());
		if (raw.isEmpty()) {
			return false;
		}
		List<Span> periods = periods(index, s);
		List<Figure> figures = withoutOverlaps(raw.stream()
			.filter(f -> periods.stream().noneMatch(p -> p.start() <= f.start() && f.end() <= p.end()))
			.toList());
		StatDraft previousInSentence = null;
		// a sentence that dates something of its own tells a new story, not the tally
		// before it
		boolean continues = lastCount != null && index - lastCountSentence <= 1 && lastCount.story == s.story()
				&& (index == lastCountSentence || doc.datesBySentence.get(index).isEmpty());
		for (Figure f : figures) {
			Metric metric = f.metric() != null ? f.metric()
					: previousInSentence != null ? previousInSentence.metric : continues ? lastCount.metric
							: f.story() && lastCount != null && lastCount.story == s.story() ? lastCount.metric : null;
			if (metric == null || f.value().signum() <= 0 || f.value().compareTo(BigDecimal.ONE) == 0 && !f.ordinal()) {
				continue;
			}
			boolean casualty = metric == Metric.KILLED || metric == Metric.INJURED || metric == Metric.INJURED_SERIOUS;
			// "57 shootings this year. Molenbeek alone had four shootings": the next
			// sentence goes on counting
			StatDraft continued = previousInSentence != null ? previousInSentence
					: continues && (casualty || f.metric() == null || metric == lastCount.metric) ? lastMain : null;
			// within a sentence a continued figure's own period follows it: "ten in a
			// month, of which seven in two weeks"
			Span own = nearest(periods, f, continued != null && continued == previousInSentence ? f.start() : -1);
			if (own != null && !own.named() && continued == null && f.value().intValue() < 5 && !f.ordinal()
					&& f.qualifier() == Qualifier.EXACT) {
				continue; // "three murders were committed in 2021": a count of events,
							// not a tally
			}
			DateRange period = own != null ? own.range() : continued != null ? continued.period : null;
			// "two suspects were arrested": a small exact number of events, told in the
			// story, is no tally
			// and the dead and injured of an event ("killing about 40 people") are
			// counted by the event, not over a period
			boolean tallyLike = !f.ordinal() && !casualty
					&& (f.value().intValue() >= 10 || f.qualifier() != Qualifier.EXACT)
					|| metric == Metric.DRUG_HOTSPOTS;
			if (period == null && !casualty && (tallyLike || f.value().intValue() >= 5 && !f.ordinal())) {
				period = contextPeriod(index, s);
			}
			if (period == null && tallyLike && doc.published.isKnown()) {
				// "the sixth shooting", "over 60 shootings": a running tally counts the
				// year so far
				period = DateRange.year(doc.published.to().getYear());
			}
			if (period == null) {
				continue;
			}
			Where where = placeInSentence(index, s, f);
			if (where == null) {
				where = capital(index, s);
			}
			if (where == null) {
				where = continued != null ? continued.where : cityOverDistrict(storyPlace(index, s), s.story());
			}
			if (where == null) {
				continue;
			}
			StatDraft draft = add(s, index, where, period, metric, f);
			if (previousInSentence == null) {
				lastMain = draft;
			}
			previousInSentence = draft;
			lastCount = draft;
			lastCountSentence = index;
		}
		return !figures.isEmpty();
	}

	/**
	 * Whether the text holds a digit 0-9: the number cue's first alternative, {@code \d},
	 * found without a regex.
	 */
	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsAny(String folded, List<String> words) {
		for (String word : words) {
			if (folded.indexOf(word) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Every figure any count rule finds in the sentence. */
	private List<Figure> figures(String sentence) {
		List<Integer> numbers = new ArrayList<>();
		Scan.Matches n = rules.numberStarts.matches(sentence);
		while (n.next()) {
			numbers.add(n.start());
		}
		List<Figure> found = new ArrayList<>();
		String folded = null;
		for (int r = 0; r < rules.counts.size(); r++) {
			StatisticRules.Count rule = rules.counts.get(r);
			if (rule.anchored() == null) {
				if (rule.words() != null) {
					folded = folded != null ? folded : StatisticRules.fold(sentence);
					if (!holdsAny(folded, rule.words())) {
						continue; // none of the words every match holds
					}
				}
				Scan.Matches scan = rule.scan().matches(sentence);
				while (scan.next()) {
					Matcher m = scan.matcher();
					Figure f = figure(m, rule, group(m, "q"), m.start());
					if (f != null) {
						found.add(f);
					}
				}
				continue;
			}
			if (numbers.isEmpty()) {
				continue;
			}
			int lastWord = sentence.length();
			if (rule.words() != null) {
				folded = folded != null ? folded : StatisticRules.fold(sentence);
				lastWord = -1;
				for (String word : rule.words()) {
					if (folded.indexOf(word, numbers.get(0)) >= 0) { // most sentences
																		// hold none: the
																		// cheaper search
																		// first
						lastWord = Math.max(lastWord, folded.lastIndexOf(word));
					}
				}
				if (lastWord < 0) {
					continue; // none of the words it counts: no match anywhere
				}
			}
			Matcher m = anchoredMatcher(r, rule, sentence);
			for (int at : numbers) {
				if (at > lastWord) {
					break; // a match from here would have to hold one of the words it
							// counts after the number
				}
				m.region(at, sentence.length());
				if (m.lookingAt()
						&& !rules.qualifiers.containsKey(String.valueOf(group(m, "n")).toLowerCase(Locale.ROOT))) {
					// "een zestigtal": "een" qualifies the number after it and counts
					// nothing
					String qualifier = null;
					int start = at;
					if (rules.qualifierBefore != null) {
						Matcher q = rules.qualifierBefore.matcher(sentence.substring(Math.max(0, at - 30), at));
						if (q.find()) {
							qualifier = q.group(1);
							start = at - (q.end() - q.start());
						}
					}
					Figure f = figure(m, rule, qualifier, start);
					if (f != null) {
						found.add(f);
					}
				}
			}
		}
		return found;
	}

	/**
	 * The matcher of an anchored count rule, made once per reading and reset for each
	 * sentence.
	 */
	private Matcher anchoredMatcher(int r, StatisticRules.Count rule, String sentence) {
		if (anchoredMatchers == null) {
			anchoredMatchers = new Matcher[rules.counts.size()];
		}
		Matcher m = anchoredMatchers[r];
		if (m == null) {
			m = rule.anchored().matcher(sentence);
			anchoredMatchers[r] = m;
			return m;
		}
		return m.reset(sentence);
	}

	/**
	 * Figures in text order; where two rules overlap the longer match wins. A period's
	 * own number is no figure: the caller drops those first.
	 */
	private static List<Figure> withoutOverlaps(List<Figure> figures) {
		List<Figure> found = new ArrayList<>(figures);
		found.sort(Comparator.comparingInt((Figure f) -> f.end() - f.start()).reversed());
		List<Figure> kept = new ArrayList<>();
		for (Figure f : found) {
			if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
				kept.add(f);
			}
		}
		kept.sort(Comparator.comparingInt(Figure::start));
		return kept;
	}

	private Figure figure(Matcher m, StatisticRules.Count rule, String qualifier, int start) {
		Metric metric = rule.metric();
		String number = group(m, "n");
		String ordinal = group(m, "ord");
		Qualifier q = qualifier == null ? Qualifier.EXACT : rules.qualifiers
			.getOrDefault(qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), Qualifier.EXACT);
		BigDecimal value;
		if (ordinal != null) {
			Integer v = ordinal.matches("\\d+\\D*") ? Integer.valueOf(ordinal.replaceAll("\\D", ""))
					: rules.ordinals.get(ordinal.toLowerCase(Locale.ROOT));
			value = v == null ? null : BigDecimal.valueOf(v);
		}
		else if (number != null) {
			String n = number.toLowerCase(Locale.ROOT).strip();
			if (n.matches("(?:19|20)\\d{2}")) {
				return null; // "in 2021 three murders": a year, not a count
			}
			Integer approximate = rules.approximates.get(n);
			if ((approximate != null || Numbers.approximate(n)) && q == Qualifier.EXACT) {
				q = Qualifier.ABOUT;
			}
			Integer word = approximate != null ? approximate : rules.numbers.get(n);
			value = word != null ? BigDecimal.valueOf(word) : value(number);
		}
		else {
			value = null;
		}
		return value == null ? null : new Figure(start, m.end(), metric, value, q, ordinal != null, rule.story());
	}

	/**
	 * The periods of a sentence: those the rules name, then the years, seasons and spans
	 * of its dates.
	 */
	private List<Span> periods(int index, Sentences.Sentence s) {
		List<Span> known = periodsBySentence.get(index);
		if (known == null) {
			known = java.util.Collections.unmodifiableList(periodsOf(index, s));
			periodsBySentence.put(index, known);
		}
		return known;
	}

	private List<Span> periodsOf(int index, Sentences.Sentence s) {
		List<Span> spans = new ArrayList<>();
		List<Span> found = new ArrayList<>();
		for (StatisticRules.Period rule : rules.periods) {
			Scan.Matches scan = rule.scan().matches(s.text());
			while (scan.next()) {
				Matcher m = scan.matcher();
				int start = m.start();
				int end = m.end();
				if (found.stream().anyMatch(p -> p.start() <= start && end <= p.end())) {
					continue; // within a period found before: "dit jaar" of "de eerste
								// vier maanden van dit jaar"
				}
				String n = group(m, "n");
				Integer count = null;
				if (n != null) {
					Integer word = rules.numbers.get(n.toLowerCase(Locale.ROOT));
					BigDecimal v = word != null ? BigDecimal.valueOf(word) : value(n);
					count = v == null ? null : v.intValue();
				}
				DateRange range = StatisticPeriods.resolve(rule.resolver(),
						new StatisticPeriods.Match(m, count, doc.published, rules.months));
				if (range != null) {
					// "in 2021" is a date like any other; "since the start of 2025" or
					// "in six months" counts over a period
					boolean named = !(rule.resolver().equals("year") && group(m, "year") != null
							&& m.group().matches("(?iu)\\S+\\s+\\d{4}"));
					found.add(new Span(start, end, range, named));
				}
			}
		}
		// where two periods overlap the longer wins, whichever rule comes first: "de
		// eerste vier maanden van dit jaar" is not "dit jaar"
		found.sort(Comparator.comparingInt((Span p) -> p.end() - p.start()).reversed());
		for (Span p : found) {
			if (spans.stream().noneMatch(k -> k.start() < p.end() && p.start() < k.end())) {
				spans.add(p);
			}
		}
		spans.sort(Comparator.comparingInt(Span::start));
		for (Dates.Mention d : doc.datesBySentence.get(index)) {
			DateRange r = d.range();
			if (s.text().substring(0, d.start()).strip().toLowerCase(Locale.ROOT).endsWith("date")) {
				continue; // the page-date marker a search index put in front of the text
							// dates the page, not a tally
			}
			if (!s.text().substring(d.start(), d.end()).matches("(?s).*\\d{4}.*")) {
				continue; // "last night" on a page dated to the month is a night, however
							// coarsely known; the rules name relative periods
			}
			boolean longerThanAMonth = r.precision() == DatePrecision.YEAR || r.precision() == DatePrecision.SEASON
					|| r.isKnown() && r.from().plusMonths(1).isBefore(r.to());
			if (longerThanAMonth && spans.stream().noneMatch(p -> p.start() < d.end() && d.start() < p.end())) {
				spans.add(new Span(d.start(), d.end(), r, false));
			}
		}
		return spans;
	}

	/**
	 * A period the two sentences before named, in the same paragraph: "Since January, ...
	 * . Antwerp alone had 40 shootings."
	 */
	private DateRange contextPeriod(int index, Sentences.Sentence s) {
		for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
			Sentences.Sentence before = doc.sentence(i);
			if (before.paragraph() != s.paragraph()) {
				break;
			}
			List<Span> named = periods(i, before).stream().filter(Span::named).toList();
			if (!named.isEmpty()) {
				return named.get(named.size() - 1).range();
			}
		}
		return null;
	}

	/** The period nearest the figure, among those that start after {@code after}. */
	private static Span nearest(List<Span> periods, Figure f, int after) {
		Span best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Span p : periods) {
			if (p.start() < after) {
				continue;
			}
			int distance = p.end() <= f.start() ? f.start() - p.end() : Math.max(0, p.start() - f.end());
			if (distance < bestDistance) {
				best = p;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * The place of a figure within its sentence: the nearest place named there; a
	 * neighbourhood within a district counts for its city ("the fourth shooting near the
	 * Porte de Hal" is a Brussels figure).
	 */
	private Where placeInSentence(int index, Sentences.Sentence s, Figure f) {
		Places.Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Places.Mention m : doc.placesBySentence.get(index)) {
			int start = m.start() - s.start();
			int end = m.end() - s.start();
			int distance = end <= f.start() ? f.start() - end : Math.max(0, start - f.end());
			if (m.role() == Places.Role.LOCATIVE && distance < bestDistance) {
				best = m;
				bestDistance = distance;
			}
		}
		if (best == null) {
			return null;
		}
		if (best.place() != null && isNeighbourhood(best.place())) {
			org.incidentatlas.place.Place city = doc.places.path(best.place()).city();
			return city != null ? where(city) : where(best);
		}
		return where(best);
	}

	/** A place below a district or a Brussels commune: Matonge, Seefhoek, Zuidas. */
	private boolean isNeighbourhood(org.incidentatlas.place.Place place) {
		org.incidentatlas.place.PlacePath path = doc.places.path(place);
		if (path.district() == null || path.city() == null) {
			return false;
		}
		return !topDistrict(place, path.city()).equals(place);
	}

	/** "The ninth death in the capital": the capital of the country the story is in. */
	private Where capital(int index, Sentences.Sentence s) {
		if (rules.capital == null) {
			return null;
		}
		Matcher m = rules.capital.matcher(s.text());
		if (!m.find()) {
			return null;
		}
		String country = doc.countryBefore.get(index);
		List<String> keys = rules.capitals.get(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		if (keys == null) {
			return null;
		}
		org.incidentatlas.place.Place first = null;
		for (String key : keys) {
			org.incidentatlas.place.Place p = doc.places.byKey(key);
			if (p != null && p.countryCode().equalsIgnoreCase(country == null ? "" : country)) {
				return where(p);
			}
			first = first == null ? p : first;
		}
		return first == null ? null : where(first);
	}

	/**
	 * The place the story is about so far, for a tally whose sentence names none: the one
	 * place its paragraph named before it, else the place below a country named most
	 * often before it; on a tie the larger place (a story about Berendrecht in Antwerp
	 * counts for Antwerp), then the later.
	 */
	private Where storyPlace(int index, Sentences.Sentence s) {
		Places.Mention paragraph = doc.paragraphPlace(index);
		if (paragraph != null) {
			return where(paragraph);
		}
		for (; placesCounted < index; placesCounted++) { // each sentence is counted once,
															// however many tallies follow
			StoryPlaces story = storyPlaces.computeIfAbsent(doc.sentence(placesCounted).story(),
					k -> new StoryPlaces());
			for (Places.Mention m : doc.placesBySentence.get(placesCounted)) {
				if (m.role() == Places.Role.LOCATIVE) {
					story.add(m.place() == null ? where(m) : where(m.place()));
				}
			}
		}
		StoryPlaces story = storyPlaces.get(s.story());
		Where named = story == null ? null : story.mostNamed();
		return named != null ? named : firstPlaceAfter(index, s);
	}

	/**
	 * A tally whose sentence names no place, taken from a district the story named: the
	 * district when it is the story's one place in its city, else the city, when the
	 * story names another district of it or the city as often ("two homes in Antwerp were
	 * shot at ... In Merksem a car burned ... That makes ten shootings in six months").
	 */
	private Where cityOverDistrict(Where w, int story) {
		if (w == null || w.depth() != 3 || w.key() == null) {
			return w;
		}
		org.incidentatlas.place.Place district = doc.places.byKey(w.key());
		org.incidentatlas.place.Place city = district == null ? null : doc.places.path(district).city();
		if (city == null) {
			return w;
		}
		org.incidentatlas.place.Place top = topDistrict(district, city);
		int districtNamed = 0;
		int cityNamed = 0;
		for (int i = 0; i < doc.size(); i++) {
			if (doc.sentence(i).story() != story) {
				continue;
			}
			for (Places.Mention m : doc.placesBySentence.get(i)) {
				if (m.role() != Places.Role.LOCATIVE || m.place() == null) {
					continue;
				}
				if (m.place().equals(city)) {
					cityNamed++;
				}
				else if (city.equals(doc.places.path(m.place()).city())
						&& doc.places.path(m.place()).district() != null) {
					if (!top.equals(topDistrict(m.place(), city))) {
						return where(city); // a second district: the story is about the
											// city
					}
					districtNamed++;
				}
			}
		}
		return cityNamed >= districtNamed ? where(city) : w;
	}

	/** The district of a city that holds a place: Kiel's is the Antwerp district. */
	private org.incidentatlas.place.Place topDistrict(org.incidentatlas.place.Place place,
			org.incidentatlas.place.Place city) {
		org.incidentatlas.place.Place top = place;
		for (org.incidentatlas.place.Place p : doc.places.lineage(place)) {
			if (p.equals(city)) {
				break;
			}
			top = p;
		}
		return top;
	}

	/**
	 * A tally in a story's first lines may name its place only after it: "57 shootings
	 * this year. Brussels ..."
	 */
	private Where firstPlaceAfter(int index, Sentences.Sentence s) {
		for (int i = index + 1; i < doc.size() && i <= index + 3 && doc.sentence(i).story() == s.story(); i++) {
			for (Places.Mention m : doc.placesBySentence.get(i)) {
				if (m.role() == Places.Role.LOCATIVE) {
					return where(m);
				}
			}
		}
		return null;
	}

	/** How often a story named each place, in order. */
	private static final class StoryPlaces {

		private final java.util.Map<String, Where> places = new java.util.HashMap<>();

		private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();

		private final java.util.Map<String, Integer> last = new java.util.HashMap<>();

		private int order;

		void add(Where w) {
			String key = w.key() != null ? w.key() : w.name();
			places.put(key, w);
			counts.merge(key, 1, Integer::sum);
			last.put(key, ++order);
		}

		Where mostNamed() {
			boolean belowACountry = places.values().stream().anyMatch(w -> w.depth() > 0);
			return places.keySet()
				.stream()
				.filter(k -> !belowACountry || places.get(k).depth() > 0) // "Belgium" is
																			// named
																			// often, and
																			// says little
				.max(Comparator.<String>comparingInt(counts::get)
					.thenComparing(Comparator.<String>comparingInt(k -> places.get(k).depth()).reversed())
					.thenComparingInt(last::get))
				.map(places::get)
				.orElse(null);
		}

	}

	// --- tonnages ---

	private void readTonnages(int index) {
		Sentences.Sentence s = doc.sentence(index);
		List<Dates.Mention> dates = doc.datesBySentence.get(index);
		List<Places.Mention> named = doc.placesBySentence.get(index);
		boolean seizureContext = index - lastTonnageSentence <= 1;
		for (Statistics.Tonnage f : Statistics.tonnages(s.text(), s.lower(), seizureContext)) {
			Dates.Mention date = Mentions.nearestDate(dates, f.start(), false);
			DateRange period = date != null ? date.range()
					: lastTonnage != null && seizureContext ? lastTonnage.period : null;
			if (f.fromKilos()) {
				// "200 kilos seized on Tuesday" is a seizure; "1,200 kilos seized this
				// year" a statistic
				Span own = nearest(periods(index, s),
						new Figure(f.start(), f.end(), null, f.tonnes(), f.qualifier(), false), -1);
				period = own == null ? null : own.range();
			}
			Where where = tonnagePlace(s, named, f.start(), f.end());
			if (period == null || where == null) {
				continue;
			}
			lastTonnage = add(s, index, where, period, Metric.COCAINE_SEIZED_TONNES,
					new Figure(f.start(), f.end(), Metric.COCAINE_SEIZED_TONNES, f.tonnes(), f.qualifier(), false));
			lastTonnageSentence = index;
		}
	}

	/**
	 * "90 tonnes – 70 tonnes of it in Antwerp – ahead of Spain (60 tonnes)": the place
	 * just before, or just after "in".
	 */
	private Where tonnagePlace(Sentences.Sentence s, List<Places.Mention> named, int figureStart, int figureEnd) {
		Places.Mention after = null;
		Places.Mention before = null;
		for (Places.Mention m : named) {
			int start = m.start() - s.start();
			int end = m.end() - s.start();
			String gap = start >= figureEnd ? s.text().substring(figureEnd, start) : "";
			if (start >= figureEnd && gap.matches(
					"(?iu)\\s*(?:of cocaine\\s+|cocaïne\\s+|de cocaïne\\s+)?(?:in|à|en)\\s+(?:the\\s+|de\\s+|la\\s+)?")) {
				after = m;
			}
			if (end <= figureStart) {
				String between = s.text().substring(end, figureStart);
				if (!between.matches(".*\\d\\s*(?:metric\\s+)?(?:tonnes|tons|ton|tonnen).*")) {
					before = m;
				}
			}
		}
		Places.Mention chosen = after != null ? after : before;
		return chosen == null ? null : where(chosen);
	}

	// --- shared ---

	/**
	 * Adds a statistic, or a passage to the same figure told again (same metric, value
	 * and place, periods that overlap).
	 */
	private StatDraft add(Sentences.Sentence s, int index, Where where, DateRange period, Metric metric, Figure f) {
		StatDraft draft = null;
		for (StatDraft d : statistics) {
			if (d.metric == metric && d.value.compareTo(f.value()) == 0 && d.where.name().equals(where.name())
					&& !d.period.from().isAfter(period.to()) && !period.from().isAfter(d.period.to())) {
				draft = d;
				break;
			}
		}
		if (draft == null) {
			draft = new StatDraft(where, period, metric, f.value(), f.qualifier(), s.story());
			statistics.add(draft);
		}
		Evidence e = Document.evidence(s);
		if (draft.evidence.stream().noneMatch(x -> x.start() == e.start())) {
			draft.evidence.add(e);
		}
		return draft;
	}

	private static String group(Matcher m, String name) {
		return StatisticRules.group(m, name);
	}

	private static BigDecimal value(String number) {
		Double n = number == null ? null : Numbers.parse(number);
		return n == null || n > 1e12 ? null
				: n == Math.floor(n) ? BigDecimal.valueOf(n.longValue()) : BigDecimal.valueOf(n).stripTrailingZeros();
	}

	private Where where(Places.Mention m) {
		if (m.place() != null) {
			return where(m.place());
		}
		return new Where(m.abroad().name(), m.abroad().country(), null, 0);
	}

	private Where where(org.incidentatlas.place.Place place) {
		org.incidentatlas.place.PlacePath path = doc.places.path(place);
		int depth = place.equals(path.district()) ? 3
				: place.equals(path.city()) ? 2 : place.equals(path.region()) ? 1 : 0;
		return new Where(place.displayName(), place.countryCode(), place.key(), depth);
	}

	/**
	 * @param depth 0 a country or wider, 1 a region, 2 a city, 3 a district
	 */
	private record Where(String name, String country, String key, int depth) {
	}

	/** A statistic being built. */
	private static final class StatDraft {

		final Where where;

		final DateRange period;

		final Metric metric;

		final BigDecimal value;

		final Qualifier qualifier;

		final int story;

		final List<Evidence> evidence = new ArrayList<>();

		StatDraft(Where where, DateRange period, Metric metric, BigDecimal value, Qualifier qualifier, int story) {
			this.where = where;
			this.period = period;
			this.metric = metric;
			this.value = value;
			this.qualifier = qualifier;
			this.story = story;
		}

		ProposedStatistic toStatistic() {
			return new ProposedStatistic(where.name(), where.country(), where.key(), period, metric, value, qualifier,
					evidence);
		}

	}

}
