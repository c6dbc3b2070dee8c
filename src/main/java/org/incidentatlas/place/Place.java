package org.incidentatlas.place;

import java.util.Locale;

/**
 * One gazetteer entry.
 *
 * @param names names by language code (nl, fr, en, de) where they differ from
 * {@code name}
 * @param population inhabitants, a rounded figure; null when unknown
 * @param populationYear the year the population counts; null when not recorded
 * @param populationSource who counted it (Statbel, CBS); null when not recorded
 */
public record Place(int id, String key, PlaceKind kind, String countryCode, Integer parentId, String name,
		String nameNl, String nameFr, String nameEn, String nameDe, double latitude, double longitude,
		Integer population, Integer populationYear, String populationSource) {

	/** The name a reader of the given language expects: Anvers, Antwerpen, Antwerp. */
	public String name(Locale locale) {
		String localized = switch (locale.getLanguage()) {
			case "nl" -> nameNl;
			case "fr" -> nameFr;
			case "en" -> nameEn;
			case "de" -> nameDe;
			default -> null;
		};
		return localized != null ? localized : name;
	}

	/** The English name, used by the API and as the default display name. */
	public String displayName() {
		return name(Locale.ENGLISH);
	}

}
