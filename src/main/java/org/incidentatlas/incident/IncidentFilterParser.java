package org.incidentatlas.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;

import org.springframework.stereotype.Component;

/**
 * Reads the shared filter parameters from a query string and rejects what cannot be used,
 * naming the parameter: {@code city}, {@code year} (repeatable, or comma-separated),
 * {@code type} (repeatable), {@code family}, {@code from}, {@code to}, {@code q},
 * {@code minKilled}, {@code bbox}, and the coding: {@code subtype}, {@code target},
 * {@code timeOfDay} and {@code group}.
 */
@Component
public class IncidentFilterParser {

	static final int MAX_TEXT = 200;

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	private final Gazetteer gazetteer;

	IncidentFilterParser(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	public IncidentFilter parse(Map<String, String[]> params) {
		String city = single(params, "city");
		List<Integer> placeIds = List.of();
		if (city != null) {
			if (city.length() > MAX_TEXT) {
				throw new InvalidParameterException("city", "parameter.city.tooLong", MAX_TEXT);
			}
			// a key picks one place exactly (a suggestion gives it when a name means
			// several)
			placeIds = gazetteer.byKey(city)
				.map(p -> List.of(p.id()))
				.orElseGet(() -> gazetteer.resolve(city).stream().map(Place::id).toList());
			if (placeIds.isEmpty()) {
				throw new InvalidParameterException("city", "parameter.city.unknown", city);
			}
		}
		LocalDate from = date(params, "from");
		LocalDate to = date(params, "to");
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidParameterException("from", "parameter.from.afterTo", from, to);
		}
		String q = single(params, "q");
		if (q != null && q.length() > MAX_TEXT) {
			throw new InvalidParameterException("q", "parameter.q.tooLong", MAX_TEXT);
		}
		return new IncidentFilter(city, placeIds, years(params), types(params), from, to, q, minKilled(params),
				bbox(params), codes(params), precision(params));
	}

	/**
	 * {@code precision}: how precisely the public point locates an incident, repeatable
	 * or comma-separated; or {@code vague=only}.
	 */
	private static IncidentFilter.Precision precision(Map<String, String[]> params) {
		Set<GeoPrecision> precisions = EnumSet.noneOf(GeoPrecision.class);
		for (String value : values(params, "precision")) {
			precisions.add(Arrays.stream(GeoPrecision.values())
				.filter(p -> p.token().equalsIgnoreCase(value))
				.findFirst()
				.orElseThrow(() -> new InvalidParameterException("precision", "parameter.precision.unknown", value,
						String.join(", ", Arrays.stream(GeoPrecision.values()).map(GeoPrecision::token).toList()))));
		}
		String vague = single(params, "vague");
		if (vague != null) {
			if (!vague.equalsIgnoreCase("only")) {
				throw new InvalidParameterException("vague", "parameter.vague.unknown", vague);
			}
			if (!precisions.isEmpty()) {
				throw new InvalidParameterException("vague", "parameter.vague.withPrecision");
			}
			return IncidentFilter.Precision.VAGUE_ONLY;
		}
		return precisions.isEmpty() ? IncidentFilter.Precision.ANY : new IncidentFilter.Precision(precisions, false);
	}

	/**
	 * {@code subtype}, {@code target}, {@code timeOfDay} and {@code group}: each
	 * repeatable, or comma-separated.
	 */
	private static IncidentFilter.Codes codes(Map<String, String[]> params) {
		Set<IncidentSubtype> subtypes = EnumSet.noneOf(IncidentSubtype.class);
		for (String value : values(params, "subtype")) {
			subtypes.add(IncidentSubtype.fromToken(value)
				.orElseThrow(() -> new InvalidParameterException("subtype", "parameter.subtype.unknown", value,
						String.join(", ", IncidentSubtype.tokens()))));
		}
		Set<IncidentTarget> targets = EnumSet.noneOf(IncidentTarget.class);
		for (String value : values(params, "target")) {
			targets.add(IncidentTarget.fromToken(value)
				.orElseThrow(() -> new InvalidParameterException("target", "parameter.target.unknown", value,
						String.join(", ", IncidentTarget.tokens()))));
		}
		Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
		for (String value : values(params, "timeOfDay")) {
			times.add(TimeOfDay.fromToken(value)
				.orElseThrow(() -> new InvalidParameterException("timeOfDay", "parameter.timeOfDay.unknown", value,
						String.join(", ", TimeOfDay.tokens()))));
		}
		Set<String> groups = new TreeSet<>();
		for (String raw : params.getOrDefault("group", new String[0])) {
			// group names may hold commas: each parameter is one name
			if (raw != null && !raw.isBlank()) {
				String name = raw.strip().replaceAll("\\s+", " ");
				if (name.length() > MAX_TEXT) {
					throw new InvalidParameterException("group", "parameter.group.tooLong", MAX_TEXT);
				}
				groups.add(name);
			}
		}
		if (groups.size() > 20) {
			throw new InvalidParameterException("group", "parameter.group.tooMany", 20);
		}
		if (subtypes.isEmpty() && targets.isEmpty() && times.isEmpty() && groups.isEmpty()) {
			return IncidentFilter.Codes.NONE;
		}
		return new IncidentFilter.Codes(subtypes, targets, times, groups);
	}

