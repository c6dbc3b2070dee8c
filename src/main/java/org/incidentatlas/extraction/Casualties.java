package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads how many were killed and injured, and the victims' ages, from one sentence:
 * "killing nine and injuring 48", "twee doden", "an 11-year-old girl was shot dead".
 */
final class Casualties {

	record Count(Integer killed, Integer injured, List<Integer> ages) {
	}

	private static final String N = "(" + Numbers.PATTERN + ")";

	private static final Scan KILLED = Scan.of("(?iu)(?:killing|leaving|left)\\s+(?:at least\\s+|about\\s+)?" + N
			+ "(?:\\s+(?:people|persons|men|women|dead))?|" + N
			+ "\\s+(?:people\\s+|persons\\s+|men\\s+|women\\s+|victims\\s+)?(?:were\\s+|was\\s+|have been\\s+)?(?:killed|dead|died|doden|dode|morts|tués|tuées|personnes tuées)\\b"
			+ "|(?:faisant|fait)\\s+" + N + "\\s+morts?");

	private static final Scan INJURED = Scan.of("(?iu)(?:injuring|wounding)\\s+(?:at least\\s+|about\\s+)?" + N + "|"
			+ N
			+ "\\s+(?:people\\s+|persons\\s+|others\\s+)?(?:were\\s+|was\\s+)?(?:injured|wounded|hurt|gewonden|gewond|blessés|blessées|personnes blessées)\\b"
			+ "|(?:faisant|fait)\\s+(?:\\S+\\s+)?" + N + "\\s+blessés?");

	private static final Scan NOBODY_HURT = Scan
		.of("(?iu)\\b(?:nobody|no one|no-one|niemand|(?<!une )(?<!la )(?<!cette )personne)\\s+(?:\\S+\\s+){0,4}(?:injured|hurt|wounded|gewond|blessée?)"
				+ "|geen gewonden|geen (?:\\S+ ){0,3}gewonden|geen van (?:\\S+ ){0,3}(?:\\S+ )?iemand (?:\\S+ )?gewond|pas de blessés?|aucun blessé|without injur|unharmed|unhurt|escaped unhurt"
				+ "|ongedeerd|ongeschonden|indemnes?|sains? et saufs?|n['’]a fait aucun blessé|n['’]y a pas (?:eu )?de blessés?");

	/**
	 * A victim who was hurt, told without a number: "raakte gewond", "a été blessé", "was
	 * taken to hospital".
	 */
	private static final Scan HURT = Scan
		.of("(?iu)\\b(?:(?:raakte|raakten|werd|werden|is|zijn)\\s+(?:\\S+\\s+){0,3}?(?:licht|zwaar|ernstig|levensgevaarlijk)?gewond"
				+ "|(?:licht|zwaar|ernstig)?gewond (?:geraakt|geraakte)|naar het ziekenhuis (?:gebracht|overgebracht|afgevoerd)"
				+ "|(?:was|were|is|are|been)\\s+(?:\\S+\\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)|(?:suffered|sustained) (?:\\S+ )?injuries|taken to (?:the )?hospital"
				+ "|(?:a|ont|avait|avaient) été (?:\\S+\\s+)?(?:blessée?s?|hospitalisée?s?|transportée?s? à l['’]hôpital)|blessant|est (?:\\S+\\s+)?blessée?)\\b");

	/** A victim between life and death, or saved: alive, so killed 0 and injured 1. */
	private static final Scan CRITICAL = Scan
		.of("(?iu)\\b(?:in levensgevaar|buiten levensgevaar|in kritieke toestand|in critical condition|in a critical condition|fighting for (?:his|her) life"
				+ "|en danger de mort|entre la vie et la mort|hors de danger|pronostic vital)");

	private static final Scan AGE = Scan
		.of("(?iu)\\b(\\d{1,2})-year-old\\b|\\baged (\\d{1,2})\\b|\\b(\\d{1,2})-jarige?\\b|\\b(\\d{1,2}) jaar oud\\b|\\((\\d{1,2})\\)|âgée? de (\\d{1,2}) ans|\\bde (\\d{1,2}) ans\\b");

	private static final Scan PLURAL_VICTIMS = Scan.of("(?iu)\\b(" + Numbers.PATTERN
			+ ")\\s+(?:\\S+\\s+)?(?:people|persons|men|women|children|teenagers|victims|mensen|personen|mannen|vrouwen|jongeren|personnes|hommes|femmes|jeunes)\\b");

	private Casualties() {
	}

	static Count read(String sentence, Lexicon.Outcome outcome) {
		Integer killed = first(KILLED, sentence);
		Integer injured = first(INJURED, sentence);
		if (NOBODY_HURT.in(sentence)) {
			injured = injured == null ? 0 : injured;
			if (outcome != Lexicon.Outcome.KILLED) {
				killed = killed == null ? 0 : killed;
			}
		}
		int victims = victims(sentence);
		if (CRITICAL.in(sentence) && killed == null) {
			killed = 0;
			injured = injured == null ? victims : injured;
		}
		if (injured == null && HURT.in(sentence) && !NOBODY_HURT.in(sentence)) {
			injured = victims;
		}
		if (outcome == Lexicon.Outcome.KILLED && killed == null) {
			killed = victims;
		}
		if (outcome == Lexicon.Outcome.INJURED && injured == null) {
			injured = victims;
		}
		List<Integer> ages = new ArrayList<>();
		Scan.Matches m = AGE.matches(sentence);
		while (m.next() && ages.size() < 5) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					int age = Integer.parseInt(m.group(g));
					if (age > 0 && age < 100) {
						ages.add(age);
					}
					break;
				}
			}
		}
		return new Count(killed, injured, ages);
	}

	/** Whether the sentence says that nobody was hurt. */
	static boolean nobodyHurt(String sentence) {
		return NOBODY_HURT.in(sentence);
	}

	/** "Two men were shot dead" means two; a single victim is the default. */
	private static int victims(String sentence) {
		Scan.Matches m = PLURAL_VICTIMS.matches(sentence);
		if (m.next()) {
			Double n = Numbers.parse(m.group(1));
			if (n != null && n >= 1 && n < 1000 && n == Math.floor(n)) {
				return n.intValue();
			}
		}
		return 1;
	}

	private static Integer first(Scan pattern, String sentence) {
		Scan.Matches m = pattern.matches(sentence);
		while (m.next()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					Double n = Numbers.parse(m.group(g));
					if (n != null && n == Math.floor(n) && n < 100_000) {
						return n.intValue();
					}
				}
			}
		}
		return null;
	}

}
