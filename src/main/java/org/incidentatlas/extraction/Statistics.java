package org.incidentatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;

/**
 * Aggregate figures: "92 shootings last year", "57 shootings since the start of 2025",
 * "123 tonnes". They become reported statistics, never incidents.
 */
final class Statistics {

	/** A figure found in a sentence, before its place and period are settled. Offsets are within the sentence. */
	record Figure(int start, int end, Metric metric, BigDecimal value, Qualifier qualifier, boolean ofWhich) {
	}

	private static final String QUALIFIER = "(?:(over|more than|at least|about|around|nearly|almost|roughly|some|up to|fewer than|less than"
			+ "|meer dan|ruim|minstens|ten minste|bijna|ongeveer|zo'n|circa|minder dan|tot|plus de|au moins|près de|environ|presque|quelque|moins de|jusqu'à)\\s+)?";

	private static final String N = "(" + Numbers.PATTERN + ")";

	private static final Scan COUNT = Scan.of("(?iu)(?<![\\p{L}\\d,.])" + QUALIFIER + N
			+ "\\s+(?:(?:recorded|registered|reported|separate|fatal|violent|armed|new|drug-related|gun|drugsgerelateerde|geregistreerde|nouvelles?)\\s+)?"
			+ "(shootings|shooting incidents|schietpartijen|schietincidenten|fusillades|explosions|explosies|ontploffingen"
			+ "|bomb attacks|grenade attacks|explosieve aanslagen|murders|homicides|killings|moorden|liquidaties|meurtres|assassinats"
			+ "|kidnappings|abductions|ontvoeringen|enlèvements|arrests|arrestaties|arrestations)\\b");

	private static final Scan CASUALTY = Scan.of("(?iu)(killing|injuring|wounding|leaving)\\s+" + QUALIFIER + N
			+ "(?:\\s+(?:people|persons|dead|others))?|" + QUALIFIER + N
			+ "\\s+(?:people\\s+)?(?:were\\s+)?(killed|dead|deaths|injured|wounded|doden|gewonden|morts|tués|blessés)\\b");

	private static final Scan TONNES = Scan.of("(?iu)(?<![\\p{L}\\d,.])" + QUALIFIER + N
			+ "\\s*(?:metric\\s+)?(tonnes|tons|ton|tonnen|t)\\b");

	private static final Scan OF_WHICH = Scan.of("(?iu)(?:" + N + "\\s+(?:of which|of them|of those|daarvan|d'entre eux)|(?:waarvan|dont)\\s+" + N + ")");

	/** Words that mark a tally rather than a story: "recorded", "alone", "so far", "last year". */
	static final Scan TALLY_CUE = Scan.of(
			"(?iu)record|registered|counted|tally|so far|alone|since|last year|this year|in total|per year|a year|annual"
					+ "|geteld|geregistreerd|alleen al|sinds|vorig jaar|dit jaar|in totaal|per jaar|recensé|enregistré|depuis|l'an dernier|cette année|au total|par an");

	static final Scan SEIZURE_CUE = Scan.of(
			"(?iu)seiz|confiscat|intercept|grabbed|haul|inbeslag|in beslag|onderschept|vangst|saisi|intercepté");

	private static final Scan CARRIED = Scan.of("(?iu)(?:smuggl|import|export|transport|smokkel|trafic|hidden|carrying|vervoer)\\w*\\s+(?:\\S+\\s+){0,3}$");

	private Statistics() {
	}

