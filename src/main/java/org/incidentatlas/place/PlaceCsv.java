package org.incidentatlas.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.incidentatlas.csv.Csv;

/**
 * One row of a gazetteer file in {@code db/gazetteer/}: CSV as {@link Csv} reads it (a
 * field holding a comma is quoted); aliases are separated by {@code |}.
 */
record PlaceCsv(String key, PlaceKind kind, String parentKey, String name, String nameNl, String nameFr, String nameEn,
		String nameDe, double latitude, double longitude, Integer population, Integer populationYear,
		String populationSource, List<String> aliases) {

	static final String HEADER = "key,kind,parent,name,name_nl,name_fr,name_en,name_de,lat,lon,population,"
			+ "population_year,population_source,aliases";

	static final int FIELDS = 14;

	/** The rows of one file, its header checked; blank lines are skipped. */
	static List<PlaceCsv> read(String text, String source) {
		List<Csv.Record> records;
		try {
			records = Csv.read(text);
		}
		catch (Csv.Malformed ex) {
			throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
		}
		if (records.isEmpty() || !String.join(",", records.get(0).cells()).strip().equals(HEADER)) {
			throw new IllegalStateException(source + ": the first line must be " + HEADER);
		}
		return records.subList(1, records.size())
			.stream()
			.filter(record -> record.cells().size() > 1 || !record.cells().get(0).isBlank())
			.map(record -> parse(record.cells(), source, record.line()))
			.toList();
	}

	static PlaceCsv parse(List<String> cells, String source, long lineNumber) {
		String[] f = cells.toArray(String[]::new);
		if (f.length != FIELDS) {
			throw new IllegalArgumentException(
					source + ":" + lineNumber + ": expected " + FIELDS + " fields, found " + f.length);
		}
		Integer population = f[10].isBlank() ? null : Integer.valueOf(f[10].strip());
		Integer populationYear = f[11].isBlank() ? null : Integer.valueOf(f[11].strip());
		if (population == null && (populationYear != null || !f[12].isBlank())) {
			throw new IllegalArgumentException(
					source + ":" + lineNumber + ": a population's year or source without a population");
		}
		try {
			return new PlaceCsv(required(f[0]), PlaceKind.valueOf(f[1].strip().toUpperCase().replace('-', '_')),
					blank(f[2]), required(f[3]), blank(f[4]), blank(f[5]), blank(f[6]), blank(f[7]),
					Double.parseDouble(f[8]), Double.parseDouble(f[9]), population, populationYear, blank(f[12]),
					f[13].isBlank() ? List.of()
							: Arrays.stream(f[13].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(source + ":" + lineNumber + ": " + ex.getMessage(), ex);
		}
	}

	String countryCode() {
		return key.substring(0, 2).toUpperCase();
	}

	/**
	 * Every name and alias with its language (null for aliases and the official name).
	 */
	List<NamedAs> allNames() {
		List<NamedAs> names = new ArrayList<>();
		names.add(new NamedAs(name, null, false));
		addIfPresent(names, nameNl, "nl");
		addIfPresent(names, nameFr, "fr");
		addIfPresent(names, nameEn, "en");
		addIfPresent(names, nameDe, "de");
		aliases.forEach(alias -> names.add(new NamedAs(alias, null, true)));
		return names;
	}

	private static void addIfPresent(List<NamedAs> names, String value, String language) {
		if (value != null) {
			names.add(new NamedAs(value, language, false));
		}
	}

	private static String required(String value) {
		if (value.isBlank()) {
			throw new IllegalArgumentException("a required field is empty");
		}
		return value.strip();
	}

	private static String blank(String value) {
		return value.isBlank() ? null : value.strip();
	}

	record NamedAs(String name, String language, boolean alias) {
	}

}
