package org.incidentatlas.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.IncidentForm;
import org.incidentatlas.incident.IncidentSubtype;
import org.incidentatlas.incident.IncidentTarget;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.ReportedTime;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/**
 * Turns one row of an uploaded file into an incident form, collecting every cell it
 * cannot read with the column it came from. Plain Java: no database.
 */
final class RowMapper {

	/**
	 * A problem in one cell: the column's name as the file gives it, and what is wrong.
	 */
	record CellProblem(String column, String message) {
	}

	record Mapped(IncidentForm form, List<CellProblem> problems) {
	}

	/**
	 * ACLED's event types and sub-event types that are drug violence or enforcement here.
	 */
	private static final Map<String, IncidentType> ACLED_TYPES = Map.ofEntries(
			Map.entry("grenade", IncidentType.EXPLOSION),
			Map.entry("remote explosive/landmine/ied", IncidentType.EXPLOSION),
			Map.entry("explosions/remote violence", IncidentType.EXPLOSION),
			Map.entry("abduction/forced disappearance", IncidentType.KIDNAPPING),
			Map.entry("attack", IncidentType.ASSAULT), Map.entry("sexual violence", IncidentType.ASSAULT),
			Map.entry("armed clash", IncidentType.SHOOTING), Map.entry("battles", IncidentType.SHOOTING),
			Map.entry("mob violence", IncidentType.ASSAULT), Map.entry("arrests", IncidentType.ARREST),
			Map.entry("looting/property destruction", IncidentType.ARSON),
			Map.entry("violence against civilians", IncidentType.ASSAULT));

	private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private final List<String> header;

	private final List<ImportField> mapping;

	RowMapper(List<String> header, List<ImportField> mapping) {
		this.header = header;
		this.mapping = mapping;
	}

	/** The fields every file must map: what happened, when, and a summary. */
	List<String> missingColumns() {
		List<String> missing = new ArrayList<>();
		if (!mapping.contains(ImportField.TYPE) && !mapping.contains(ImportField.ACLED_EVENT_TYPE)
				&& !mapping.contains(ImportField.ACLED_SUB_EVENT_TYPE)) {
			missing.add("type");
		}
		if (!mapping.contains(ImportField.DATE) && !mapping.contains(ImportField.DATE_FROM)) {
			missing.add("date");
		}
		if (!mapping.contains(ImportField.SUMMARY)) {
			missing.add("summary");
		}
		return missing;
	}

	/** The column that holds a field, for pointing at it in the report. */
	String columnOf(ImportField field) {
		int i = mapping.indexOf(field);
		return i < 0 ? field.token() : header.get(i);
	}

	Mapped map(List<String> row) {
		Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
		for (int i = 0; i < mapping.size() && i < row.size(); i++) {
			String value = row.get(i) == null ? "" : row.get(i).strip();
			if (mapping.get(i) != ImportField.IGNORE && !value.isEmpty()) {
				cells.putIfAbsent(mapping.get(i), value);
			}
		}
		List<CellProblem> problems = new ArrayList<>();
		if (row.size() != header.size()) {
			problems.add(
					new CellProblem("", "The row has " + row.size() + " cells; the header has " + header.size() + "."));
		}
		IncidentForm form = new IncidentForm();
		form.setType(type(cells, problems));
		form.setDate(date(cells, problems));
		form.setPlace(first(cells, ImportField.DISTRICT, ImportField.PLACE, ImportField.CITY, ImportField.REGION));
		form.setCountryCode(country(cells, problems));
		form.setLocality(cells.get(ImportField.LOCALITY));
		form.setStreet(cells.get(ImportField.STREET));
		form.setLatitude(number(cells, ImportField.LATITUDE, problems));
		form.setLongitude(number(cells, ImportField.LONGITUDE, problems));
		form.setPrecision(precision(cells, problems));
		form.setLocationHidden(flag(cells, ImportField.LOCATION_HIDDEN, problems));
		form.setKilled(whole(cells, ImportField.KILLED, problems));
		form.setInjured(whole(cells, ImportField.INJURED, problems));
		form.setSummary(cells.getOrDefault(ImportField.SUMMARY, ""));
		form.setSubtype(subtype(cells, form.getType(), problems));
		form.setTarget(target(cells, problems));
		form.setTimeOfDay(timeOfDay(cells, problems));
		String groups = cells.get(ImportField.GROUPS);
		form.setGroups(groups == null ? List.of()
				: java.util.Arrays.stream(groups.split("\\s*[|;]\\s*")).filter(g -> !g.isBlank()).toList());
		return new Mapped(form, problems);
	}

