package org.incidentatlas.api.place;

import java.util.List;
import java.util.Locale;

import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type-ahead for the city filter: {@code GET /api/places?q=anv} finds Antwerp by any of
 * its names.
 */
@RestController
class PlaceApiController {

	static final int MAX_SUGGESTIONS = 10;

	private final Gazetteer gazetteer;

	private final MessageSource messages;

	PlaceApiController(Gazetteer gazetteer, MessageSource messages) {
		this.gazetteer = gazetteer;
		this.messages = messages;
	}

	@GetMapping("/api/places")
	List<PlaceJson> suggest(@RequestParam(defaultValue = "") String q, Locale locale) {
		if (q.length() > 100) {
			throw new InvalidParameterException("q", "parameter.q.tooLong", 100);
		}
		return gazetteer.suggest(q, MAX_SUGGESTIONS).stream().map(p -> of(p, locale)).toList();
	}

	/**
	 * A suggestion says what the place is ("Antwerp (city)", "Antwerp (province)"), and
	 * gives the value that picks exactly it in the filter: its name when that name means
	 * only this place, its key otherwise.
	 */
	private PlaceJson of(Place p, Locale locale) {
		List<Place> lineage = gazetteer.lineage(p.id());
		String within = lineage.size() > 1 ? lineage.get(1).name(locale) : null;
		String name = p.name(locale);
		String value = gazetteer.resolve(name).equals(List.of(p)) ? name : p.key();
		String kindLabel = messages.getMessage("place.kind." + p.kind().name().toLowerCase(Locale.ROOT), null,
				p.kind().name().toLowerCase(Locale.ROOT), locale);
		return new PlaceJson(p.key(), name, value, p.kind().name().toLowerCase(Locale.ROOT), kindLabel, p.countryCode(),
				within, p.name(Locale.forLanguageTag("nl")), p.name(Locale.FRENCH), p.name(Locale.ENGLISH),
				p.name(Locale.GERMAN), p.latitude(), p.longitude());
	}

	/**
	 * A suggestion: the name to show, the value to put in the filter, what kind of place
	 * it is and where.
	 */
	record PlaceJson(String key, String name, String value, String kind, String kindLabel, String countryCode,
			String within, String nameNl, String nameFr, String nameEn, String nameDe, double lat, double lon) {
	}

}
