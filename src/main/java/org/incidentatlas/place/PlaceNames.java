package org.incidentatlas.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form in which place names are compared: lower case, no accents, no punctuation. */
public final class PlaceNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.,'’`/()]+");

	private PlaceNames() {
	}

	/**
	 * "Liège" and "liege", "Sint-Truiden" and "sint truiden", "'s-Hertogenbosch" and "s
	 * hertogenbosch" compare equal.
	 */
	public static String normalize(String name) {
		String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD)
			.replace("œ", "oe")
			.replace("Œ", "Oe")
			.replace("ß", "ss");
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(plain).replaceAll(" ").strip();
	}

}
