package org.incidentatlas.extraction;

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
 * whose only look before its start is {@code \b} or {@code \B} keeps the two answers
 * apart: a position after an ASCII letter, digit or underscore is judged by the answer
 * after a letter, one at the start or after other ASCII by the answer after nothing, one
 * after any other character by both; so "no" in "snow" is not tried for {@code \bno\b}. A
 * character outside the probed alphabet is always tried. A scan therefore finds exactly
 * what {@link Matcher#find} finds, only sooner; {@code ScanTest} checks that on random
 * text. A positive look-behind at the start could not be judged this way, so a regex that
 * holds one is always tried.
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
	 * Whether the end of the text must be tried too: the regex can match nothing there.
	 */
	private final boolean emptyAtTheEnd;

	/** A row of second characters, bit by bit; final, so safely shared by threads. */
	private record Row(long[] bits) {
	}

	private Scan(Pattern pattern, long[][] firsts, boolean inContext) {
		this.pattern = pattern;
		this.firsts = firsts;
		this.inContext = inContext;
		this.seconds = new Row[inContext ? 2 : 1][K];
		this.emptyAtTheEnd = firsts == null || matchesNothingAtTheEnd(pattern);
	}

	static Scan of(String regex) {
		return of(Pattern.compile(regex));
	}

	static Scan of(Pattern pattern) {
		String regex = pattern.pattern();
		if (regex.contains("(?<=") || pattern.matcher("").lookingAt()) {
			return new Scan(pattern, null, false);
		}
		// only a word boundary looks before the start, and it sees any ASCII word
		// character as it sees "x"
		boolean inContext = !regex.contains("(?<!") && (regex.contains("\\b") || regex.contains("\\B"));
		long[][] firsts = new long[inContext ? 2 : 1][];
		for (int context = 0; context < firsts.length; context++) {
			firsts[context] = new long[(K + 63) >>> 6];
			for (int a = 0; a < K; a++) {
				if (canStart(pattern, String.valueOf(ALPHABET.charAt(a)), inContext, context)) {
					firsts[context][a >>> 6] |= 1L << a;
				}
			}
		}
		return new Scan(pattern, firsts, inContext);
	}

	private long[] seconds(int context, int a) {
		Row row = seconds[context][a];
		if (row == null) { // two threads may both work it out; they get the same answer
			long[] bits = new long[(K + 63) >>> 6];
			char first = ALPHABET.charAt(a);
			for (int b = 0; b < K; b++) {
				if (canStart(pattern, new String(new char[] { first, ALPHABET.charAt(b) }), inContext, context)) {
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
	private static boolean canStart(Pattern pattern, String head, boolean inContext, int context) {
		if (inContext) {
			return context == ALONE ? startsAlone(pattern, head) : startsAfter(pattern, "x", head);
		}
		return canStart(pattern, head);
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
		if (before >= 0x80) { // judged both ways
			return mayStartAt(ALONE, text, i, a) || mayStartAt(AFTER_WORD, text, i, a);
		}
		boolean word = before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z'
				|| before >= '0' && before <= '9' || before == '_';
		return mayStartAt(word ? AFTER_WORD : ALONE, text, i, a);
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

		private final Matcher matcher;

		private int from;

		private Matches(CharSequence text) {
			this.text = text;
			this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		}

		/** Finds the next match; false when there is none. */
		boolean next() {
			int length = text.length();
			int last = emptyAtTheEnd ? length : length - 1; // only a regex that matches
															// nothing can match at the
															// end
			for (int i = from; i <= last; i++) {
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
			return matcher.region(i, text.length()).lookingAt();
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
			return matcher.groupCount();
		}

		/** The matcher holding the last match, for code that reads it like any other. */
		Matcher matcher() {
			return matcher;
		}

	}

}
