package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Numbers as news text writes them: "48", "1,000", "1.500", "nine", "negen", "neuf", "a
 * dozen", "une soixantaine". The words are every language's {@code numbers.txt}
 * ({@link NumberRules}), read once, when this class is loaded.
 */
final class Numbers {

	/** Matches one number, in digits or in words of any of the three languages. */
	static final String PATTERN;

	/**
	 * Matches one ordinal in words of any of the three languages: "third", "derde",
	 * "troisième"; {@link #ordinal} gives its value.
	 */
	static final String ORDINAL_PATTERN;

	private static final Map<String, Integer> WORDS;

	private static final Map<String, Integer> ORDINALS;

	private static final Set<String> APPROXIMATE;

	static {
		NumberRules rules = NumberRules.shipped();
		WORDS = Map.copyOf(rules.counts());
		ORDINALS = Map.copyOf(rules.ordinals());
		APPROXIMATE = Set.copyOf(rules.approximate());
		// a number word is a whole word: not the "one" of "someone", the "un" of "gun",
		// nor the "dix" of "dix-septième"
		PATTERN = "(?:\\d{1,3}(?:[,.\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?"
				+ (WORDS.isEmpty() ? "" : "|(?<![\\p{L}\\d])" + trie(WORDS.keySet()) + "(?![\\p{L}-])") + ")";
		ORDINAL_PATTERN = ORDINALS.isEmpty() ? "(?!)"
				: "(?:(?<![\\p{L}\\d])" + trie(ORDINALS.keySet()) + "(?![\\p{L}-]))";
	}

	private Numbers() {
	}

	/**
	 * One regex for a set of words, as a letter tree: "se(?:ven(?:teen)?|ize|pt)|..."
	 * rather than a list, so that the regex engine rejects a word after a letter or two
	 * instead of after trying every word. A longer word is tried before its prefix, as in
	 * a list sorted longest first.
	 */
	static String trie(Collection<String> words) {
		return branch(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
	}

	private static String branch(List<String> words) {
		Map<Character, List<String>> byFirst = new TreeMap<>();
		boolean ends = false;
		for (String w : words) {
			if (w.isEmpty()) {
				ends = true;
			}
			else {
				byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
			}
		}
		if (byFirst.isEmpty()) {
			return "";
		}
		StringJoiner alternatives = new StringJoiner("|", "(?:", ends ? ")?" : ")");
		byFirst.forEach((c, rests) -> alternatives.add((Character.isLetterOrDigit(c) ? "" : "\\") + c + branch(rests)));
		return alternatives.toString();
	}

	/**
	 * Whether a number matched by {@link #PATTERN} is a round figure: "een tiental", "a
	 * dozen", "une soixantaine".
	 */
	static boolean approximate(String token) {
		return APPROXIMATE.contains(token.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
	}

	/** The value of an ordinal matched by {@link #ORDINAL_PATTERN}, or null. */
	static Integer ordinal(String token) {
		return ORDINALS.get(token.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
	}

	/** The value of a number matched by {@link #PATTERN}, or null when it is not one. */
	static Double parse(String token) {
		String t = token.strip().toLowerCase(Locale.ROOT);
		Integer word = WORDS.get(t.replaceAll("\\s+", " "));
		if (word != null) {
			return word.doubleValue();
		}
		if (t.matches("\\d{1,3}(?:[,.\u00a0 ]\\d{3})+")) {
			return Double.valueOf(t.replaceAll("[,.\u00a0 ]", ""));
		}
		if (t.matches("\\d+(?:[.,]\\d+)?")) {
			return Double.valueOf(t.replace(',', '.'));
		}
		return null;
	}

}
