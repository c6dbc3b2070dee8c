package org.incidentatlas.extraction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The date rules of each language, parsed from {@code extraction/<language>/dates.txt}:
 * month, weekday and season names, the clock times after midnight, and the date patterns
 * with the name of their resolver. The caller reads the files; this class does no I/O.
 */
public final class DateRules {

	/** No rules at all: an extractor built on them finds no dates in the text. */
	public static final DateRules NONE = new DateRules(Map.of());

	private final Map<Language, Dates> dates;

	private DateRules(Map<Language, Dates> dates) {
		this.dates = dates.isEmpty() ? Map.of() : new EnumMap<>(dates);
	}

	/**
	 * @param files the text of each language's {@code dates.txt}
	 * @throws IllegalArgumentException when a file holds a rule it cannot read, with the
	 * line
	 */
	public static DateRules parse(Map<Language, String> files) {
		return new DateRules(RuleFile.perLanguage(files, "dates.txt", Dates::parse));
	}

	Dates dates(Language language) {
		return dates.getOrDefault(language, Dates.NONE);
	}

	List<Dates.Example> examples(Language language) {
		return dates(language).examples;
	}

}
