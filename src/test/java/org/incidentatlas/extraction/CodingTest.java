package org.incidentatlas.extraction;

import java.time.LocalTime;
import java.util.stream.Stream;

import org.incidentatlas.incident.IncidentSubtype;
import org.incidentatlas.incident.IncidentTarget;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.ReportedTime;
import org.incidentatlas.incident.TimeOfDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coding hints, on sentences written for these tests; and the extractor's proposals
 * carry them.
 */
class CodingTest {

	static final Coding CODING = org.incidentatlas.reading.ExtractionRuleFiles.coding();

	/**
	 * A sentence of one language, read for an incident type (or for none), and the hints
	 * it should give; an expectation left null is not checked.
	 */
	record Case(String behaviour, String sentence, Language language, IncidentType type, IncidentSubtype subtype,
			IncidentTarget target, TimeOfDay part, LocalTime clock, ReportedTime.Precision precision) {

		@Override
		public String toString() {
			return language.name().toLowerCase(java.util.Locale.ROOT) + ": " + behaviour;
		}

	}

	static Stream<Case> sentences() {
		return Stream.of(new Case("a hand grenade at a front door at night is a grenade at a home",
				"In de nacht van zaterdag op zondag ontplofte een handgranaat aan de voordeur van een rijwoning.",
				Language.NL, IncidentType.EXPLOSION, IncidentSubtype.GRENADE, IncidentTarget.HOME, TimeOfDay.NIGHT,
				null, ReportedTime.Precision.PART_OF_DAY),
				new Case("a Cobra against a café's facade is a fireworks bomb at a business",
						"Tegen de gevel van het café werd een Cobra tot ontploffing gebracht.", Language.NL, null,
						IncidentSubtype.FIREWORKS_BOMB, IncidentTarget.BUSINESS, null, null, null),
				new Case("a Molotov cocktail is an arson's kind and the clock time is kept to the minute",
						"Om 3.15 uur gooiden twee mannen een molotovcocktail door het raam van de woning.", Language.NL,
						IncidentType.ARSON, IncidentSubtype.MOLOTOV, null, TimeOfDay.NIGHT, LocalTime.of(3, 15),
						ReportedTime.Precision.MINUTE),
				new Case("an hour in the evening is read on the 24-hour clock",
						"'s Avonds rond 10 uur werden schoten gelost op een geparkeerde auto.", Language.NL,
						IncidentType.SHOOTING, IncidentSubtype.AT_VEHICLE, IncidentTarget.VEHICLE, TimeOfDay.EVENING,
						LocalTime.of(22, 0), ReportedTime.Precision.HOUR),
				new Case("a grenade found is a threat's kind", GRENADE_FOUND, Language.NL, IncidentType.THREAT,
						IncidentSubtype.GRENADE_FOUND, null, null, null, null),
				new Case("a grenade found is not an explosion's kind", GRENADE_FOUND, Language.NL,
						IncidentType.EXPLOSION, IncidentSubtype.GRENADE, null, null, null, null),
				new Case("a grenade against a facade in the night is a grenade at a home",
						"Dans la nuit de mardi à mercredi, une grenade a explosé contre la façade d'une maison.",
						Language.FR, IncidentType.EXPLOSION, IncidentSubtype.GRENADE, IncidentTarget.HOME,
						TimeOfDay.NIGHT, null, null),
				new Case("a burnt car is a vehicle arson and a quarter past is kept to the minute",
						"Vers 4h15, une voiture incendiée a été retrouvée devant le commissariat.", Language.FR,
						IncidentType.ARSON, IncidentSubtype.VEHICLE_ARSON, IncidentTarget.PUBLIC_BUILDING,
						TimeOfDay.NIGHT, LocalTime.of(4, 15), ReportedTime.Precision.MINUTE),
				new Case("shots at a man are at a person, and the evening is kept",
						"Un homme a été blessé par balle ce soir dans un café du centre.", Language.FR,
						IncidentType.SHOOTING, IncidentSubtype.AT_PERSON, IncidentTarget.BUSINESS, TimeOfDay.EVENING,
						null, null),
				new Case("a Molotov cocktail is found whatever its case", "Un COCKTAIL MOLOTOV a été lancé.",
						Language.FR, null, IncidentSubtype.MOLOTOV, null, null, null, null),
				new Case("a grenade thrown at a house at two a.m. is a grenade at a home at night",
						"A hand grenade was thrown at the house at around 2 a.m. on Sunday.", Language.EN,
						IncidentType.EXPLOSION, IncidentSubtype.GRENADE, IncidentTarget.HOME, TimeOfDay.NIGHT,
						LocalTime.of(2, 0), ReportedTime.Precision.HOUR),
				new Case("an afternoon clock time is read on the 24-hour clock",
						"Shots were fired at a shop window at 3.40pm.", Language.EN, IncidentType.SHOOTING, null,
						IncidentTarget.BUSINESS, TimeOfDay.AFTERNOON, LocalTime.of(15, 40),
						ReportedTime.Precision.MINUTE),
				new Case("an explosive device found is a threat",
						"Police said an explosive device was found under a car overnight.", Language.EN,
						IncidentType.THREAT, IncidentSubtype.DEVICE_FOUND, IncidentTarget.VEHICLE, TimeOfDay.NIGHT,
						null, null));
	}

