package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlacePath;
import org.incidentatlas.time.DateRange;

/**
 * One article as the stages see it: its sentences, and for each sentence the dates and
 * places it names and the country the story was in before it. Built by {@link Mentions};
 * read by the later stages.
 */
final class Document {

	final String text;

	final DateRange published;

	final Language language;

	final Lexicon lexicon;

	/** How this language tells the killed and the injured. */
	Casualties casualties = Casualties.NONE;

	final Places places;

	final List<Sentences.Sentence> sentences;

	final List<List<Places.Mention>> placesBySentence = new ArrayList<>();

	final List<List<Dates.Mention>> datesBySentence = new ArrayList<>();

	/**
	 * The city adjectives of each sentence ("de Antwerpse haven"): a sentence's own place
	 * when it names none, never the story's context nor a statistic's place.
	 */
	final List<List<Places.Mention>> adjectivesBySentence = new ArrayList<>();

	/** The country of the story before each sentence (captions left out), or null. */
	final List<String> countryBefore = new ArrayList<>();

	/** The city the story was last in before each sentence, or null. */
	final List<Place> cityBefore = new ArrayList<>();

	/** Stories (between "read more" breaks) that speak of drugs or organised crime. */
	/**
	 * Where a search index's page-date marker (" date 2023-05 ") ends, 0 without one: its
	 * figures are no dates or counts of the text.
	 */
	int markerEnd;

	final Set<Integer> relevantStories = new HashSet<>();

	/** The stories that deny their violence a link to the underworld. */
	final Set<Integer> deniedStories = new HashSet<>();

	/**
	 * The stories that put their attacks down to other quarrels than the underworld's.
	 */
	final Set<Integer> otherMotiveStories = new HashSet<>();

	Document(String text, DateRange published, Language language, Lexicon lexicon, Places places,
			SentenceRules sentenceRules) {
		this.text = text;
		this.published = published;
		this.language = language;
		this.lexicon = lexicon;
		this.places = places;
		this.sentences = Sentences.split(text, sentenceRules);
	}

	Sentences.Sentence sentence(int index) {
		return sentences.get(index);
	}

	int size() {
		return sentences.size();
	}

	/**
	 * The only place the paragraph named before this sentence, or null when none or
	 * several.
	 */
	Places.Mention paragraphPlace(int index) {
		Sentences.Sentence s = sentences.get(index);
		Places.Mention only = null;
		for (int i = index - 1; i >= 0 && sentences.get(i).paragraph() == s.paragraph(); i--) {
			for (Places.Mention m : placesBySentence.get(i)) {
				if (m.role() != Places.Role.LOCATIVE) {
					continue;
				}
				if (only != null && !same(only, m)) {
					return null; // two places: ambiguous
				}
				only = m;
			}
		}
		return only;
	}

	private static boolean same(Places.Mention a, Places.Mention b) {
		return a.place() != null ? a.place().equals(b.place()) : a.abroad().equals(b.abroad());
	}

	/**
	 * A street the sentence names, in the city or district it inherits: "a little further
	 * on, in the Lange Kievitstraat" is in the story's Borgerhout.
	 */
	private ExtractedPlace withStreet(int index, ExtractedPlace inherited) {
		if (inherited.city() == null || inherited.street() != null) {
			return inherited;
		}
		Sentences.Sentence s = sentences.get(index);
		for (Places.Street street : places.streets(text, s.start(), s.end())) {
			if (!street.near()) {
				return new ExtractedPlace(inherited.country(), inherited.region(), inherited.city(),
						inherited.district(), street.name(), inherited.latitude(), inherited.longitude(),
						PlacePrecision.STREET, inherited.placeKey());
			}
		}
		return inherited;
	}

	/**
	 * A sentence naming no place takes its paragraph's place when that is one place, else
	 * the country of the context.
	 */
	ExtractedPlace inherited(int index) {
		Places.Mention paragraph = paragraphPlace(index);
		if (paragraph != null) {
			return withStreet(index, describe(paragraph));
		}
		Place city = cityBefore.get(index);
		if (city != null) {
			return withStreet(index, describe(city));
		}
		String contextCountry = countryBefore.get(index);
		if (contextCountry != null) {
			Place country = places.country(contextCountry);
			return country != null ? describe(country) : new ExtractedPlace(contextCountry, null, null, null, null,
					null, null, PlacePrecision.COUNTRY, null);
		}
		return ExtractedPlace.UNKNOWN;
	}

	ExtractedPlace describe(Places.Mention m) {
		if (m.place() != null) {
			return describe(m.place());
		}
		return new ExtractedPlace(m.abroad().country(), null, null, null, null, null, null,
				m.abroad().country() == null ? PlacePrecision.REGION : PlacePrecision.COUNTRY, null);
	}

	ExtractedPlace describe(Place place) {
		PlacePath path = places.path(place);
		PlacePrecision precision = path.district() != null ? PlacePrecision.DISTRICT : path.city() != null
				? PlacePrecision.CITY : path.region() != null ? PlacePrecision.REGION : PlacePrecision.COUNTRY;
		return new ExtractedPlace(place.countryCode(), name(path.region()), name(path.city()), name(path.district()),
				null, place.latitude(), place.longitude(), precision, place.key());
	}

	private static String name(Place place) {
		return place == null ? null : place.displayName();
	}

	static Evidence evidence(Sentences.Sentence s) {
		return new Evidence(s.start(), s.end(), s.text());
	}

}