	/**
	 * The export's sub-type, or ACLED's sub-event type where it says which explosion it
	 * was.
	 */
	private IncidentSubtype subtype(Map<ImportField, String> cells, IncidentType type, List<CellProblem> problems) {
		String own = cells.get(ImportField.SUBTYPE);
		if (own == null) {
			String acled = cells.get(ImportField.ACLED_SUB_EVENT_TYPE);
			return acled != null && acled.equalsIgnoreCase("grenade") && type == IncidentType.EXPLOSION
					? IncidentSubtype.GRENADE : null;
		}
		IncidentSubtype subtype = IncidentSubtype.fromToken(own).orElse(null);
		if (subtype == null) {
			problems.add(new CellProblem(columnOf(ImportField.SUBTYPE), "'" + own + "' is not a sub-type; use one of "
					+ String.join(", ", IncidentSubtype.tokens()) + "."));
		}
		else if (type != null && subtype.type() != type) {
			problems.add(new CellProblem(columnOf(ImportField.SUBTYPE),
					"'" + own + "' is a sub-type of " + subtype.type().token() + ", not of " + type.token() + "."));
			return null;
		}
		return subtype;
	}

	private IncidentTarget target(Map<ImportField, String> cells, List<CellProblem> problems) {
		String own = cells.get(ImportField.TARGET);
		if (own == null) {
			return null;
		}
		return IncidentTarget.fromToken(own).orElseGet(() -> {
			problems.add(new CellProblem(columnOf(ImportField.TARGET),
					"'" + own + "' is not a target; use one of " + String.join(", ", IncidentTarget.tokens()) + "."));
			return null;
		});
	}

	/**
	 * The time as the export writes it: a clock time ({@code time}, HH:MM) at its
	 * precision ({@code time_precision}: minute or hour), or only the part of the day
	 * ({@code time_of_day}). Returned in the form's own notation: "03:15", "03h" or
	 * "night".
	 */
	private String timeOfDay(Map<ImportField, String> cells, List<CellProblem> problems) {
		String clock = cells.get(ImportField.TIME);
		String part = cells.get(ImportField.TIME_OF_DAY);
		String precision = cells.get(ImportField.TIME_PRECISION);
		try {
			if (clock != null) {
				java.time.LocalTime time = java.time.LocalTime.parse(clock.length() == 4 ? "0" + clock : clock);
				boolean hour = precision != null && precision.equalsIgnoreCase("hour");
				ReportedTime reported = ReportedTime.parse(hour ? "%02dh".formatted(time.getHour())
						: "%02d:%02d".formatted(time.getHour(), time.getMinute()));
				if (part != null && !reported.part().token().equalsIgnoreCase(part.strip())) {
					problems.add(new CellProblem(columnOf(ImportField.TIME_OF_DAY),
							clock + " is in the " + reported.part().token() + ", not the " + part.strip() + "."));
				}
				return reported.compact();
			}
			if (part != null) {
				return ReportedTime.parse(part).compact();
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			problems.add(new CellProblem(columnOf(ImportField.TIME),
					"'" + clock + "' is not a time; use HH:MM, such as 03:15."));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new CellProblem(columnOf(clock != null ? ImportField.TIME : ImportField.TIME_OF_DAY),
					ex.getMessage()));
		}
		return null;
	}

	private IncidentType type(Map<ImportField, String> cells, List<CellProblem> problems) {
		String own = cells.get(ImportField.TYPE);
		if (own != null) {
			return IncidentType.fromToken(own).orElseGet(() -> {
				problems.add(new CellProblem(columnOf(ImportField.TYPE), "'" + own + "' is not an incident type."));
				return null;
			});
		}
		for (ImportField acled : List.of(ImportField.ACLED_SUB_EVENT_TYPE, ImportField.ACLED_EVENT_TYPE)) {
			String value = cells.get(acled);
			if (value != null && ACLED_TYPES.containsKey(value.toLowerCase(Locale.ROOT))) {
				return ACLED_TYPES.get(value.toLowerCase(Locale.ROOT));
			}
		}
		String acled = first(cells, ImportField.ACLED_SUB_EVENT_TYPE, ImportField.ACLED_EVENT_TYPE);
		if (acled != null) {
			problems.add(new CellProblem(
					columnOf(cells.containsKey(ImportField.ACLED_SUB_EVENT_TYPE) ? ImportField.ACLED_SUB_EVENT_TYPE
							: ImportField.ACLED_EVENT_TYPE),
					"The ACLED type '" + acled + "' has no counterpart here."));
		}
		return null;
	}

