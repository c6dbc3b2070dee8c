package org.incidentatlas.extraction;

import java.util.List;
import java.util.Set;

import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.time.DateRange;

/**
 * Reads an article and proposes what it reports. Thread-safe and free of I/O: build one per
 * gazetteer and share it.
 */
public final class Extractor {

	private final PlaceCatalog places;

	private final Set<String> countries;

	/**
	 * @param countries ISO codes of the countries in scope (BE, NL); events elsewhere are dropped
	 */
	public Extractor(PlaceCatalog places, Set<String> countries) {
		this.places = places;
		this.countries = Set.copyOf(countries);
	}

	/**
	 * @param published when the article appeared, as precisely as known; relative dates resolve against it
	 * @param language the article's language, or null to detect it
	 */
	public Extraction extract(String text, DateRange published, Language language) {
		return new Extraction(language == null ? Language.EN : language, List.of(), List.of(), List.of());
	}

}
