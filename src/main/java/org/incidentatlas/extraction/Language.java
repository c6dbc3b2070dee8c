package org.incidentatlas.extraction;

import java.util.Locale;
import java.util.Optional;

/** The languages the extractor reads. */
public enum Language {

	EN, NL, FR;

	/** The ISO 639-1 code used in JSON and the database: "en". */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Language> fromToken(String token) {
		if (token == null) {
			return Optional.empty();
		}
		for (Language language : values()) {
			if (language.name().equalsIgnoreCase(token.strip())) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
