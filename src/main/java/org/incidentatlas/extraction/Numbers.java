package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Numbers as news text writes them: "48", "1,000", "1.500", "nine", "negen", "neuf", "a
 * dozen".
 */
final class Numbers {

	/** Matches one number, in digits or in words of any of the three languages. */
	static final String PATTERN;

	private static final Map<String, Integer> WORDS = new HashMap<>();

	static {
		String[] en = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
				"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty" };
		String[] nl = { "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
				"twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
				"twintig" };
		String[] fr = { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
				"douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt" };
		for (String[] words : new String[][] { en, nl, fr }) {
			for (int i = 0; i < words.length; i++) {
				WORDS.putIfAbsent(words[i], i);
			}
		}
		WORDS.put("één", 1);
		WORDS.put("une", 1);
		WORDS.put("thirty", 30);
		WORDS.put("forty", 40);
		WORDS.put("fifty", 50);
		WORDS.put("hundred", 100);
		WORDS.put("dertig", 30);
		WORDS.put("veertig", 40);
		WORDS.put("vijftig", 50);
		WORDS.put("honderd", 100);
		WORDS.put("trente", 30);
		WORDS.put("quarante", 40);
		WORDS.put("cinquante", 50);
		WORDS.put("cent", 100);
		WORDS.put("dozen", 12);
		WORDS.put("dozijn", 12);
		WORDS.put("douzaine", 12);
		// a number word is a whole word: not the "one" of "someone", the "un" of "gun",
		// nor the "dix" of "dix-septième"
		PATTERN = "(?:\\d{1,3}(?:[,.\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?|(?<![\\p{L}\\d])" + trie(WORDS.keySet())
				+ "(?![\\p{L}-]))";
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

	/** The value of a number matched by {@link #PATTERN}, or null when it is not one. */
	static Double parse(String token) {
		String t = token.strip().toLowerCase(Locale.ROOT);
		Integer word = WORDS.get(t);
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