	private String date(Map<ImportField, String> cells, List<CellProblem> problems) {
		String compact = cells.get(ImportField.DATE);
		if (compact != null) {
			try {
				return DateRange.parse(compact).compact();
			}
			catch (IllegalArgumentException ex) {
				try {
					return LocalDate.parse(compact, ACLED_DATE).toString();
				}
				catch (DateTimeParseException notAcled) {
					problems.add(new CellProblem(columnOf(ImportField.DATE), ex.getMessage()));
					return null;
				}
			}
		}
		String from = cells.get(ImportField.DATE_FROM);
		if (from == null) {
			return "";
		}
		try {
			LocalDate start = LocalDate.parse(from);
			String to = cells.get(ImportField.DATE_TO);
			DatePrecision precision = cells.containsKey(ImportField.DATE_PRECISION)
					? DatePrecision.valueOf(cells.get(ImportField.DATE_PRECISION).toUpperCase(Locale.ROOT))
					: DatePrecision.DAY;
			return new DateRange(start, to == null ? start : LocalDate.parse(to), precision).compact();
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			problems.add(new CellProblem(columnOf(ImportField.DATE_FROM),
					"The dates and their precision do not fit together: " + ex.getMessage()));
			return null;
		}
	}

	private String country(Map<ImportField, String> cells, List<CellProblem> problems) {
		String code = cells.get(ImportField.COUNTRY_CODE);
		if (code != null) {
			return code.toUpperCase(Locale.ROOT);
		}
		String name = cells.get(ImportField.COUNTRY);
		if (name == null) {
			return null;
		}
		for (String iso : Locale.getISOCountries()) {
			Locale country = new Locale.Builder().setRegion(iso).build();
			for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.GERMAN)) {
				if (country.getDisplayCountry(language).equalsIgnoreCase(name)) {
					return iso;
				}
			}
		}
		problems.add(new CellProblem(columnOf(ImportField.COUNTRY), "'" + name + "' is not a country name."));
		return null;
	}

	private GeoPrecision precision(Map<ImportField, String> cells, List<CellProblem> problems) {
		String own = cells.get(ImportField.LOCATION_PRECISION);
		if (own != null) {
			try {
				return GeoPrecision.fromJson(own);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new CellProblem(columnOf(ImportField.LOCATION_PRECISION), ex.getMessage() + "."));
				return null;
			}
		}
		String acled = cells.get(ImportField.ACLED_GEO_PRECISION);
		if (acled == null) {
			return null;
		}
		return switch (acled) {
			case "1" -> GeoPrecision.STREET;
			case "2" -> GeoPrecision.CITY;
			case "3" -> GeoPrecision.REGION;
			default -> {
				problems.add(new CellProblem(columnOf(ImportField.ACLED_GEO_PRECISION),
						"ACLED's geo_precision is 1, 2 or 3."));
				yield null;
			}
		};
	}

	private Double number(Map<ImportField, String> cells, ImportField field, List<CellProblem> problems) {
		String value = cells.get(field);
		if (value == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(value);
			if (!Double.isFinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException ex) {
			problems.add(new CellProblem(columnOf(field), "'" + value + "' is not a number."));
			return null;
		}
	}

	private Integer whole(Map<ImportField, String> cells, ImportField field, List<CellProblem> problems) {
		String value = cells.get(field);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			problems.add(new CellProblem(columnOf(field), "'" + value + "' is not a whole number."));
			return null;
		}
	}

	private Boolean flag(Map<ImportField, String> cells, ImportField field, List<CellProblem> problems) {
		String value = cells.get(field);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes", "ja", "oui" -> true;
			case "false", "0", "no", "nee", "non" -> false;
			default -> {
				problems.add(new CellProblem(columnOf(field), "'" + value + "' is not true or false."));
				yield false;
			}
		};
	}

	private static String first(Map<ImportField, String> cells, ImportField... fields) {
		for (ImportField f : fields) {
			if (cells.containsKey(f)) {
				return cells.get(f);
			}
		}
		return null;
	}

}
