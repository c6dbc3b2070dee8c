package org.incidentatlas.api.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.incidentatlas.incident.IncidentFamily;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentType;

/**
 * A downloaded file's name says what is in it, so a folder of exports reads like a list
 * of questions: {@code incident-atlas_antwerp_2023_explosion.csv}. Each active filter
 * adds a part (place, years or dates, types, text, minimum killed); without filters the
 * name is {@code incident-atlas_all.csv}. Only ASCII letters, digits, '-' and '_' are
 * used, so the name is safe in a header and on every file system.
 */
final class ExportFileName {

	private static final int MAX_PART = 40;

	private ExportFileName() {
	}

	static String of(IncidentFilter filter, String extension) {
		StringBuilder name = new StringBuilder("incident-atlas");
		int parts = 0;
		parts += add(name, filter.city());
		for (String run : filter.yearsText().split(", ")) {
			parts += add(name, run); // "2019-2021, 2023" → _2019-2021_2023
		}
		if (filter.from() != null || filter.to() != null) {
			parts += add(name, (filter.from() == null ? "" : filter.from().toString()) + "--"
					+ (filter.to() == null ? "" : filter.to().toString()));
		}
		parts += add(name, types(filter.types()));
		parts += add(name, filter.q());
		if (filter.minKilled() != null) {
			parts += add(name, "killed-" + filter.minKilled() + "-plus");
		}
		if (parts == 0) {
			name.append("_all");
		}
		return name + "." + extension;
	}

	private static String types(Set<IncidentType> types) {
		if (types.isEmpty() || types.equals(IncidentType.of(IncidentFamily.VIOLENCE))) {
			return null; // the default: not worth naming
		}
		return types.size() > 3 ? types.size() + "-types"
				: types.stream().map(IncidentType::token).sorted().collect(Collectors.joining("-"));
	}

	private static int add(StringBuilder name, String value) {
		String slug = slug(value);
		if (slug.isEmpty()) {
			return 0;
		}
		name.append('_').append(slug);
		return 1;
	}

	/**
	 * Lower-case ASCII: accents dropped ("Liège" → "liege"), every other run of signs one
	 * '-'.
	 */
	static String slug(String value) {
		if (value == null) {
			return "";
		}
		String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() > MAX_PART ? slug.substring(0, MAX_PART).replaceAll("-+$", "") : slug;
	}

}
