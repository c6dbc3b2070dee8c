package org.incidentatlas.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shape of every launch data file ({@code db/seed/launch-data.json} and
 * {@code db/seed/dev-corpus/*.json}). Texts are maps from a language code to the text in
 * that language, written in our own words: {@code en} always, plus the language of a
 * Dutch or French source.
 *
 * @param merged records of this file's article that another record already tells, by the
 * article's own numbering ({@code i1}, {@code e2}, {@code s1}) to the key of that record;
 * the article is among its sources
 */
record LaunchData(String about, List<Source> articles, List<Event> incidents, List<Event> enforcement,
		List<Figure> statistics, Map<String, String> merged) {

	LaunchData {
		articles = articles == null ? List.of() : articles;
		incidents = incidents == null ? List.of() : incidents;
		enforcement = enforcement == null ? List.of() : enforcement;
		statistics = statistics == null ? List.of() : statistics;
		merged = merged == null ? Map.of() : merged;
	}

	/**
	 * @param published {@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is
	 * known
	 */
	record Source(String key, String title, String publisher, String url, String published, String language) {
	}

	/**
	 * An incident or enforcement event; {@code place} is a gazetteer key, {@code lat/lon}
	 * override its centroid.
	 *
	 * @param sourceNote what the sources disagree about, when they do
	 * @param subtype the kind, as the API writes it ({@code grenade}); one of the type's
	 * @param target what was hit ({@code home}, {@code business}, ...)
	 * @param timeOfDay when in the day, as the editor's form writes it: {@code night},
	 * {@code 03:15} or {@code 03h}
	 * @param groups groups named as involved, as the API lists them; beside
	 * {@code actors}, which also give a role
	 */
	record Event(String key, String type, String date, String place, String country, String locality, String street,
			Double lat, Double lon, String precision, Boolean hidden, Integer killed, Integer injured,
			Map<String, String> summary, Map<String, String> sourceNote, List<Person> victims, List<Group> actors,
			List<String> sources, String subtype, String target, String timeOfDay, List<String> groups) {
	}

	record Person(Integer age, String gender, String outcome, String description) {
	}

	record Group(String name, String role) {
	}

	/**
	 * @param period a date or a span of two ({@code 2023-01/2023-07}), as
	 * {@code DateRange.parse} reads it
	 */
	record Figure(String key, String place, String label, String country, String period, String metric,
			BigDecimal value, String qualifier, Map<String, String> note, List<String> sources) {
	}

}
