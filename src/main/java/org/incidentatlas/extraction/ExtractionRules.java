package org.incidentatlas.extraction;

import java.util.Objects;

/**
 * Every rule an extractor reads with, one field per kind of rule file in
 * {@code extraction/<language>/}. The extraction package does no I/O:
 * {@code reading.ExtractionRuleFiles} reads the files shipped in the jar into one of
 * these.
 *
 * @param statistics {@code statistics.txt}: tallies, their periods and qualifiers
 * @param events {@code events.txt}: triggers of violence and enforcement, cues, counted
 * nouns
 * @param coding {@code coding.txt}: sub-type, target, time of day
 * @param dates {@code dates.txt}: month and weekday names, date patterns and their
 * resolvers
 * @param casualties {@code casualties.txt}: killed, injured, ages
 * @param places {@code places.txt}: origin and province words, adjectives that name a
 * city
 * @param sentences {@code sentences.txt}: abbreviations and story breaks
 */
public record ExtractionRules(StatisticRules statistics, EventRules events, Coding coding, DateRules dates,
		CasualtyRules casualties, PlaceRules places, SentenceRules sentences) {

	/**
	 * No rules at all: an extractor built on them reads tonnages but no tallies, and
	 * proposes no events.
	 */
	public static final ExtractionRules NONE = new ExtractionRules(StatisticRules.NONE, EventRules.NONE, Coding.NONE,
			DateRules.NONE, CasualtyRules.NONE, PlaceRules.NONE, SentenceRules.NONE);

	public ExtractionRules {
		Objects.requireNonNull(statistics, "statistics");
		Objects.requireNonNull(events, "events");
		Objects.requireNonNull(coding, "coding");
		Objects.requireNonNull(dates, "dates");
		Objects.requireNonNull(casualties, "casualties");
		Objects.requireNonNull(places, "places");
		Objects.requireNonNull(sentences, "sentences");
	}

}
