package org.incidentatlas.extraction;

import java.time.LocalTime;

import org.incidentatlas.incident.IncidentSubtype;
import org.incidentatlas.incident.IncidentTarget;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.ReportedTime;
import org.incidentatlas.incident.TimeOfDay;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coding hints, on sentences written for these tests; and the extractor's proposals
 * carry them.
 */
class CodingTest {

	static final Coding CODING = org.incidentatlas.reading.ExtractionRuleFiles.coding();

	@Nested
	class Dutch {

		@Test
		void aHandGrenadeAtAFrontDoorAtNightIsAGrenadeAtAHome() {
			Coding.Hints hints = CODING.read(
					"In de nacht van zaterdag op zondag ontplofte een handgranaat aan de voordeur van een rijwoning.",
					Language.NL, IncidentType.EXPLOSION);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.GRENADE);
			assertThat(hints.target()).isEqualTo(IncidentTarget.HOME);
			assertThat(hints.time().part()).isEqualTo(TimeOfDay.NIGHT);
			assertThat(hints.time().precision()).isEqualTo(ReportedTime.Precision.PART_OF_DAY);
		}

		@Test
		void aCobraAgainstACafeFacadeIsAFireworksBombAtABusiness() {
			Coding.Hints hints = CODING.read("Tegen de gevel van het café werd een Cobra tot ontploffing gebracht.",
					Language.NL);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.FIREWORKS_BOMB);
			assertThat(hints.target()).isEqualTo(IncidentTarget.BUSINESS);
		}

		@Test
		void aMolotovCocktailIsAnArsonsKindAndTheClockTimeIsKeptToTheMinute() {
			Coding.Hints hints = CODING.read(
					"Om 3.15 uur gooiden twee mannen een molotovcocktail door het raam van de woning.", Language.NL,
					IncidentType.ARSON);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.MOLOTOV);
			assertThat(hints.time())
				.isEqualTo(new ReportedTime(TimeOfDay.NIGHT, LocalTime.of(3, 15), ReportedTime.Precision.MINUTE));
		}

		@Test
		void anHourInTheEveningIsReadOnTheTwentyFourHourClock() {
			Coding.Hints hints = CODING.read("'s Avonds rond 10 uur werden schoten gelost op een geparkeerde auto.",
					Language.NL, IncidentType.SHOOTING);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.AT_VEHICLE);
			assertThat(hints.target()).isEqualTo(IncidentTarget.VEHICLE);
			assertThat(hints.time())
				.isEqualTo(new ReportedTime(TimeOfDay.EVENING, LocalTime.of(22, 0), ReportedTime.Precision.HOUR));
		}

		@Test
		void aGrenadeFoundIsAThreatsKindNotAnExplosions() {
			String sentence = "Bij een huiszoeking werd een handgranaat aangetroffen in de kelder.";
			assertThat(CODING.read(sentence, Language.NL, IncidentType.THREAT).subtype())
				.isEqualTo(IncidentSubtype.GRENADE_FOUND);
			assertThat(CODING.read(sentence, Language.NL, IncidentType.EXPLOSION).subtype())
				.isEqualTo(IncidentSubtype.GRENADE);
		}

		@Test
		void aSentenceThatSaysNothingGivesNoHints() {
			assertThat(CODING.read("De burgemeester reageerde geschokt op het nieuws.", Language.NL).isEmpty())
				.isTrue();
		}

	}

	@Nested
	class French {

		@Test
		void aGrenadeAgainstAFacadeInTheNightIsAGrenadeAtAHome() {
			Coding.Hints hints = CODING.read(
					"Dans la nuit de mardi à mercredi, une grenade a explosé contre la façade d'une maison.",
					Language.FR, IncidentType.EXPLOSION);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.GRENADE);
			assertThat(hints.target()).isEqualTo(IncidentTarget.HOME);
			assertThat(hints.time().part()).isEqualTo(TimeOfDay.NIGHT);
		}

		@Test
		void aBurntCarIsAVehicleArsonAndAQuarterPastIsKeptToTheMinute() {
			Coding.Hints hints = CODING.read("Vers 4h15, une voiture incendiée a été retrouvée devant le commissariat.",
					Language.FR, IncidentType.ARSON);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.VEHICLE_ARSON);
			assertThat(hints.target()).isEqualTo(IncidentTarget.PUBLIC_BUILDING);
			assertThat(hints.time())
				.isEqualTo(new ReportedTime(TimeOfDay.NIGHT, LocalTime.of(4, 15), ReportedTime.Precision.MINUTE));
		}

		@Test
		void shotsAtAManAreAtAPersonAndTheEveningIsKept() {
			Coding.Hints hints = CODING.read("Un homme a été blessé par balle ce soir dans un café du centre.",
					Language.FR, IncidentType.SHOOTING);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.AT_PERSON);
			assertThat(hints.target()).isEqualTo(IncidentTarget.BUSINESS);
			assertThat(hints.time().part()).isEqualTo(TimeOfDay.EVENING);
		}

		@Test
		void aMolotovCocktailIsFoundWhateverItsCase() {
			assertThat(CODING.read("Un COCKTAIL MOLOTOV a été lancé.", Language.FR).subtype())
				.isEqualTo(IncidentSubtype.MOLOTOV);
		}

	}

	@Nested
	class English {

		@Test
		void aGrenadeThrownAtAHouseAtTwoAmIsAGrenadeAtAHomeAtNight() {
			Coding.Hints hints = CODING.read("A hand grenade was thrown at the house at around 2 a.m. on Sunday.",
					Language.EN, IncidentType.EXPLOSION);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.GRENADE);
			assertThat(hints.target()).isEqualTo(IncidentTarget.HOME);
			assertThat(hints.time())
				.isEqualTo(new ReportedTime(TimeOfDay.NIGHT, LocalTime.of(2, 0), ReportedTime.Precision.HOUR));
		}

		@Test
		void anAfternoonClockTimeIsReadOnTheTwentyFourHourClock() {
			Coding.Hints hints = CODING.read("Shots were fired at a shop window at 3.40pm.", Language.EN,
					IncidentType.SHOOTING);
			assertThat(hints.target()).isEqualTo(IncidentTarget.BUSINESS);
			assertThat(hints.time())
				.isEqualTo(new ReportedTime(TimeOfDay.AFTERNOON, LocalTime.of(15, 40), ReportedTime.Precision.MINUTE));
		}

		@Test
		void anExplosiveDeviceFoundIsAThreat() {
			Coding.Hints hints = CODING.read("Police said an explosive device was found under a car overnight.",
					Language.EN, IncidentType.THREAT);
			assertThat(hints.subtype()).isEqualTo(IncidentSubtype.DEVICE_FOUND);
			assertThat(hints.target()).isEqualTo(IncidentTarget.VEHICLE);
			assertThat(hints.time().part()).isEqualTo(TimeOfDay.NIGHT);
		}

		@Test
		void aTypeWithoutSubtypesGetsNone() {
			assertThat(CODING
				.read("A man was kidnapped and a grenade was shown to him.", Language.EN, IncidentType.KIDNAPPING)
				.subtype()).isNull();
		}

		@Test
		void aYearIsNotAClockTime() {
			assertThat(CODING.read("In 2023 there were 40 explosions in the city.", Language.EN).time()).isNull();
		}

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
