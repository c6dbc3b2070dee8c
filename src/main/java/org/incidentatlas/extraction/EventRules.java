package org.incidentatlas.extraction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The event rules of each language, parsed from {@code extraction/<language>/events.txt}:
 * the triggers of violence and enforcement, the cues that cancel or change them, and the
 * nouns an explicit count turns into several incidents. The caller reads the files; this
 * class does no I/O.
 */
public final class EventRules {

	/**
	 * No rules at all: an extractor built on them proposes no incidents and no
	 * enforcement.
	 */
	public static final EventRules NONE = new EventRules(Map.of());

	private final Map<Language, Lexicon> lexicons;

	private EventRules(Map<Language, Lexicon> lexicons) {
		this.lexicons = lexicons.isEmpty() ? Map.of() : new EnumMap<>(lexicons);
	}

	/**
	 * @param files the text of each language's {@code events.txt}
	 * @throws IllegalArgumentException when a file holds a rule it cannot read, with the
	 * line
	 */
	public static EventRules parse(Map<Language, String> files) {
		return new EventRules(RuleFile.perLanguage(files, "events.txt", Lexicon::parse));
	}

	Lexicon lexicon(Language language) {
		return lexicons.getOrDefault(language, Lexicon.EMPTY);
	}

	List<Lexicon.Example> examples(Language language) {
		return lexicon(language).examples;
	}

}
