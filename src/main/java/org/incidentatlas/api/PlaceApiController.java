package org.incidentatlas.api;

import java.util.List;
import java.util.Locale;

import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Type-ahead for the city filter: {@code GET /api/places?q=anv} finds Antwerp by any of its names. */
@RestController
class PlaceApiController {

	static final int MAX_SUGGESTIONS = 10;

	private final Gazetteer gazetteer;

	PlaceApiController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@GetMapping("/api/places")
	List<PlaceJson> suggest(@RequestParam(defaultValue = "") String q, Locale locale) {
		if (q.length() > 100) {
			throw new InvalidParameterException("q", "The search text is longer than 100 characters.");
		}
		return gazetteer.suggest(q, MAX_SUGGESTIONS).stream().map(p -> PlaceJson.of(p, locale, gazetteer)).toList();
	}

	/** A suggestion: the name to show and to put in the filter, and where the place is. */
	record PlaceJson(String key, String name, String kind, String countryCode, String within, String nameNl, String nameFr,
			String nameEn, String nameDe, double lat, double lon) {

		static PlaceJson of(Place p, Locale locale, Gazetteer gazetteer) {
			List<Place> lineage = gazetteer.lineage(p.id());
			String within = lineage.size() > 1 ? lineage.get(1).name(locale) : null;
			return new PlaceJson(p.key(), p.name(locale), p.kind().name().toLowerCase(), p.countryCode(), within,
					p.name(Locale.forLanguageTag("nl")), p.name(Locale.FRENCH), p.name(Locale.ENGLISH), p.name(Locale.GERMAN),
					p.latitude(), p.longitude());
		}

	}

}
