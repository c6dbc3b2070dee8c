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
		for (RuleFile.Line line : RuleFile.lines(text)) {
			String block = line.block();
			if (!block.equals("abbreviations") && !block.equals("story-breaks")) {
				throw line.error("unknown block [" + block + "]");
			}
			if (line.isExample()) {
				String[] example = line.example();
				examples.add(new Example(block, example[0], Integer.parseInt(example[1])));
				continue;
			}
			String word = line.text().toLowerCase(Locale.ROOT);
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
