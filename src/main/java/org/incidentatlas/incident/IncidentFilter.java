package org.incidentatlas.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The filters every view shares, already checked: the map, the list, the API and the
 * exports all read the same URL parameters into this record.
 *
 * @param city the place as the user typed it, kept for echoing back; null for any place
 * @param placeIds the gazetteer places that name means; an incident matches when it lies
 * in any of them
 * @param years an incident matches a year when its date range overlaps that year
 * @param types never empty: without a type parameter it holds the violence types
 * @param from matches incidents whose date range ends on or after this day
 * @param to matches incidents whose date range starts on or before this day
 * @param q free text, searched in the summary, street and locality
 * @param minKilled matches incidents with at least this many killed; an unreported toll
 * does not match
 * @param bbox matches incidents whose public point lies in this box; null for anywhere
 * @param codes the coding trackers use: sub-types, targets, times of day and groups;
 * {@link Codes#NONE} for any
 * @param precision how precisely the public point locates an incident;
 * {@link Precision#ANY} for any
 */
public record IncidentFilter(String city, List<Integer> placeIds, Set<Integer> years, Set<IncidentType> types,
		LocalDate from, LocalDate to, String q, Integer minKilled, BoundingBox bbox, Codes codes, Precision precision) {

	/**
	 * Matches incidents whose public point has one of these precisions.
	 *
	 * @param precisions empty for any
	 * @param vagueOnly {@code vague=only}: the incidents the map lists beside it, known
	 * only to a country or region; with a place, only those placed to that place itself,
	 * not to a region inside it, so that a link from the map's line "somewhere in
	 * Belgium: 2" lists those 2
	 */
	public record Precision(Set<GeoPrecision> precisions, boolean vagueOnly) {

		public static final Precision ANY = new Precision(Set.of(), false);

		public static final Precision VAGUE_ONLY = new Precision(GeoPrecision.VAGUE, true);

		public boolean isAny() {
			return precisions.isEmpty();
		}

	}

	/** A filter on any precision. */
	public IncidentFilter(String city, List<Integer> placeIds, Set<Integer> years, Set<IncidentType> types,
			LocalDate from, LocalDate to, String q, Integer minKilled, BoundingBox bbox, Codes codes) {
		this(city, placeIds, years, types, from, to, q, minKilled, bbox, codes, Precision.ANY);
	}

	/** A filter on everything but the coding. */
	public IncidentFilter(String city, List<Integer> placeIds, Set<Integer> years, Set<IncidentType> types,
			LocalDate from, LocalDate to, String q, Integer minKilled, BoundingBox bbox) {
		this(city, placeIds, years, types, from, to, q, minKilled, bbox, Codes.NONE);
	}

	/**
	 * Each part matches an incident coded with any of its values; an empty part matches
	 * every incident, coded or not. Sorted sets, so that equal filters print (and cache)
	 * alike.
	 *
	 * @param groups names of groups, compared without case
	 */
	public record Codes(Set<IncidentSubtype> subtypes, Set<IncidentTarget> targets, Set<TimeOfDay> timesOfDay,
			Set<String> groups) {

		public static final Codes NONE = new Codes(Set.of(), Set.of(), Set.of(), Set.of());

		public boolean isEmpty() {
			return subtypes.isEmpty() && targets.isEmpty() && timesOfDay.isEmpty() && groups.isEmpty();
		}

	}

	public static IncidentFilter none() {
		return new IncidentFilter(null, List.of(), Set.of(), IncidentType.of(IncidentFamily.VIOLENCE), null, null, null,
				null, null);
	}

	/** The same filter anywhere on the map. */
	public IncidentFilter withoutBbox() {
		return new IncidentFilter(city, placeIds, years, types, from, to, q, minKilled, null, codes, precision);
	}

	/** The years as a reader would write them: runs become ranges, "2019-2021, 2023". */
	public String yearsText() {
		StringBuilder text = new StringBuilder();
		Integer start = null;
		Integer previous = null;
		for (int year : new java.util.TreeSet<>(years)) {
			if (previous != null && year == previous + 1) {
				previous = year;
				continue;
			}
			appendRun(text, start, previous);
			start = year;
			previous = year;
		}
		appendRun(text, start, previous);
		return text.toString();
	}

	private static void appendRun(StringBuilder text, Integer start, Integer end) {
		if (start == null) {
			return;
		}
		if (!text.isEmpty()) {
			text.append(", ");
		}
		text.append(start);
		if (end > start) {
			text.append('-').append(end);
		}
	}

	public boolean restrictsDates() {
		return !years.isEmpty() || from != null || to != null;
	}

}