	private static Integer minKilled(Map<String, String[]> params) {
		String value = single(params, "minKilled");
		if (value == null) {
			return null;
		}
		try {
			int min = Integer.parseInt(value);
			if (min < 0 || min > 10_000) {
				throw new InvalidParameterException("minKilled", "parameter.minKilled.range", 10_000);
			}
			return min == 0 ? null : min;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("minKilled", "parameter.wholeNumber", value);
		}
	}

	private static BoundingBox bbox(Map<String, String[]> params) {
		String value = single(params, "bbox");
		if (value == null) {
			return null;
		}
		try {
			return BoundingBox.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("bbox", "parameter.bbox.invalid", value);
		}
	}

	private static Set<Integer> years(Map<String, String[]> params) {
		Set<Integer> years = new TreeSet<>();
		for (String value : values(params, "year")) {
			// a range, 2019-2023 (or with an en dash), is every year from the first to
			// the last
			String[] ends = value.split("\\s*[-–]\\s*", -1);
			if (ends.length > 2) {
				throw new InvalidParameterException("year", "parameter.year.notRange", value);
			}
			int first = year(ends[0], value);
			int last = ends.length == 2 ? year(ends[1], value) : first;
			if (first > last) {
				throw new InvalidParameterException("year", "parameter.year.backwards", value);
			}
			for (int year = first; year <= last; year++) {
				years.add(year);
			}
		}
		return years;
	}

	private static int year(String text, String value) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				throw new InvalidParameterException("year", "parameter.year.outside", year, FIRST_YEAR, LAST_YEAR);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("year", "parameter.year.invalid", value);
		}
	}

	private static Set<IncidentType> types(Map<String, String[]> params) {
		Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
		for (String value : values(params, "type")) {
			types.add(IncidentType.fromToken(value)
				.orElseThrow(() -> new InvalidParameterException("type", "parameter.type.unknown", value,
						String.join(", ", Arrays.stream(IncidentType.values()).map(IncidentType::token).toList()))));
		}
		String family = single(params, "family");
		if (family != null) {
			switch (family.toLowerCase()) {
				case "violence" -> types.addAll(IncidentType.of(IncidentFamily.VIOLENCE));
				case "enforcement" -> types.addAll(IncidentType.of(IncidentFamily.ENFORCEMENT));
				case "all" -> types.addAll(EnumSet.allOf(IncidentType.class));
				default -> throw new InvalidParameterException("family", "parameter.family.unknown", family);
			}
		}
		return types.isEmpty() ? IncidentType.of(IncidentFamily.VIOLENCE) : types;
	}

	private static LocalDate date(Map<String, String[]> params, String name) {
		String value = single(params, name);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
				throw new InvalidParameterException(name, "parameter.date.outside", value, FIRST_YEAR, LAST_YEAR);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(name, "parameter.date.invalid", value);
		}
	}

	/** Non-blank values of a repeatable parameter; "2022,2023" counts as two. */
	private static List<String> values(Map<String, String[]> params, String name) {
		List<String> values = new ArrayList<>();
		for (String raw : params.getOrDefault(name, new String[0])) {
			for (String part : raw.split(",")) {
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
		}
		return values;
	}

	private static String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null) {
			return null;
		}
		List<String> present = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
		if (present.size() > 1) {
			throw new InvalidParameterException(name, "parameter.once");
		}
		return present.isEmpty() ? null : present.get(0);
	}

}
