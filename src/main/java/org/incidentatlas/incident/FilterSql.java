package org.incidentatlas.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The one place where a filter becomes SQL, for every table it applies to: published
 * incidents, reported statistics and the map cells. One rule for each part of a filter,
 * so the views cannot drift apart. A year matches whatever overlaps it: an incident or a
 * figure of 2016–2019 is in 2017; a place matches itself and everything inside it. Every
 * value travels as a bind parameter.
 */
public final class FilterSql {

	private FilterSql() {
	}

	/** Published incidents ({@code incident i}) that match every part of the filter. */
	public static String incidents(IncidentFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("i.status = 'PUBLISHED'");
		conditions.add("i.type in (:types)");
		params.addValue("types", filter.types().stream().map(Enum::name).toList());
		if (filter.precision().vagueOnly() && !filter.placeIds().isEmpty()) {
			// placed to the place itself, as the map's line for that area counts them
			conditions.add("i.place_id in (:places)");
			params.addValue("places", filter.placeIds());
		}
		else {
			places("i.place_id", filter, params).ifPresent(conditions::add);
		}
		dates("i.date_from", "i.date_to", filter, params).ifPresent(conditions::add);
		if (filter.minKilled() != null) {
			conditions.add("i.killed >= :minKilled");
			params.addValue("minKilled", filter.minKilled());
		}
		if (filter.bbox() != null) {
			conditions
				.add("point(i.public_longitude, i.public_latitude) <@ box(point(:west, :south), point(:east, :north))");
			params.addValue("west", filter.bbox().west())
				.addValue("south", filter.bbox().south())
				.addValue("east", filter.bbox().east())
				.addValue("north", filter.bbox().north());
		}
		if (filter.q() != null) {
			conditions.add("i.search_vector @@ websearch_to_tsquery('english', :q)");
			params.addValue("q", filter.q());
		}
		codes(filter.codes(), params, conditions);
		if (!filter.precision().isAny()) {
			conditions.add("i.public_geo_precision in (:precisions)");
			params.addValue("precisions", filter.precision().precisions().stream().map(Enum::name).toList());
		}
		if (filter.precision().vagueOnly()) {
			conditions.add("i.public_latitude is not null");
		}
		return String.join(" and ", conditions);
	}

	/**
	 * The coding: each part a list of values, any of which matches; groups by name,
	 * without case.
	 */
	private static void codes(IncidentFilter.Codes codes, MapSqlParameterSource params, List<String> conditions) {
		if (!codes.subtypes().isEmpty()) {
			conditions.add("i.subtype in (:subtypes)");
			params.addValue("subtypes", codes.subtypes().stream().map(Enum::name).toList());
		}
		if (!codes.targets().isEmpty()) {
			conditions.add("i.target in (:targets)");
			params.addValue("targets", codes.targets().stream().map(Enum::name).toList());
		}
		if (!codes.timesOfDay().isEmpty()) {
			conditions.add("i.time_of_day in (:timesOfDay)");
			params.addValue("timesOfDay", codes.timesOfDay().stream().map(Enum::name).toList());
		}
		if (!codes.groups().isEmpty()) {
			conditions.add(
					"exists (select 1 from incident_actor g where g.incident_id = i.id and lower(g.name) in (:groups))");
			params.addValue("groups", codes.groups().stream().map(g -> g.toLowerCase(java.util.Locale.ROOT)).toList());
		}
	}

	/**
	 * Reported statistics ({@code reported_statistic s}) for the filter's places and
	 * dates, by the same rules as incidents. Types, deaths and text do not apply to a
	 * figure.
	 */
	public static String statistics(IncidentFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>(List.of("true"));
		places("s.place_id", filter, params).ifPresent(conditions::add);
		dates("s.period_from", "s.period_to", filter, params).ifPresent(conditions::add);
		return String.join(" and ", conditions);
	}

	/**
	 * Whether the map cells, which count by type and year only, can answer this filter.
	 */
	public static boolean cellsCanAnswer(IncidentFilter filter) {
		return filter.placeIds().isEmpty() && filter.from() == null && filter.to() == null && filter.q() == null
				&& filter.minKilled() == null && filter.bbox() == null && filter.codes().isEmpty()
				&& filter.precision().isAny();
	}

	/**
	 * The cells' year condition, as {@code " and (...)"} or nothing: a cell of incidents
	 * dated {@code year_from}–{@code year_to} matches a year it overlaps, as the
	 * incidents do.
	 */
	public static String cellYears(IncidentFilter filter, MapSqlParameterSource params) {
		if (filter.years().isEmpty()) {
			return "";
		}
		List<String> overlaps = new ArrayList<>();
		int n = 0;
		for (int year : filter.years()) {
			overlaps.add("(year_from <= :cellYear" + n + " and year_to >= :cellYear" + n + ")");
			params.addValue("cellYear" + n++, year);
		}
		return " and (" + String.join(" or ", overlaps) + ")";
	}

	/**
	 * The cells that hold every published incident of the filter's types and years,
	 * located or not.
	 */
	public static String cellTotals(IncidentFilter filter, MapSqlParameterSource params) {
		params.addValue("types", filter.types().stream().map(Enum::name).toList());
		return "map_cell where level in (-1, 0) and type in (:types)" + cellYears(filter, params);
	}

	private static java.util.Optional<String> places(String column, IncidentFilter filter,
			MapSqlParameterSource params) {
		if (filter.placeIds().isEmpty()) {
			return java.util.Optional.empty();
		}
		params.addValue("places", filter.placeIds());
		return java.util.Optional
			.of(column + " in (select c.descendant_id from place_closure c where c.ancestor_id in (:places))");
	}

	/**
	 * A date range [fromColumn, toColumn] overlaps one of the years, and the from–to
	 * range.
	 */
	private static java.util.Optional<String> dates(String fromColumn, String toColumn, IncidentFilter filter,
			MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (!filter.years().isEmpty()) {
			List<String> overlaps = new ArrayList<>();
			int n = 0;
			for (int year : filter.years()) {
				overlaps.add("(" + fromColumn + " <= :yearEnd" + n + " and " + toColumn + " >= :yearStart" + n + ")");
				params.addValue("yearStart" + n, LocalDate.of(year, 1, 1));
				params.addValue("yearEnd" + n, LocalDate.of(year, 12, 31));
				n++;
			}
			conditions.add("(" + String.join(" or ", overlaps) + ")");
		}
		if (filter.from() != null) {
			conditions.add(toColumn + " >= :from");
			params.addValue("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add(fromColumn + " <= :to");
			params.addValue("to", filter.to());
		}
		return conditions.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(String.join(" and ", conditions));
	}

}
