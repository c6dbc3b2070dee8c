package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex that knows which two characters its matches can start with, so that a scan
 * tries it only there. {@code java.util.regex} tries a long alternation
 * ("one|two|three|...|vingt") branch by branch at every position of the text; most of the
 * extractor's time went there.
 * <p>
 * The start pairs are worked out by asking the regex engine itself, the first characters
 * at once and the second ones when a first character is first met: a match can start with
 * "ab" only if matching "ab" alone succeeds or runs off the end of the input
 * ({@link Matcher#hitEnd}). Each pair is asked twice, after nothing and after a letter,
 * so that a {@code \b} at the start is judged both ways. A regex without look-behind
 * whose only looks before its start are {@code \b}, {@code \B} and negative look-behinds
 * of one character class keeps the two answers apart: a position after an ASCII letter or
 * digit is judged by the answer after such a character, one at the start or after other
 * ASCII by the answer after nothing, one after any other character by both, or tried when
 * the regex looks behind; so "no" in "snow" is not tried for {@code \bno\b}, nor "een" in
 * "geen" for {@code (?<![\p{L}\d])een}. A character outside the probed alphabet is always
 * tried. A scan therefore finds exactly what {@link Matcher#find} finds, only sooner;
 * {@code ScanTest} checks that on random text. A positive look-behind at the start could
 * not be judged this way, so a regex that holds one is always tried.
 */
final class Scan {

	/**
	 * The characters asked about: printable ASCII, Latin-1 and Latin Extended-A, and a
	 * few typographic marks.
	 */
	private static final String ALPHABET;

	private static final int[] INDEX = new int[0x2030];

	static {
		StringBuilder b = new StringBuilder("\n\t\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026");
		for (char c = 0x20; c < 0x7f; c++) {
			b.append(c);
		}
		for (char c = 0xc0; c < 0x180; c++) {
			b.append(c);
		}
		ALPHABET = b.toString();
		java.util.Arrays.fill(INDEX, -1);
		for (int i = 0; i < ALPHABET.length(); i++) {
			INDEX[ALPHABET.charAt(i)] = i;
		}
	}

	private static final int K = ALPHABET.length();

	/**
	 * The contexts of a position: the start of the text or after an ASCII character that
	 * is not a word character, and after an ASCII letter, digit or underscore.
	 */
	private static final int ALONE = 0, AFTER_WORD = 1;

	private final Pattern pattern;

	/**
	 * By context, then by the first character's place in the alphabet, one bit each; null
	 * when every position must be tried.
	 */
	private final long[][] firsts;

	/**
	 * By context, then by the first character: the second characters that can follow it,
	 * worked out when first needed.
	 */
	private final Row[][] seconds;

	/**
	 * Whether the character before a position matters ({@code \b}, {@code \B} and no
	 * look-behind): then a position is judged in its context, else as in any.
	 */
	private final boolean inContext;

	/**
	 * The characters a position after an ASCII word character is asked after: one for
	 * each way the regex's look-behinds tell those characters apart.
	 */
	private final String[] afterWord;

	/** Whether the regex holds a look-behind. */
	private final boolean lookBehind;

	/**
	 * Whether the end of the text must be tried too: the regex can match nothing there.
	 */
	private final boolean emptyAtTheEnd;

	/**
	 * By character below U+0180 (ASCII, Latin-1 and Latin Extended-A; small, as there are
	 * many scans): 0 when no match can start with it in any context, else 1; null when
	 * every position must be tried. A scan skips the characters marked 0 with one look-up
	 * each.
	 */
	private final byte[] startChars;

	/** A row of second characters, bit by bit; final, so safely shared by threads. */
	private record Row(long[] bits) {
	}

	private Scan(Pattern pattern, long[][] firsts, String[] afterWord) {
		this.pattern = pattern;
		this.firsts = firsts;
		this.inContext = afterWord != null;
		this.afterWord = afterWord;
		this.lookBehind = pattern.pattern().contains("(?<!");
		this.seconds = new Row[inContext ? 2 : 1][K];
		this.emptyAtTheEnd = firsts == null || matchesNothingAtTheEnd(pattern);
		this.startChars = firsts == null ? null : startChars(firsts);
	}

	private static byte[] startChars(long[][] firsts) {
		byte[] chars = new byte[0x180];
		for (int c = 0; c < chars.length; c++) {
			int a = INDEX[c];
			boolean may = a < 0;
			for (long[] context : firsts) {
				may |= a >= 0 && has(context, a);
			}
			chars[c] = (byte) (may ? 1 : 0);
		}
		return chars;
	}

	static Scan of(String regex) {
		return of(Pattern.compile(regex));
	}

	static Scan of(Pattern pattern) {
		String regex = pattern.pattern();
		if (regex.contains("(?<=") || pattern.matcher("").lookingAt()) {
			return new Scan(pattern, null, null);
		}
		String[] afterWord = afterWord(pattern);
		long[][] firsts = new long[afterWord != null ? 2 : 1][];
		for (int context = 0; context < firsts.length; context++) {
			firsts[context] = new long[(K + 63) >>> 6];
			for (int a = 0; a < K; a++) {
				if (canStart(pattern, String.valueOf(ALPHABET.charAt(a)), afterWord, context)) {
					firsts[context][a >>> 6] |= 1L << a;
				}
			}
		}
		return new Scan(pattern, firsts, afterWord);
	}

	/** The ASCII letters and digits. */
	private static final String ASCII_WORD;

	static {
		StringBuilder b = new StringBuilder();
		for (char c = 'a'; c <= 'z'; c++) {
			b.append(c).append(Character.toUpperCase(c));
		}
		for (char c = '0'; c <= '9'; c++) {
			b.append(c);
		}
		ASCII_WORD = b.toString();
	}

	/**
	 * The characters to ask after for a position after an ASCII letter or digit, or null
	 * when the character before a position cannot be judged apart: the regex does not
	 * look before its start, or looks there with more than a word boundary ({@code \b},
	 * {@code \B}) and negative look-behinds of one character class
	 * ({@code (?<![\p{L}\d])}). A word boundary sees every ASCII word character alike; a
	 * look-behind of one class sees only the character before, so the ASCII word
	 * characters that every class (with and without case folding and Unicode classes)
	 * takes or leaves alike are asked about once.
	 */
	private static String[] afterWord(Pattern pattern) {
		String regex = pattern.pattern();
		List<String> classes = new ArrayList<>();
		for (int at = regex.indexOf("(?<!"); at >= 0; at = regex.indexOf("(?<!", at + 1)) {
			int end = regex.indexOf("])", at);
			String body = end < 0 ? "" : regex.substring(at + 4, end + 1);
			if (!body.startsWith("[") || body.startsWith("[^") || body.indexOf('[', 1) >= 0
					|| body.indexOf(']') != body.length() - 1 || body.contains("&&") || body.contains("\\Q")
					|| body.endsWith("\\]")) {
				return null;
			}
			classes.add(body);
		}
		if (classes.isEmpty() && !regex.contains("\\b") && !regex.contains("\\B")
				|| (pattern.flags() & Pattern.COMMENTS) != 0 || regex.contains("(?x") || regex.contains("(?ix")) {
			return null;
		}
		java.util.Map<String, String> byMembership = new java.util.LinkedHashMap<>();
		for (char c : ASCII_WORD.toCharArray()) {
			StringBuilder key = new StringBuilder();
			for (String cls : classes) {
				for (int flags : new int[] { 0, Pattern.CASE_INSENSITIVE, Pattern.UNICODE_CHARACTER_CLASS,
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS }) {
					try {
						key.append(Pattern.compile(cls, flags).matcher(String.valueOf(c)).matches() ? '1' : '0');
					}
					catch (java.util.regex.PatternSyntaxException ex) {
						return null;
					}
				}
			}
			byMembership.putIfAbsent(key.toString(), String.valueOf(c));
		}
		return byMembership.values().toArray(String[]::new);
	}

	private long[] seconds(int context, int a) {
		Row row = seconds[context][a];
		if (row == null) { // two threads may both work it out; they get the same answer
			long[] bits = new long[(K + 63) >>> 6];
			char first = ALPHABET.charAt(a);
			for (int b = 0; b < K; b++) {
				if (canStart(pattern, new String(new char[] { first, ALPHABET.charAt(b) }), afterWord, context)) {
					bits[b >>> 6] |= 1L << b;
				}
			}
			row = new Row(bits);
			seconds[context][a] = row;
		}
		return row.bits();
	}

	/**
	 * Whether a match could begin with {@code head}: in its context when
	 * {@code inContext}, else after nothing or after a letter.
	 */
	private static boolean canStart(Pattern pattern, String head, String[] afterWord, int context) {
		if (afterWord == null) {
			return canStart(pattern, head);
		}
		if (context == ALONE) {
			return startsAlone(pattern, head);
		}
		for (String before : afterWord) {
			if (startsAfter(pattern, before, head)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a match could begin with {@code head}, after nothing or after a letter. */
	private static boolean canStart(Pattern pattern, String head) {
		if (startsAlone(pattern, head)) {
			return true;
		}
		if (!pattern.pattern().contains("\\b") && !pattern.pattern().contains("\\B")) {
			return false; // nothing else looks before the start
		}
		for (String before : WORD_CHARACTERS) {
			if (startsAfter(pattern, before, head)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsAlone(Pattern pattern, String head) {
		Matcher alone = pattern.matcher(head);
		return alone.lookingAt() || alone.hitEnd();
	}

	private static boolean startsAfter(Pattern pattern, String before, String head) {
		Matcher after = pattern.matcher(before + head).useTransparentBounds(true).useAnchoringBounds(false);
		after.region(before.length(), before.length() + head.length());
		return after.lookingAt() || after.hitEnd();
	}

	/** A letter, a digit and an underscore: what a word boundary sees before a match. */
	private static final String[] WORD_CHARACTERS = { "x", "0", "_" };

	/**
	 * Whether the regex can match nothing at the end of a text, after some character
	 * ("\\b", "$").
	 */
	private static boolean matchesNothingAtTheEnd(Pattern pattern) {
		for (String before : new String[] { "x", "0", "_", " ", "." }) {
			Matcher m = pattern.matcher(before).useTransparentBounds(true).useAnchoringBounds(false);
			if (m.region(1, 1).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	Pattern pattern() {
		return pattern;
	}

	/** Whether a match could start with the character {@code c}. */
	boolean mayStartWith(char c) {
		int a = index(c);
		if (firsts == null || a < 0) {
			return true;
		}
		for (long[] context : firsts) {
			if (has(context, a)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a match could start at {@code text[i]}. */
	boolean mayStartAt(CharSequence text, int i) {
		if (firsts == null || i >= text.length()) {
			return true;
		}
		int a = index(text.charAt(i));
		if (a < 0) {
			return true;
		}
		if (!inContext) {
			return mayStartAt(ALONE, text, i, a);
		}
		char before = i == 0 ? ' ' : text.charAt(i - 1);
		if (before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9') {
			return mayStartAt(AFTER_WORD, text, i, a);
		}
		if (before < 0x80 && before != '_') {
			return mayStartAt(ALONE, text, i, a);
		}
		// an underscore, or a character outside ASCII: judged both ways, or tried when a
		// look-behind may tell it apart
		return lookBehind || before == '_' ? true : mayStartAt(ALONE, text, i, a) || mayStartAt(AFTER_WORD, text, i, a);
	}

	/**
	 * Whether {@link #mayStartAt} judges a position after {@code before} by the start
	 * pairs, rather than trying it after an underscore or, when the regex looks behind,
	 * after a character outside ASCII.
	 */
	private boolean judged(char before) {
		return before < 0x80 ? before != '_' : !lookBehind;
	}

	private boolean mayStartAt(int context, CharSequence text, int i, int a) {
		if (!has(firsts[context], a)) {
			return false;
		}
		if (i + 1 >= text.length()) {
			return true;
		}
		int b = index(text.charAt(i + 1));
		return b < 0 || has(seconds(context, a), b);
	}

	private static boolean has(long[] bits, int i) {
		return (bits[i >>> 6] & 1L << i) != 0;
	}

	private static int index(char c) {
		return c < INDEX.length ? INDEX[c] : -1;
	}

	/**
	 * The matches in a text, in order, as {@code pattern.matcher(text)} and
	 * {@link Matcher#find()} give them.
	 */
	Matches matches(CharSequence text) {
		return new Matches(text);
	}

	/** Whether the regex matches anywhere in the text. */
	boolean in(CharSequence text) {
		return matches(text).next();
	}

	/** A scan through one text. Groups and offsets are those of the last match found. */
	final class Matches {

		private final CharSequence text;

		/** Made when first needed: most scans of a sentence find no place to try. */
		private Matcher matcher;

		private int from;

		private Matches(CharSequence text) {
			this.text = text;
		}

		/** Finds the next match; false when there is none. */
		boolean next() {
			int length = text.length();
			int last = emptyAtTheEnd ? length : length - 1; // only a regex that matches
															// nothing can match at the
															// end
			byte[] chars = startChars;
			for (int i = from; i <= last; i++) {
				if (chars != null && i < length) {
					// no context lets a match start with this character: skip it at once,
					// unless mayStartAt would try it whatever it is (after an underscore,
					// ...)
					char c = text.charAt(i);
					if (c < chars.length && chars[c] == 0 && (!inContext || i == 0 || judged(text.charAt(i - 1)))) {
						continue;
					}
				}
				if (mayStartAt(text, i) && lookingAt(i)) {
					from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
					return true;
				}
			}
			from = length + 1;
			return false;
		}

		/**
		 * Whether the regex matches starting exactly at {@code i}; the match is then held
		 * here. For a position {@link Scan#mayStartAt} allowed.
		 */
		boolean lookingAt(int i) {
			return matcher().region(i, text.length()).lookingAt();
		}

		int start() {
			return matcher.start();
		}

		int end() {
			return matcher.end();
		}

		int start(int group) {
			return matcher.start(group);
		}

		int end(int group) {
			return matcher.end(group);
		}

		String group(int group) {
			return matcher.group(group);
		}

		int groupCount() {
			return matcher().groupCount();
		}

		/** The matcher holding the last match, for code that reads it like any other. */
		Matcher matcher() {
			if (matcher == null) {
				matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			}
			return matcher;
		}

	}

}
