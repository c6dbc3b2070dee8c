package org.incidentatlas.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Tells English, Dutch and French apart by their commonest words. A few hundred words are
 * plenty; the count stops there so a 2 MB article costs no more than a short one.
 */
public final class LanguageDetector {

	private static final Set<String> EN = Set.of("the", "and", "of", "to", "was", "were", "is", "that", "with", "for",
			"on", "by", "after", "from", "has", "have", "been", "his", "her", "said", "which", "who", "at", "it");

	private static final Set<String> NL = Set.of("de", "het", "een", "en", "van", "op", "werd", "met", "voor", "niet",
			"dat", "die", "bij", "zijn", "naar", "ook", "maar", "heeft", "hebben", "worden", "wordt", "zich", "uit",
			"er", "werden", "aan", "te", "geen", "nog", "hij", "zij", "deze", "dit", "om", "tegen", "politie", "nacht",
			"woning", "gewond");

	private static final Set<String> FR = Set.of("le", "la", "les", "des", "et", "un", "une", "du", "est", "dans",
			"pour", "été", "par", "sur", "qui", "au", "aux", "avec", "il", "elle", "ont", "ce", "cette", "pas", "sont");

	private static final int WORDS_ENOUGH = 400;

	private LanguageDetector() {
	}

	/** The likeliest of the three; English when the text gives no clue. */
	public static Language detect(String text) {
		int en = 0;
		int nl = 0;
		int fr = 0;
		int words = 0;
		int i = 0;
		int n = text == null ? 0 : text.length();
		while (i < n && words < WORDS_ENOUGH) {
			while (i < n && !Character.isLetter(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < n && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (i > start && i - start <= 8) {
				String word = text.substring(start, i).toLowerCase(Locale.ROOT);
				words++;
				en += EN.contains(word) ? 1 : 0;
				nl += NL.contains(word) ? 1 : 0;
				fr += FR.contains(word) ? 1 : 0;
			}
		}
		if (nl > en && nl >= fr) {
			return Language.NL;
		}
		if (fr > en && fr > nl) {
			return Language.FR;
		}
		return Language.EN;
	}

}