	/** The tallies in one sentence, in text order; {@code lower} is the sentence in lower case. */
	static List<Figure> counts(String sentence, String lower) {
		List<Figure> figures = new ArrayList<>();
		if (!mentionsATally(lower)) {
			return figures;
		}
		Scan.Matches m = COUNT.matches(sentence);
		while (m.next()) {
			BigDecimal value = value(m.group(2));
			if (value != null && value.compareTo(BigDecimal.ONE) > 0) {
				figures.add(new Figure(m.start(), m.end(), metricOf(m.group(3)), value, qualifier(m.group(1)), false));
			}
		}
		if (figures.isEmpty()) {
			return figures;
		}
		Scan.Matches c = CASUALTY.matches(sentence);
		while (c.next()) {
			String verb = c.group(1) != null ? c.group(1) : c.group(6);
			String number = c.group(1) != null ? c.group(3) : c.group(5);
			String qualifier = c.group(1) != null ? c.group(2) : c.group(4);
			BigDecimal value = value(number);
			if (value != null && overlapsNone(figures, c.start(), c.end())) {
				figures.add(new Figure(c.start(), c.end(), verb.toLowerCase().matches("kill.*|lea.*|dead|deaths|doden|morts|tués")
						? Metric.KILLED : Metric.INJURED, value, qualifier(qualifier), false));
			}
		}
		Scan.Matches w = OF_WHICH.matches(sentence);
		while (w.next()) {
			BigDecimal value = value(w.group(1) != null ? w.group(1) : w.group(2));
			Figure previous = lastBefore(figures, w.start());
			if (value != null && previous != null && overlapsNone(figures, w.start(), w.end())) {
				figures.add(new Figure(w.start(), w.end(), previous.metric(), value, Qualifier.EXACT, true));
			}
		}
		figures.sort(java.util.Comparator.comparingInt(Figure::start));
		return figures;
	}

	/** A cheap look for the nouns a tally needs, before the costly patterns run. */
	private static boolean mentionsATally(String lower) {
		for (String stem : TALLY_NOUNS) {
			if (lower.contains(stem)) {
				return true;
			}
		}
		return false;
	}

	private static final String[] TALLY_NOUNS = { "shooting", "schiet", "fusillade", "explos", "ontploff", "attack",
			"aanslag", "murder", "homicide", "killing", "moord", "liquidat", "meurtre", "assassinat", "kidnap", "abduction",
			"ontvoering", "enlèvement", "arrest" };

	/** Tonnages of drugs seized, when the sentence is about seizures. */
	static List<Figure> tonnages(String sentence, String lower, boolean seizureContext) {
		List<Figure> figures = new ArrayList<>();
		if (!lower.contains("ton") && !lower.contains(" t ") && !lower.contains(" t.")) {
			return figures;
		}
		if (!seizureContext && !SEIZURE_CUE.in(sentence)) {
			return figures;
		}
		Scan.Matches m = TONNES.matches(sentence);
		while (m.next()) {
			BigDecimal value = value(m.group(2));
			String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
			if (value != null && !CARRIED.in(before)) {
				figures.add(new Figure(m.start(), m.end(), Metric.COCAINE_SEIZED_TONNES, value, qualifier(m.group(1)), false));
			}
		}
		return figures;
	}

	private static Figure lastBefore(List<Figure> figures, int position) {
		Figure last = null;
		for (Figure f : figures) {
			if (f.start() < position) {
				last = f;
			}
		}
		return last;
	}

	private static boolean overlapsNone(List<Figure> figures, int start, int end) {
		return figures.stream().noneMatch(f -> f.start() < end && start < f.end());
	}

	private static BigDecimal value(String number) {
		Double n = number == null ? null : Numbers.parse(number);
		return n == null || n > 1e12 ? null
				: n == Math.floor(n) ? BigDecimal.valueOf(n.longValue()) : BigDecimal.valueOf(n).stripTrailingZeros();
	}

	private static Metric metricOf(String noun) {
		String n = noun.toLowerCase();
		if (n.matches("shoot.*|schiet.*|fusillades")) {
			return Metric.SHOOTINGS;
		}
		if (n.matches("explos.*|ontploff.*|bomb.*|grenade.*")) {
			return Metric.EXPLOSIONS;
		}
		if (n.matches("kidnap.*|abduct.*|ontvoer.*|enlèvements")) {
			return Metric.KIDNAPPINGS;
		}
		if (n.matches("arrest.*")) {
			return Metric.ARRESTS;
		}
		return Metric.HOMICIDES;
	}

	private static Qualifier qualifier(String word) {
		if (word == null) {
			return Qualifier.EXACT;
		}
		String w = word.toLowerCase();
		if (w.matches("over|more than|meer dan|ruim|plus de")) {
			return Qualifier.OVER;
		}
		if (w.matches("at least|minstens|ten minste|au moins")) {
			return Qualifier.AT_LEAST;
		}
		if (w.matches("fewer than|less than|minder dan|moins de")) {
			return Qualifier.UNDER;
		}
		if (w.matches("up to|tot|jusqu'à")) {
			return Qualifier.AT_MOST;
		}
		return Qualifier.ABOUT;
	}

}
