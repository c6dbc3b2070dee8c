package org.incidentatlas.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a gazetteer file in {@code db/gazetteer/}. The files are plain comma-separated
 * text with no quoting (no field may hold a comma); aliases are separated by {@code |}.
 */
record PlaceCsv(String key, PlaceKind kind, String parentKey, String name, String nameNl, String nameFr,
		String nameEn, String nameDe, double latitude, double longitude, Integer population, List<String> aliases) {

	static final String HEADER = "key,kind,parent,name,name_nl,name_fr,name_en,name_de,lat,lon,population,aliases";

	static PlaceCsv parse(String line, String source, int lineNumber) {
		String[] f = line.split(",", -1);
		if (f.length != 12) {
			throw new IllegalArgumentException(source + ":" + lineNumber + ": expected 12 fields, found " + f.length);
		}
		try {
			return new PlaceCsv(required(f[0]), PlaceKind.valueOf(f[1].strip().toUpperCase().replace('-', '_')),
					blank(f[2]), required(f[3]), blank(f[4]), blank(f[5]), blank(f[6]), blank(f[7]),
					Double.parseDouble(f[8]), Double.parseDouble(f[9]), f[10].isBlank() ? null : Integer.valueOf(f[10].strip()),
					f[11].isBlank() ? List.of()
							: Arrays.stream(f[11].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(source + ":" + lineNumber + ": " + ex.getMessage(), ex);
		}
	}

	String countryCode() {
		return key.substring(0, 2).toUpperCase();
	}

	/** Every name and alias with its language (null for aliases and the official name). */
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
