package org.incidentatlas.extraction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The casualty rules of each language, parsed from
 * {@code extraction/<language>/casualties.txt}: how a sentence counts the killed and the
 * injured, tells a death or a hurt victim without a count, says nobody was hurt, and
 * gives the victims' ages. The caller reads the files; this class does no I/O.
 */
public final class CasualtyRules {

	/** No rules at all: an extractor built on them reads no casualties. */
	public static final CasualtyRules NONE = new CasualtyRules(Map.of());

	private final Map<Language, Casualties> casualties;

	private CasualtyRules(Map<Language, Casualties> casualties) {
		this.casualties = casualties.isEmpty() ? Map.of() : new EnumMap<>(casualties);
	}

	/**
	 * @param files the text of each language's {@code casualties.txt}
	 * @throws IllegalArgumentException when a file holds a rule it cannot read, with the
	 * line
	 */
	public static CasualtyRules parse(Map<Language, String> files) {
		return new CasualtyRules(RuleFile.perLanguage(files, "casualties.txt", Casualties::parse));
	}

	Casualties casualties(Language language) {
		return casualties.getOrDefault(language, Casualties.NONE);
	}

	List<Casualties.Example> examples(Language language) {
		return casualties(language).examples;
	}

}
