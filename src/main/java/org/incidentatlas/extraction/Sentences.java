package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an article into paragraphs and sentences, keeping character offsets. A line
 * break ends a paragraph (news text puts captions and paragraphs on lines of their own);
 * within a line, a full stop ends a sentence unless it closes an abbreviation, an initial
 * or a number. A line that repeats an earlier line word for word is marked as a repeat
 * (photo captions).
 */
final class Sentences {

	/**
	 * One sentence: offsets into the article, its paragraph and its story (stories are
	 * separated by "Keep reading"-style lines).
	 */
	record Sentence(int start, int end, int paragraph, int story, boolean repeat, boolean caption, String text,
			String lower) {
	}

	/**
	 * Where words start: a letter or digit not preceded by one. Triggers and dates only
	 * start there.
	 */
	static int[] wordStarts(String text) {
		int[] starts = new int[Math.max(4, text.length() / 4)];
		int count = 0;
		boolean after = false; // whether the character before is a letter or digit
		for (int i = 0; i < text.length(); i++) {
			boolean word = Character.isLetterOrDigit(text.charAt(i));
			boolean begins = word && !after;
			after = word;
			if (begins) {
				if (count == starts.length) {
					starts = java.util.Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i;
			}
		}
		return java.util.Arrays.copyOf(starts, count);
	}

	/**
	 * Lower case, character for character, so that offsets into it are offsets into the
	 * text.
	 */
	static String lower(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	private Sentences() {
	}

	/** The sentences of a text, with no abbreviations and no story breaks known. */
	static List<Sentence> split(String text) {
		return split(text, SentenceRules.NONE);
	}

	/** The sentences of a text, cut as the rules of {@code sentences.txt} say. */
	static List<Sentence> split(String text, SentenceRules rules) {
		List<Sentence> sentences = new ArrayList<>();
		java.util.Map<String, Boolean> seenLines = new java.util.HashMap<>();
		java.util.Map<String, Integer> copies = new java.util.HashMap<>();
		for (String line : text.split("\n")) {
			copies.merge(key(line), 1, Integer::sum);
		}
		int paragraph = 0;
		int story = 0;
		int n = text.length();
		int lineStart = 0;
		while (lineStart < n) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = n;
			}
			int s = lineStart;
			int e = lineEnd;
			while (s < e && Character.isWhitespace(text.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				String line = text.substring(s, e);
				String key = key(line);
				if (rules.storyBreak(key)) {
					story++;
				}
				else {
					boolean repeat = seenLines.putIfAbsent(key, Boolean.TRUE) != null;
					boolean caption = copies.getOrDefault(key, 0) > 1 && key.length() > 20;
					splitLine(text, s, e, paragraph, story, repeat, caption, rules, sentences);
					paragraph++;
				}
			}
			lineStart = lineEnd + 1;
		}
		return sentences;
	}

	/** A line as compared for repeats: lower case, letters and digits only. */
	static String key(String line) {
		// what line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
		// gives, without a regex
		String lower = line.toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length();) {
			int c = lower.codePointAt(i);
			i += Character.charCount(c);
			if (isLetterOrNumber(c)) {
				if (gap && !key.isEmpty()) {
					key.append(' ');
				}
				key.appendCodePoint(c);
				gap = false;
			}
			else {
				gap = true;
			}
		}
		return key.toString();
	}

	/** Whether a code point is in {@code \p{L}} or {@code \p{N}}. */
	static boolean isLetterOrNumber(int c) {
		return switch (Character.getType(c)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	private static void splitLine(String text, int start, int end, int paragraph, int story, boolean repeat,
			boolean caption, SentenceRules rules, List<Sentence> out) {
		int sentenceStart = start;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			int j = i + 1;
			while (j < end && isCloser(text.charAt(j))) {
				j++;
			}
			if (j >= end) {
				break;
			}
			if (!Character.isWhitespace(text.charAt(j))) {
				continue;
			}
			int k = j;
			while (k < end && Character.isWhitespace(text.charAt(k))) {
				k++;
			}
			if (k >= end) {
				break;
			}
			char next = text.charAt(k);
			boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next);
			if (!startsSentence || (c == '.' && closesAbbreviation(text, sentenceStart, i, rules))) {
				continue;
			}
			add(text, sentenceStart, j, paragraph, story, repeat, caption, out);
			sentenceStart = k;
			i = k - 1;
		}
		add(text, sentenceStart, end, paragraph, story, repeat, caption, out);
	}

	private static void add(String text, int start, int end, int paragraph, int story, boolean repeat, boolean caption,
			List<Sentence> out) {
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			String sentence = text.substring(start, end);
			out.add(new Sentence(start, end, paragraph, story, repeat, caption, sentence, lower(sentence)));
		}
	}

	/**
	 * "Mr.", "e.g.", "R." in "Peter R. de Vries", "No. 5": a full stop that does not end
	 * the sentence.
	 */
	private static boolean closesAbbreviation(String text, int sentenceStart, int dot, SentenceRules rules) {
		int w = dot;
		while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
			w--;
		}
		String word = text.substring(w, dot);
		if (word.isEmpty()) {
			return false;
		}
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		return rules.abbreviation(word.toLowerCase(Locale.ROOT)) || word.indexOf('.') > 0;
	}

	private static boolean isCloser(char c) {
		return c == '"' || c == '\'' || c == '’' || c == '”' || c == '»' || c == ')' || c == ']';
	}

	private static boolean isOpener(char c) {
		return c == '"' || c == '\'' || c == '‘' || c == '“' || c == '«' || c == '(' || c == '[';
	}

}
