package org.incidentatlas.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.incidentatlas.reading.ExtractionRuleFiles;
import org.incidentatlas.reading.GazetteerFiles;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DateRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tallies become statistics with their place and period; counts of the events a story
 * tells do not. Sentences of our own.
 */
class StatisticsStageTest {

	static final Extractor EXTRACTOR = ExtractionRuleFiles.extractor(GazetteerFiles.load(), Set.of("BE", "NL"));

	static final DateRange MID_AUGUST_2025 = DateRange.day(LocalDate.of(2025, 8, 14));

	static final DateRange NOVEMBER_2024 = DateRange.parse("2024-11");

	private static List<String> read(String text, DateRange published, Language language) {
		return EXTRACTOR.extract(text, published, language)
			.statistics()
			.stream()
			.map(s -> s.metric().token() + " " + s.value().toPlainString() + " " + s.place() + " "
					+ s.period().compact())
			.toList();
	}

	@Test
	void aTallyWithoutAPlaceInItsSentenceTakesThePlaceTheStoryIsAbout() {
		assertThat(
				read("""
						Gunfire is heard almost every week in Brussels now. The prosecutor in Brussels called a press conference.
						Since the beginning of this year the city has had 41 shootings, more than one a week.""",
						MID_AUGUST_2025, Language.EN))
			.containsExactly("shootings 41 Brussels 2025");
	}

	@Test
	void ofWhichFiguresKeepTheTallysPlaceWithTheirOwnPeriodAndTheNextSentencesCasualtiesAreTheTallys() {
		assertThat(read(
				"Charleroi a connu douze fusillades depuis un mois, dont cinq ces deux dernières semaines. Quatre personnes ont été blessées.",
				DateRange.day(LocalDate.of(2025, 8, 20)), Language.FR))
			.containsExactly("shootings 12 Charleroi 2025-07/2025-08", "shootings 5 Charleroi 2025-08",
					"injured 4 Charleroi 2025-07/2025-08");
	}

	@Test
	void aHalfYearAndTheRestOfTheYearAreTheirOwnPeriods() {
		assertThat(
				read("""
						In Limburg ging dit jaar al 50 keer een explosief af.
						In het eerste halfjaar was het 14 keer raak. De overige 36 explosies volgden in de tweede helft van het jaar.""",
						NOVEMBER_2024, Language.NL))
			.containsExactly("explosions 50 Limburg 2024", "explosions 14 Limburg 2024-01/2024-06",
					"explosions 36 Limburg 2024-07/2024-12");
	}

	@Test
	void approximateAndQualifiedFiguresKeepTheirQualifier() {
		Extraction e = EXTRACTOR.extract(
				"Het afgelopen jaar waren er in Charleroi een dertigtal geweldsincidenten, en minstens vier liquidaties.",
				NOVEMBER_2024, Language.NL);
		assertThat(e.statistics())
			.extracting(ProposedStatistic::metric, ProposedStatistic::value, ProposedStatistic::qualifier)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Metric.VIOLENT_INCIDENTS, BigDecimal.valueOf(30),
							Qualifier.ABOUT),
					org.assertj.core.groups.Tuple.tuple(Metric.LIQUIDATIONS, BigDecimal.valueOf(4),
							Qualifier.AT_LEAST));
	}

	@Test
	void theEventsOfOneStoryAreNotATally() {
		assertThat(read("On 3 March two grenade attacks hit homes in Deurne. Three people were injured.",
				MID_AUGUST_2025, Language.EN))
			.isEmpty();
		assertThat(
				read("Vannacht zijn in Rotterdam vijf explosieven afgegaan.", DateRange.parse("2023-09"), Language.NL))
			.isEmpty();
		assertThat(read("In 2021 three murders were committed in Amsterdam during the trial.", MID_AUGUST_2025,
				Language.EN))
			.isEmpty();
	}

	@Test
	void kilosSeizedOverAPeriodAreTonnesAndASingleHaulIsNot() {
		assertThat(read("Since the start of the year customs in Antwerp have seized 2,500 kilos of cocaine.",
				MID_AUGUST_2025, Language.EN))
			.containsExactly("cocaine_seized_tonnes 2.5 Antwerp 2025");
		assertThat(read("On Tuesday customs in Antwerp seized 300 kilos of cocaine.", MID_AUGUST_2025, Language.EN))
			.isEmpty();
	}

	@Test
	void theNthDeathOfTheYearIsATallyOfTheDead() {
		assertThat(
				read("Het is de achtste dode in Antwerpen sinds het begin van het jaar.", MID_AUGUST_2025, Language.NL))
			.containsExactly("killed 8 Antwerp 2025");
		assertThat(read("C'est la 23e fusillade à Bruxelles cette année.", MID_AUGUST_2025, Language.FR))
			.containsExactly("shootings 23 Brussels 2025");
	}

	@Test
	void aTallyInAStoryAboutSeveralDistrictsOfACityIsTheCitysAndAStoryAboutOneDistrictKeepsIt() {
		assertThat(
				read("""
						Two homes in Antwerp were shot at last week. In Merksem a car was also set on fire on Sunday. \
						Earlier, shots were fired at a house in Hoboken. That brings the count to twelve shootings in just five months.""",
						MID_AUGUST_2025, Language.EN))
			.containsExactly("shootings 12 Antwerp 2025-03/2025-08");
		assertThat(read("""
				Opnieuw schoten in Merksem. Zondagnacht werd in Merksem een woning beschoten. \
				Dat brengt de teller op twaalf schietpartijen in amper vijf maanden.""", MID_AUGUST_2025, Language.NL))
			.containsExactly("shootings 12 Merksem 2025-03/2025-08");
	}

	@Test
	void aTallyNamedAtANeighbourhoodCountsForItsCity() {
		assertThat(read("Près de la Porte de Hal, c'est la cinquième fusillade en trois jours.", MID_AUGUST_2025,
				Language.FR))
			.containsExactly("shootings 5 Brussels 2025-08");
	}

	@Test
	void aRunningCountLaterInTheStoryCountsWhatTheStoryCounted() {
		assertThat(read("""
				Rotterdam telde dit jaar al 40 explosies. Het meeste geweld komt van een ruzie tussen twee families.
				De politie zoekt nog naar de daders.
				In Schiedam was het 14 keer raak.""", NOVEMBER_2024, Language.NL))
			.contains("explosions 40 Rotterdam 2024", "explosions 14 Schiedam 2024");
	}

	@Test
	void aSpanOfDaysAndMonthsAndTheLongerOfTwoOverlappingPeriodsDateATally() {
		assertThat(read("Between 1 March and 20 August, nine people were seriously injured in Liège.", MID_AUGUST_2025,
				Language.EN))
			.containsExactly("injured_serious 9 Liège 2025-03/2025-08");
		assertThat(read("In de eerste vier maanden van dit jaar werden in Amsterdam 32 explosies geteld.",
				MID_AUGUST_2025, Language.NL))
			.containsExactly("explosions 32 Amsterdam 2025-01/2025-04");
	}

}
