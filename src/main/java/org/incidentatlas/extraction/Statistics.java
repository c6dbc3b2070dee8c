package org.incidentatlas.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.statistic.Qualifier;

/**
 * Quantities of drugs seized, "123 tonnes", "1.500 kilo": they become reported statistics
 * (in tonnes), never seizures. Counts of events are read by the rules of
 * {@link StatisticRules}.
 */
final class Statistics {

	/**
	 * A quantity found in a sentence, in tonnes; offsets are within the sentence.
	 *
	 * @param fromKilos true when the text gave kilos: a single haul is often weighed in
	 * kilos, so such a figure needs a period of its own
	 */
	record Tonnage(int start, int end, BigDecimal tonnes, Qualifier qualifier, boolean fromKilos) {
	}

	private static final String QUALIFIER = "(?:(over|more than|at least|about|around|nearly|almost|roughly|some|up to|fewer than|less than"
			+ "|meer dan|ruim|minstens|ten minste|bijna|ongeveer|zo'n|circa|minder dan|tot|plus de|au moins|près de|environ|presque|quelque|moins de|jusqu'à)\\s+)?";

	private static final String N = "(" + Numbers.PATTERN + ")";

	private static final Scan TONNES = Scan.of("(?iu)(?<![\\p{L}\\d,.])" + QUALIFIER + N
			+ "\\s*(?:metric\\s+)?(tonnes|tons|ton|tonnen|t|kilos|kilo's|kilo|kg|kilograms|kilogram|kilogrammes|kilogramme|kilogrammen)\\b");

	/**
	 * Words that mark a tally rather than a story: "recorded", "alone", "so far", "last
	 * year".
	 */
	static final Scan TALLY_CUE = Scan
		.of("(?iu)record|registered|counted|tally|so far|alone|since|last year|this year|in total|per year|a year|annual"
				+ "|geteld|geregistreerd|alleen al|sinds|vorig jaar|dit jaar|in totaal|per jaar|recensé|enregistré|depuis|l'an dernier|cette année|au total|par an");

	static final Scan SEIZURE_CUE = Scan
		.of("(?iu)seiz|confiscat|intercept|grabbed|haul|inbeslag|in beslag|onderschept|vangst|saisi|intercepté");

	private static final Scan CARRIED = Scan
		.of("(?iu)(?:smuggl|import|export|transport|smokkel|trafic|hidden|carrying|vervoer)\\w*\\s+(?:\\S+\\s+){0,3}$");

	private Statistics() {
	}

	/** Quantities of drugs seized, when the sentence is about seizures. */
	static List<Tonnage> tonnages(String sentence, String lower, boolean seizureContext) {
		List<Tonnage> figures = new ArrayList<>();
		if (!lower.contains("ton") && !lower.contains(" t ") && !lower.contains(" t.") && !lower.contains("kg")
				&& !lower.contains("kilo")) {
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
				boolean kilos = m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("k");
				BigDecimal tonnes = kilos
						? value.divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP).stripTrailingZeros() : value;
				figures.add(new Tonnage(m.start(), m.end(), tonnes, qualifier(m.group(1)), kilos));
			}
		}
		return figures;
	}

	private static BigDecimal value(String number) {
		Double n = number == null ? null : Numbers.parse(number);
		return n == null || n > 1e12 ? null
				: n == Math.floor(n) ? BigDecimal.valueOf(n.longValue()) : BigDecimal.valueOf(n).stripTrailingZeros();
	}

	private static Qualifier qualifier(String word) {
		if (word == null) {
			return Qualifier.EXACT;
		}
		String w = word.toLowerCase(java.util.Locale.ROOT);
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
