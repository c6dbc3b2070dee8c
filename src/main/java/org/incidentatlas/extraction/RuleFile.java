package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shape every rule file of {@code extraction/<language>/} shares: blank lines and
 * lines starting with {@code #} are comments, a line {@code [name ...]} starts a block,
 * and every other line is a rule or an {@code example:} of the block it is in. Each kind
 * of rule file reads its blocks' lines its own way; this reads the shape once.
 */
final class RuleFile {

	private RuleFile() {
	}

	/**
	 * A line of a rule file with the block it is in.
	 *
	 * @param block the block's header, between the brackets, stripped
	 * @param text the line, stripped
	 * @param number the line's number in the file, from 1, for messages
	 */
	record Line(String block, String text, int number) {

		/**
		 * The block's first word: its kind ("violence" of "[violence shooting none]").
		 */
		String kind() {
			int space = block.indexOf(' ');
			return space < 0 ? block : block.substring(0, space);
		}

		boolean isExample() {
			return text.startsWith("example:");
		}

		/**
		 * An {@code example: text => expected} line as its two sides, stripped.
		 * @throws IllegalArgumentException when the line has no {@code =>}
		 */
		String[] example() {
			String body = text.substring("example:".length());
			int arrow = body.lastIndexOf("=>");
			if (arrow < 0) {
				throw error("an example needs '=> expected'");
			}
			return new String[] { body.substring(0, arrow).strip(), body.substring(arrow + 2).strip() };
		}

		/** A refusal of this line, naming it. */
		IllegalArgumentException error(String message) {
			return new IllegalArgumentException("line " + number + ": " + message);
		}

		IllegalArgumentException error(String message, Throwable cause) {
			return new IllegalArgumentException("line " + number + ": " + message, cause);
		}

	}

	/**
	 * The rules and examples of a file, in order, each with its block.
	 * @throws IllegalArgumentException for a rule before any block
	 */
	static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		String block = null;
		int number = 0;
		for (String raw : text.split("\n")) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				block = line.substring(1, line.length() - 1).strip();
				continue;
			}
			if (block == null) {
				throw new IllegalArgumentException("line " + number + ": a rule before any [block]");
			}
			lines.add(new Line(block, line, number));
		}
		return lines;
	}

	/**
	 * Each language's file read by {@code parse}; a file it cannot read is refused with
	 * its language and name ("nl/dates.txt: line 12: ...").
	 */
	static <T> Map<Language, T> perLanguage(Map<Language, String> files, String name, Function<String, T> parse) {
		Map<Language, T> parsed = new EnumMap<>(Language.class);
		files.forEach((language, text) -> {
			try {
				parsed.put(language, parse.apply(text));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(language.token() + "/" + name + ": " + ex.getMessage(), ex);
			}
		});
		return parsed;
	}

}