	private static final String GRENADE_FOUND = "Bij een huiszoeking werd een handgranaat aangetroffen in de kelder.";

	@ParameterizedTest(name = "{0}")
	@MethodSource("sentences")
	void aSentenceGivesTheHintsItStates(Case c) {
		Coding.Hints hints = c.type() == null ? CODING.read(c.sentence(), c.language())
				: CODING.read(c.sentence(), c.language(), c.type());
		if (c.subtype() != null) {
			assertThat(hints.subtype()).as("subtype").isEqualTo(c.subtype());
		}
		if (c.target() != null) {
			assertThat(hints.target()).as("target").isEqualTo(c.target());
		}
		if (c.part() != null) {
			assertThat(hints.time()).as("time").isNotNull();
			assertThat(hints.time().part()).as("part of the day").isEqualTo(c.part());
		}
		if (c.clock() != null) {
			assertThat(hints.time().time()).as("clock time").isEqualTo(c.clock());
		}
		if (c.precision() != null) {
			assertThat(hints.time().precision()).as("precision").isEqualTo(c.precision());
		}
	}

	@Test
	void aSentenceThatSaysNothingGivesNoHints() {
		assertThat(CODING.read("De burgemeester reageerde geschokt op het nieuws.", Language.NL).isEmpty()).isTrue();
	}

	@Test
	void aTypeWithoutSubtypesGetsNone() {
		assertThat(
				CODING.read("A man was kidnapped and a grenade was shown to him.", Language.EN, IncidentType.KIDNAPPING)
					.subtype())
			.isNull();
	}

	@Test
	void aYearIsNotAClockTime() {
		assertThat(CODING.read("In 2023 there were 40 explosions in the city.", Language.EN).time()).isNull();
	}

	@Test
	void anExtractedIncidentCarriesTheHintsOfItsEvidence() {
		Extractor extractor = org.incidentatlas.reading.ExtractionRuleFiles
			.extractor(org.incidentatlas.reading.GazetteerFiles.load(), java.util.Set.of("BE", "NL"));
		Extraction extraction = extractor.extract(
				"""
						Handgranaat tegen woning in Antwerpen

						In de nacht van zaterdag op zondag is in Borgerhout een handgranaat ontploft aan de voordeur van een woning.
						De politie vermoedt een link met het drugsmilieu.""",
				org.incidentatlas.time.DateRange.day(java.time.LocalDate.of(2024, 3, 10)), Language.NL);
		assertThat(extraction.incidents()).isNotEmpty();
		ProposedIncident incident = extraction.incidents().get(0);
		assertThat(incident.coding().subtype()).isEqualTo(IncidentSubtype.GRENADE);
		assertThat(incident.coding().target()).isEqualTo(IncidentTarget.HOME);
	}

}
