package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What cuts an article into sentences and stories, parsed from
 * {@code extraction/<language>/sentences.txt}: the abbreviations whose full stop does not
 * end a sentence, and the lines ("Read more", "Lees ook", "Lire aussi") that end one
 * story and start the next. The splitter runs before the language is certain and articles
 * quote each other's languages, so every language's words apply to every article. The
 * caller reads the files; this class does no I/O.
 */
public final class SentenceRules {

	/**
	 * No rules: a full stop before a capital always ends a sentence (but after an
	 * initial), and no line is a story break.
	 */
	public static final SentenceRules NONE = new SentenceRules(Set.of(), Set.of(), Map.of());

	/** A rule's example: a line of text and what the splitter must make of it. */
	record Example(String block, String text, int expected) {
	}

	private final Set<String> abbreviations;

	private final Set<String> storyBreaks;

	private final Map<Language, List<Example>> examples;

	private SentenceRules(Set<String> abbreviations, Set<String> storyBreaks, Map<Language, List<Example>> examples) {
		this.abbreviations = Set.copyOf(abbreviations);
		this.storyBreaks = Set.copyOf(storyBreaks);
		this.examples = examples;
	}

	/**
	 * @param files the text of each language's {@code sentences.txt}
	 * @throws IllegalArgumentException when a file holds a line it cannot read, with the
	 * line
	 */
	public static SentenceRules parse(Map<Language, String> files) {
		Set<String> abbreviations = new HashSet<>();
		Set<String> storyBreaks = new HashSet<>();
		Map<Language, List<Example>> examples = new EnumMap<>(Language.class);
		files.forEach((language, text) -> {
			try {
				examples.put(language, parse(text, abbreviations, storyBreaks));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(language.token() + "/sentences.txt: " + ex.getMessage(), ex);
			}
		});
		return new SentenceRules(abbreviations, storyBreaks, examples);
	}

	private static List<Example> parse(String text, Set<String> abbreviations, Set<String> storyBreaks) {
		List<Example> examples = new ArrayList<>();
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
				if (!block.equals("abbreviations") && !block.equals("story-breaks")) {
					throw new IllegalArgumentException("line " + number + ": unknown block [" + block + "]");
				}
				continue;
			}
			if (block == null) {
				throw new IllegalArgumentException("line " + number + ": a rule before any [block]");
			}
			if (line.startsWith("example:")) {
				String body = line.substring("example:".length());
				int arrow = body.lastIndexOf("=>");
				if (arrow < 0) {
					throw new IllegalArgumentException("line " + number + ": an example needs '=> N'");
				}
				examples.add(new Example(block, body.substring(0, arrow).strip(),
						Integer.parseInt(body.substring(arrow + 2).strip())));
				continue;
			}
			String word = line.toLowerCase(Locale.ROOT);
			if (block.equals("abbreviations")) {
				abbreviations.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
			}
			else {
				storyBreaks.add(Sentences.key(word));
			}
		}
		return examples;
	}

	/** Whether a word (lower case, without its final full stop) is an abbreviation. */
	boolean abbreviation(String word) {
		return abbreviations.contains(word);
	}

	/** Whether a line, as {@link Sentences#key} gives it, ends a story. */
	boolean storyBreak(String key) {
		return storyBreaks.contains(key);
	}

	List<Example> examples(Language language) {
		return examples.getOrDefault(language, List.of());
	}

}
