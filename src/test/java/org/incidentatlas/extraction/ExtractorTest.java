package org.incidentatlas.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.reading.ExtractionRuleFiles;
import org.incidentatlas.reading.GazetteerFiles;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction rules, one behaviour each, on sentences written for these tests in three
 * languages.
 */
class ExtractorTest {

	static final Extractor EXTRACTOR = ExtractionRuleFiles.extractor(GazetteerFiles.load(), Set.of("BE", "NL"));

	static final DateRange THURSDAY_30_OCTOBER_2025 = DateRange.day(LocalDate.of(2025, 10, 30));

	static final DateRange OCTOBER_2025 = DateRange.parse("2025-10");

	/**
	 * The scope keeps violence only in a story that links it to drugs or crime, so the
	 * sentences of the rule tests are read as the lead of such a story; the scope tests
	 * write their own.
	 */
	static final String DRUG_STORY = "\n\nDrugs.";

	private static List<ProposedIncident> incidents(String text, DateRange published) {
		return EXTRACTOR.extract(text + DRUG_STORY, published, null).incidents();
	}

	private static ProposedIncident only(String text) {
		List<ProposedIncident> found = incidents(text, THURSDAY_30_OCTOBER_2025);
		assertThat(found).as("proposals for: %s", text).hasSize(1);
		return found.get(0);
	}

	// --- incident types, per language ---

	@Test
	void anEnglishShootingInACityIsProposedWithItsDayAndPlace() {
		ProposedIncident p = only("Shots were fired at a café in Deurne on 3 March 2024; nobody was injured.");
		assertThat(p.type()).isEqualTo(IncidentType.SHOOTING);
		assertThat(p.date()).isEqualTo(DateRange.parse("2024-03-03"));
		assertThat(p.place().city()).isEqualTo("Antwerp");
		assertThat(p.place().district()).isEqualTo("Deurne");
		assertThat(p.injured()).isZero();
	}

	@Test
	void aDutchExplosionWithADutchDateIsRead() {
		ProposedIncident p = only("Op 2 april 2023 ontplofte een granaat aan een woning in Borgerhout.");
		assertThat(p.type()).isEqualTo(IncidentType.EXPLOSION);
		assertThat(p.date()).isEqualTo(DateRange.parse("2023-04-02"));
		assertThat(p.place().district()).isEqualTo("Borgerhout");
		assertThat(p.place().city()).isEqualTo("Antwerp");
	}

	@Test
	void aFrenchShootingUsesTheEnglishCityName() {
		ProposedIncident p = only("Une fusillade a éclaté le 2 avril 2023 à Liège, faisant deux blessés.");
		assertThat(p.type()).isEqualTo(IncidentType.SHOOTING);
		assertThat(p.date()).isEqualTo(DateRange.parse("2023-04-02"));
		assertThat(p.place().city()).isEqualTo("Liège");
		assertThat(p.injured()).isEqualTo(2);
	}

	@Test
	void kidnappingsAreReadInAllThreeLanguages() {
		assertThat(only("A businessman was kidnapped in Rotterdam in May 2024.").type())
			.isEqualTo(IncidentType.KIDNAPPING);
		assertThat(only("Een zakenman werd in mei 2024 ontvoerd in Rotterdam.").type())
			.isEqualTo(IncidentType.KIDNAPPING);
		assertThat(only("Un commerçant a été enlevé à Charleroi en mai 2024.").type())
			.isEqualTo(IncidentType.KIDNAPPING);
	}

	@Test
	void arsonAndAssaultHaveTheirOwnTypes() {
		assertThat(only("In June 2024 a car was set on fire outside a house in Mechelen.").type())
			.isEqualTo(IncidentType.ARSON);
		assertThat(only("Een man werd in juni 2024 neergestoken in Gent.").type()).isEqualTo(IncidentType.ASSAULT);
		assertThat(only("En juin 2024, un jeune homme a été torturé à Anderlecht.").type())
			.isEqualTo(IncidentType.ASSAULT);
	}

	// --- casualties and ages ---

	@Test
	void anImpliedDeathCountsOneKilledAndKeepsTheVictimsAge() {
		ProposedIncident p = only(
				"In 2023 an 11-year-old girl in Antwerp was shot dead when gunmen fired at the house she was in.");
		assertThat(p.killed()).isEqualTo(1);
		assertThat(p.victimAges()).containsExactly(11);
		assertThat(p.type()).as("a death in crossfire is a shooting").isEqualTo(IncidentType.SHOOTING);
	}

	@Test
	void aGunKillingIsAShootingThatKilled() {
		ProposedIncident p = only("A lawyer was shot dead in front of his home in Amsterdam in 2019.");
		assertThat(p.type()).isEqualTo(IncidentType.SHOOTING);
		assertThat(p.place().country()).isEqualTo("NL");
		assertThat(p.killed()).isEqualTo(1);
		assertThat(only("Een man werd in 2019 doodgeschoten in Utrecht.").type()).isEqualTo(IncidentType.SHOOTING);
		assertThat(only("Un homme a été tué par balles à Charleroi en 2019.").type()).isEqualTo(IncidentType.SHOOTING);
	}

	@Test
	void aKillingWhoseMethodIsNotSaidIsAHomicide() {
		assertThat(only("A man was murdered in Rotterdam in 2019.").type()).isEqualTo(IncidentType.HOMICIDE);
		assertThat(only("Een man werd in 2019 vermoord in Rotterdam.").type()).isEqualTo(IncidentType.HOMICIDE);
		assertThat(only("Un homme a été assassiné à Namur en 2019.").type()).isEqualTo(IncidentType.HOMICIDE);
	}

	@Test
	void numberWordsAreCounted() {
		ProposedIncident p = only(
				"Two men were shot dead and three people were injured in Schaerbeek on 12 January 2025.");
		assertThat(p.killed()).isEqualTo(2);
		assertThat(p.injured()).isEqualTo(3);
		assertThat(p.place().city()).isEqualTo("Brussels");
		assertThat(p.place().district()).isEqualTo("Schaerbeek");
	}

	@Test
	void unknownCountsStayNull() {
		ProposedIncident p = only("An explosion damaged a shop front in Molenbeek on 4 February 2025.");
		assertThat(p.killed()).isNull();
		assertThat(p.injured()).isNull();
	}

	// --- dates ---

	@Test
	void aMonthWithoutYearIsTheLatestSuchMonthBeforePublication() {
		ProposedIncident p = only("In February, shots were fired outside a metro station in Brussels.");
		assertThat(p.date()).isEqualTo(DateRange.parse("2025-02"));
		assertThat(p.date().precision()).isEqualTo(DatePrecision.MONTH);
		ProposedIncident december = only("In December, shots were fired outside a metro station in Brussels.");
		assertThat(december.date()).isEqualTo(DateRange.parse("2024-12"));
	}

	@Test
	void onThursdayIsADayWhenThePublicationDayIsKnownAndNoMoreOtherwise() {
		ProposedIncident known = only("On Thursday a grenade exploded in front of a house in Merksem.");
		assertThat(known.date()).isEqualTo(DateRange.parse("2025-10-30"));
		ProposedIncident monthOnly = incidents("On Thursday a grenade exploded in front of a house in Merksem.",
				OCTOBER_2025)
			.get(0);
		assertThat(monthOnly.date().precision()).isNotEqualTo(DatePrecision.DAY);
		assertThat(monthOnly.date().from()).isBeforeOrEqualTo(LocalDate.of(2025, 10, 2));
	}

	@Test
	void relativeYearsAndSeasonsResolveAgainstPublication() {
		assertThat(only("Last year a man was kidnapped in Breda.").date()).isEqualTo(DateRange.year(2024));
		assertThat(only("Vorig jaar werd een man ontvoerd in Breda.").date()).isEqualTo(DateRange.year(2024));
		assertThat(only("L'an dernier, un homme a été enlevé à Namur.").date()).isEqualTo(DateRange.year(2024));
		assertThat(only("This summer a grenade was thrown at a house in Deurne.").date())
			.isEqualTo(DateRange.parse("2025-summer"));
		assertThat(only("Earlier this month a grenade exploded at a house in Deurne.").date())
			.isEqualTo(DateRange.parse("2025-10"));
	}

	@Test
	void englishDatesInBothOrdersAreRead() {
		assertThat(only("An explosion hit a house in Hoboken on April 2, 2023.").date())
			.isEqualTo(DateRange.parse("2023-04-02"));
		assertThat(only("An explosion hit a house in Hoboken on 2 April 2023.").date())
			.isEqualTo(DateRange.parse("2023-04-02"));
		assertThat(only("An explosion hit a house in Hoboken in April 2023.").date())
			.isEqualTo(DateRange.parse("2023-04"));
	}

	@Test
	void thatSameYearTakesTheYearOfTheSentenceBefore() {
		List<ProposedIncident> found = incidents("""
				In 2022 a man was tortured to death in Brussels.
				That same year a teenager was stabbed in Ghent.""", THURSDAY_30_OCTOBER_2025);
		assertThat(found).extracting(ProposedIncident::date)
			.containsExactly(DateRange.year(2022), DateRange.year(2022));
	}

	@Test
	void anEventToldAgoIsOlderThanTheStorysEventAtTheSamePlace() {
		for (String text : List.of("""
				On Thursday night a grenade exploded at a house in the Kerkstraat in Berchem.
				Three weeks ago a grenade exploded at the same house.""", """
				Donderdagnacht ontplofte een granaat aan een woning in de Kerkstraat in Berchem.
				Drie weken geleden ontplofte er een granaat aan hetzelfde huis.""", """
				Jeudi soir, une grenade a explosé devant une maison de la Kerkstraat à Berchem.
				Il y a trois semaines, une grenade a explosé devant la même maison.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).hasSize(2);
		}
	}

	@Test
	void twoNightsOfTheWeekAreTwoEventsOnAPageDatedOnlyToItsMonth() {
		for (String text : List.of("""
				In the night of Tuesday to Wednesday shots were fired at a house in Deurne.
				The police sealed off the street.
				On Saturday night shots were fired at a shop in Deurne as well.""", """
				In de nacht van dinsdag op woensdag werden schoten gelost op een woning in Deurne.
				De politie sloot de straat af.
				Zaterdagnacht werden in Deurne ook schoten gelost op een winkel.""", """
				Dans la nuit de mardi à mercredi, des coups de feu ont visé une maison à Deurne.
				La police a bouclé la rue.
				Samedi soir, des coups de feu ont aussi visé un magasin à Deurne.""")) {
			assertThat(incidents(text, OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().district())
				.containsExactly("SHOOTING Deurne", "SHOOTING Deurne");
		}
	}

	@Test
	void theNightBeforeIsTheNightBeforeTheLastDayOrNightTold() {
		for (String text : List.of("""
				In the night of 11 to 12 October a grenade exploded under a car in Borgerhout.
				The night before, shots were fired at a house in Deurne.""", """
				In de nacht van 11 op 12 oktober ontplofte een granaat onder een auto in Borgerhout.
				De nacht ervoor werden schoten gelost op een woning in Deurne.""", """
				Dans la nuit du 11 au 12 octobre, une grenade a explosé sous une voiture à Borgerhout.
				La nuit précédente, une maison avait été visée par des tirs à Deurne.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().district() + " " + p.date())
				.containsExactlyInAnyOrder("EXPLOSION Borgerhout " + OCTOBER_2025, "SHOOTING Deurne " + OCTOBER_2025);
		}
		ProposedIncident withTime = incidents("""
				On 12 October at 2 a.m. a grenade exploded under a car in Borgerhout.
				The night before, around 3 a.m., shots were fired at a house in Deurne.""", THURSDAY_30_OCTOBER_2025)
			.stream()
			.filter(p -> p.type() == IncidentType.SHOOTING)
			.findFirst()
			.orElseThrow();
		assertThat(withTime.date()).isEqualTo(DateRange.parse("2025-10-11"));
	}

	@Test
	void twoClausesWithTwoPlacesAreTwoEvents() {
		for (String text : List.of(
				"On 3 March 2025 shots were fired at a house in Deurne and a grenade exploded in Berchem.",
				"Op 3 maart 2025 werden schoten gelost op een woning in Deurne en ontplofte een granaat in Berchem.",
				"Le 3 mars 2025, des coups de feu ont visé une maison à Deurne et une grenade a explosé à Berchem.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().district() + " " + p.date())
				.containsExactlyInAnyOrder("SHOOTING Deurne " + DateRange.parse("2025-03-03"),
						"EXPLOSION Berchem " + DateRange.parse("2025-03-03"));
		}
	}

	@Test
	void anOrdinalOfTheYearIsATallyNotANewEvent() {
		for (String text : List.of("It was the 27th explosion this year in Rotterdam.",
				"Het was de zevenentwintigste explosie dit jaar in Rotterdam.",
				"C'était la vingt-septième explosion cette année à Rotterdam.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).isEmpty();
		}
		assertThat(incidents("""
				A grenade exploded at a house in Deurne on 3 March 2025.
				Police confirmed it.
				Residents said it was the tenth explosion this year in Antwerp.""", THURSDAY_30_OCTOBER_2025))
			.singleElement()
			.satisfies(p -> assertThat(p.evidence()).hasSize(2));
	}

	// --- places ---

	@Test
	void aStreetIsPassedOnWithItsCity() {
		ProposedIncident p = only(
				"On April 2, 2023 a blast damaged a house in the Osystraat in Antwerp, close to the Franklin Rooseveltplaats.");
		assertThat(p.place().street()).isEqualTo("Osystraat");
		assertThat(p.place().city()).isEqualTo("Antwerp");
		assertThat(p.place().precision()).isEqualTo(PlacePrecision.STREET);
	}

	@Test
	void aProvinceGivesRegionPrecisionAndACountryGivesCountryPrecision() {
		ProposedIncident region = only("In 2022 a teenager was mutilated in East Flanders.");
		assertThat(region.place().region()).isEqualTo("East Flanders");
		assertThat(region.place().city()).isNull();
		assertThat(region.place().precision()).isEqualTo(PlacePrecision.REGION);
		ProposedIncident country = only("On Thursday a dismembered body was found at a holiday home in Belgium.");
		assertThat(country.place().country()).isEqualTo("BE");
		assertThat(country.place().city()).as("never invent a city").isNull();
		assertThat(country.place().precision()).isEqualTo(PlacePrecision.COUNTRY);
	}

	@Test
	void aPlaceSomeoneCameFromIsNotWhereItHappened() {
		ProposedIncident p = only(
				"In September the body of a man who had gone missing from Alkmaar was found in Belgium.");
		assertThat(p.place().country()).isEqualTo("BE");
	}

	@Test
	void aSentenceWithoutPlaceTakesItsParagraphsPlaceOnlyWhenThereIsOne() {
		ProposedIncident inherited = only(
				"Police were called to a street in Mechelen. In March 2024 shots were fired at a parked car.");
		assertThat(inherited.place().city()).isEqualTo("Mechelen");
		ProposedIncident ambiguous = only(
				"Police in Ghent and Mechelen worked together. In March 2024 shots were fired at a parked car.");
		assertThat(ambiguous.place().city()).as("two places in the paragraph: no city").isNull();
	}

	// --- traps ---

	@Test
	void aPlotToKidnapIsAThreatNotAKidnapping() {
		ProposedIncident p = only("In 2022 drug gangs were plotting to kidnap the justice minister in Brussels.");
		assertThat(p.type()).isEqualTo(IncidentType.THREAT);
		assertThat(only("In 2022 beraamden drugsbendes een plan om de minister te ontvoeren in Brussel.").type())
			.isEqualTo(IncidentType.THREAT);
		assertThat(only("En 2022, des trafiquants projetaient d'enlever le ministre à Bruxelles.").type())
			.isEqualTo(IncidentType.THREAT);
	}

	@Test
	void negatedAndHypotheticalEventsAreNotProposed() {
		assertThat(incidents("No shots were fired in Antwerp on Thursday.", THURSDAY_30_OCTOBER_2025)).isEmpty();
		assertThat(incidents("Kidnappings can now be easily ordered online in Belgium, the judge warned.",
				THURSDAY_30_OCTOBER_2025))
			.isEmpty();
		assertThat(incidents("Er werden geen schoten gelost in Antwerpen op donderdag.", THURSDAY_30_OCTOBER_2025))
			.isEmpty();
	}

	@Test
	void aggregatesBecomeStatisticsNotIncidents() {
		Extraction e = EXTRACTOR.extract("Brussels recorded 87 shootings last year, killing seven and injuring 39.",
				THURSDAY_30_OCTOBER_2025, Language.EN);
		assertThat(e.incidents()).isEmpty();
		assertThat(e.statistics()).extracting(ProposedStatistic::metric, ProposedStatistic::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Metric.SHOOTINGS, BigDecimal.valueOf(87)),
					org.assertj.core.groups.Tuple.tuple(Metric.KILLED, BigDecimal.valueOf(7)),
					org.assertj.core.groups.Tuple.tuple(Metric.INJURED, BigDecimal.valueOf(39)));
		assertThat(e.statistics()).allSatisfy(s -> {
			assertThat(s.place()).isEqualTo("Brussels");
			assertThat(s.period()).isEqualTo(DateRange.year(2024));
		});
	}

	@Test
	void aTallySinceTheStartOfAYearKeepsItsQualifierAndPlace() {
		Extraction e = EXTRACTOR.extract(
				"Brussels, with more than 57 shootings since the start of 2025, is on course for a record.",
				THURSDAY_30_OCTOBER_2025, null);
		assertThat(e.statistics()).singleElement().satisfies(s -> {
			assertThat(s.value()).isEqualByComparingTo("57");
			assertThat(s.qualifier()).isEqualTo(Qualifier.OVER);
			assertThat(s.period().from()).isEqualTo(LocalDate.of(2025, 1, 1));
			assertThat(s.place()).isEqualTo("Brussels");
		});
		Extraction dutch = EXTRACTOR.extract("In Antwerpen waren er vorig jaar 40 schietpartijen.",
				THURSDAY_30_OCTOBER_2025, null);
		assertThat(dutch.statistics()).singleElement().satisfies(s -> assertThat(s.place()).isEqualTo("Antwerp"));
	}

	@Test
	void seizedTonnagesGoToTheNearestPlace() {
		Extraction e = EXTRACTOR.extract("""
				In 2023, customs seized 419 tonnes of cocaine in Europe.
				Belgium came first with 95 tonnes – 88 tonnes in Antwerp alone – ahead of Spain (81 tonnes).""",
				THURSDAY_30_OCTOBER_2025, null);
		assertThat(e.statistics()).extracting(ProposedStatistic::place, s -> s.value().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Europe", 419),
					org.assertj.core.groups.Tuple.tuple("Belgium", 95),
					org.assertj.core.groups.Tuple.tuple("Antwerp", 88),
					org.assertj.core.groups.Tuple.tuple("Spain", 81));
		assertThat(e.statistics()).allSatisfy(s -> assertThat(s.period()).isEqualTo(DateRange.year(2023)));
	}

	@Test
	void eventsAbroadAreDropped() {
		assertThat(incidents("A journalist was shot dead in Marseille in 2023.", THURSDAY_30_OCTOBER_2025)).isEmpty();
		assertThat(incidents("Een man werd in 2023 doodgeschoten in Spanje.", THURSDAY_30_OCTOBER_2025)).isEmpty();
	}

	@Test
	void chargesInCourtAreNotNewEvents() {
		Extraction e = EXTRACTOR.extract(
				"In February 2024 the kingpin was jailed in Amsterdam for murder and firearms offences.",
				THURSDAY_30_OCTOBER_2025, null);
		assertThat(e.incidents()).isEmpty();
		assertThat(e.enforcement()).singleElement()
			.satisfies(x -> assertThat(x.type()).isEqualTo(IncidentType.CONVICTION));
	}

	@Test
	void shotsAtAHouseNeedNoWordOnDrugsButAKillingDoes() {
		for (String text : List.of("On 3 March 2025 shots were fired at a house in Deurne.",
				"Op 3 maart 2025 werd een woning in Deurne beschoten.",
				"Le 3 mars 2025, une maison a été visée par des tirs à Deurne.")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.SHOOTING));
		}
		for (String text : List.of("On 3 March 2025 a man was shot dead at his house in Deurne.",
				"Op 3 maart 2025 werd een man doodgeschoten aan zijn woning in Deurne.",
				"Le 3 mars 2025, un homme a été abattu devant sa maison à Deurne.")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text).isEmpty();
		}
	}

	@Test
	void aCountOfAttacksSomeoneIsSuspectedOfIsNoEnumeration() {
		for (String text : List.of(
				"On 3 March 2025 a man from Deurne was arrested; he is suspected of three shootings.",
				"Op 3 maart 2025 werd een man uit Deurne opgepakt; hij wordt verdacht van drie schietpartijen.",
				"Le 3 mars 2025, un homme de Deurne a été arrêté; il est soupçonné de trois fusillades.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).isEmpty();
		}
	}

	@Test
	void grenadesFoundAreThreatsOnePerGrenade() {
		for (String text : List.of("On 3 March 2025 two grenades were found outside a café in Deurne.",
				"Op 3 maart 2025 werden twee granaten gevonden aan een café in Deurne.",
				"Le 3 mars 2025, deux grenades ont été retrouvées devant un café à Deurne.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(ProposedIncident::type)
				.containsExactly(IncidentType.THREAT, IncidentType.THREAT);
		}
	}

	@Test
	void aSentenceAfterAMembersTellingGoesOnWithThatMember() {
		for (String text : List.of("""
				On 3 March 2025 two attacks hit Antwerp. The first happened around 3 a.m. in Hoboken.
				A snack bar was set on fire. The second took place in Berchem, where a grenade exploded at a house.""",
				"""
						Op 3 maart 2025 werden in Antwerpen twee aanslagen gepleegd. De eerste gebeurde rond 3 uur in Hoboken.
						Er werd brand gesticht in een frituur. De tweede vond plaats in Berchem, waar een granaat ontplofte aan een woning.""",
				"""
						Le 3 mars 2025, deux attaques ont frappé Anvers. La première a eu lieu vers 3 heures à Hoboken.
						Un snack a été incendié. La seconde a eu lieu à Berchem, où une grenade a explosé devant une maison.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().district())
				.containsExactlyInAnyOrder("ARSON Hoboken", "EXPLOSION Berchem");
		}
	}

	@Test
	void thisShootingPointsBackToTheShootingToldInTheSameDistrict() {
		for (String text : List.of("""
				On Thursday around 6 a.m. shots were fired outside Clemenceau metro station in Anderlecht.
				This shooting is part of a war between dealers: the clan of Peterbos.""", """
				Donderdag rond 6 uur werd er geschoten aan metrostation Clemenceau in Anderlecht.
				Deze schietpartij past in een oorlog tussen dealers: de clan van Peterbos.""",
				"""
						Jeudi vers 6h du matin, des coups de feu ont été tirés devant la station de métro Clemenceau, à Anderlecht.
						Cette fusillade s’inscrit dans une guerre entre dealers : le clan du Peterbos.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).singleElement();
		}
	}

	@Test
	void twoClausesWithAStreetEachAreTwoEventsWhicheverTriggerIsStronger() {
		for (String text : List.of(
				"On 3 March 2025 a house on the Kerkstraat in Deurne was shot at, the next night shots were fired at a car on the Turnhoutsebaan.",
				"Op 3 maart 2025 werd een woning beschoten in de Kerkstraat in Deurne, de nacht erna werd er geschoten op een auto in de Turnhoutsebaan.",
				"Le 3 mars 2025, une maison de la Kerkstraat à Deurne a été visée par des tirs, la nuit suivante des coups de feu ont visé une voiture dans la Turnhoutsebaan.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().street())
				.containsExactlyInAnyOrder("SHOOTING Kerkstraat", "SHOOTING Turnhoutsebaan");
		}
	}

	@Test
	void aTimestampUnderTheHeadlineIsNoDateOfTheEvent() {
		List<ProposedIncident> found = incidents("""
				Shooting in Brussels worries residents

				2025-10-28 18:30:00

				Police were called on Sunday around 1 a.m. to a shooting in Ixelles; two people were injured.""",
				DateRange.parse("2025-10-28"));
		assertThat(found).singleElement().satisfies(p -> {
			assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-26"));
			assertThat(p.place().district()).isEqualTo("Ixelles");
		});
	}

	@Test
	void aYearJustBeforeACountIsNotTheCount() {
		for (String text : List.of("On 3 March 2025 three homes were shot at in Deurne.",
				"Op 3 maart 2025 werden drie woningen beschoten in Deurne.",
				"Le 3 mars 2025 trois maisons ont été visées par des tirs à Deurne.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(ProposedIncident::type)
				.containsExactly(IncidentType.SHOOTING, IncidentType.SHOOTING, IncidentType.SHOOTING);
		}
	}

	@Test
	void theFiguresOfAPageDateMarkerAreNoCount() {
		assertThat(EXTRACTOR
			.extract(" date 2023-05 Explosies aan voordeuren zijn in Rotterdam bijna dagelijks nieuws.",
					DateRange.parse("2023-05"), null)
			.incidents()).isEmpty();
	}

	@Test
	void storiesWithoutViolenceOrDrugsYieldNothing() {
		Extraction e = EXTRACTOR.extract("""
				A grenade exploded outside a house in Deurne on 3 March 2025, in a feud between drug gangs.
				Keep reading
				The finance ministers met in Brussels on 3 March 2025 and seized the chance to agree a budget.""",
				THURSDAY_30_OCTOBER_2025, null);
		assertThat(e.incidents()).singleElement()
			.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.EXPLOSION));
		assertThat(e.enforcement()).isEmpty();
	}

	// --- one event, one proposal ---

	@Test
	void anEventToldInTheBodyAndACaptionIsOneProposalWithBothPassages() {
		String caption = "Officers at the Osystraat in Antwerp after an explosion on April 2, 2023";
		String text = caption + "\n\n" + caption
				+ "\n\nResidents said the explosion in the Osystraat on April 2, 2023 woke the street.";
		ProposedIncident p = only(text);
		assertThat(p.evidence()).hasSize(3);
		assertThat(p.evidence()).allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
	}

	@Test
	void aFollowingSentenceAboutTheSameEventRefinesItsPlace() {
		ProposedIncident p = only("""
				In 2023 an 11-year-old girl in Antwerp was shot dead.
				The child, from the Merksem district, was at home when the house was shot at.""");
		assertThat(p.place().district()).isEqualTo("Merksem");
		assertThat(p.evidence()).hasSize(2);
	}

	@Test
	void twoDifferentEventsStayTwoProposals() {
		List<ProposedIncident> found = incidents("""
				A lawyer was shot dead in Amsterdam in 2019.
				A crime reporter was shot dead in Amsterdam in 2021.""", THURSDAY_30_OCTOBER_2025);
		assertThat(found).hasSize(2);
	}

	@Test
	void everyProposalCarriesEvidenceOffsetsAndAConfidence() {
		String text = "Some background first.\nOn 5 May 2024 shots were fired at a house in Zaandam. Nobody was hurt.";
		ProposedIncident p = only(text);
		Evidence e = p.evidence().get(0);
		assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).startsWith("On 5 May 2024");
		assertThat(p.confidence()).isBetween(0.5, 1.0);
	}

	// --- document-level events (written for these tests, in three languages) ---

	@Test
	void aLeadWithoutDateAndALaterParagraphWithOneAreOneProposal() {
		for (String text : List.of("""
				Another shooting has shaken Schaerbeek.

				The shots were fired on Saturday around 1 a.m. in the Rue Royale, police said.""", """
				Opnieuw een schietpartij in Schaarbeek.

				Zaterdag rond 1 uur werden er schoten gelost in de Koningsstraat, meldt de politie.""", """
				Nouvelle fusillade à Schaerbeek.

				Samedi vers 1 heure, des coups de feu ont été tirés dans la rue Royale, indique la police.""")) {
			ProposedIncident p = only(text);
			assertThat(p.type()).isEqualTo(IncidentType.SHOOTING);
			assertThat(p.date()).as(text).isEqualTo(DateRange.parse("2025-10-25"));
			assertThat(p.place().district()).isEqualTo("Schaerbeek");
			assertThat(p.evidence()).hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void aDefiniteMentionParagraphsLaterIsTheEventToldBefore() {
		for (String text : List.of("""
				Shots were fired at a café in Borgerhout on Sunday 26 October.

				The owner is known to the police.

				Police are still looking for the gunmen. Residents were shocked by the shooting in Borgerhout.""",
				"""
						Zondag 26 oktober werden schoten gelost op een café in Borgerhout.

						De uitbater is bekend bij de politie.

						De politie zoekt nog naar de daders. Buurtbewoners zijn geschrokken van de schietpartij in Borgerhout.""",
				"""
						Dimanche 26 octobre, des coups de feu ont visé un café à Schaerbeek.

						Le patron est connu de la police.

						La police recherche toujours les auteurs. Les riverains sont choqués par la fusillade à Schaerbeek.""")) {
			ProposedIncident p = only(text);
			assertThat(p.date()).as(text).isEqualTo(DateRange.parse("2025-10-26"));
			assertThat(p.evidence()).as(text).hasSize(2);
		}
	}

	@Test
	void aHeadlineWithAVagueDateAndABodyWithTheDayAreOneFreshEvent() {
		for (String text : List.of(
				"""
						Firebomb thrown at a pizzeria in Antwerp earlier this week

						The Kiel district was shaken by an explosion on Tuesday morning. A firebomb was thrown at a pizzeria, police said.""",
				"""
						Brandbom tegen pizzeria in Antwerpen eerder deze week

						Het Kiel werd dinsdagochtend opgeschrikt door een explosie. Een brandbom werd tegen een pizzeria gegooid, meldt de politie.""",
				"""
						Anvers : une bombe incendiaire lancée contre une pizzeria cette semaine

						Le quartier du Kiel a été secoué par une explosion mardi matin. Une bombe incendiaire a été lancée contre une pizzeria, indique la police.""")) {
			ProposedIncident p = only(text);
			assertThat(p.type()).as(text).isEqualTo(IncidentType.ARSON);
			assertThat(p.date()).as(text).isEqualTo(DateRange.parse("2025-10-28"));
			assertThat(p.place().district()).as(text).isEqualTo("Kiel");
		}
	}

	@Test
	void anUndatedMentionOfTheStorysOnlyDatedEventOfItsKindIsThatEvent() {
		for (String text : List.of("""
				In March 2024 a grenade exploded at a café in Deurne.

				The owner is known to the police.

				The investigation is still going on.

				Residents of Deurne still speak of an explosion at a café.""", """
				In maart 2024 ontplofte een granaat aan een café in Deurne.

				De uitbater is bekend bij de politie.

				Het onderzoek loopt nog.

				Bewoners van Deurne spreken nog steeds over een explosie aan een café.""", """
				En mars 2024, une grenade a explosé devant un café à Deurne.

				Le patron est connu de la police.

				L'enquête est toujours en cours.

				Les habitants de Deurne parlent encore d'une explosion devant un café.""")) {
			ProposedIncident p = only(text);
			assertThat(p.date()).as(text).isEqualTo(DateRange.parse("2024-03"));
			assertThat(p.evidence()).as(text).hasSize(2);
		}
	}

	@Test
	void aSecondEventAfterABackReferenceIsANewOne() {
		for (String text : List.of("""
				On 3 March 2025 a grenade exploded at a house in Berchem.
				Not long after the explosion in Berchem a second explosion damaged a shop in Deurne.""", """
				Op 3 maart 2025 ontplofte een granaat aan een woning in Berchem.
				Kort na de explosie in Berchem volgde een tweede explosie aan een woning in Deurne.""", """
				Le 3 mars 2025, une grenade a explosé devant une maison à Berchem.
				Peu après l'explosion à Berchem, une deuxième explosion a visé une maison à Deurne.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.place().district())
				.containsExactlyInAnyOrder("Berchem", "Deurne");
		}
	}

	@Test
	void aSentenceWithoutTriggerGivesTheEventJustToldItsDay() {
		ProposedIncident p = only("""
				Bullet holes were found in the front door of a house in Hoboken.
				Neighbours heard loud bangs shortly before 10 p.m. on Tuesday evening.""");
		assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-28"));
	}

	// --- dates people write ---

	@Test
	void partsOfTheDayAndNightsResolveAgainstTheDayOfPublication() {
		assertThat(only("Zondagavond ontplofte een granaat aan een woning in Merksem.").date())
			.isEqualTo(DateRange.parse("2025-10-26"));
		assertThat(only("Mardi soir, une grenade a explosé devant une maison à Anderlecht.").date())
			.isEqualTo(DateRange.parse("2025-10-28"));
		// "last night" without a clock time is the publication day or the day before
		for (String lastNight : List.of("Vannacht werd een woning in Deurne beschoten.",
				"Last night a grenade exploded outside a bar in Berchem.",
				"Cette nuit, une maison a été visée par des tirs à Anderlecht.")) {
			DateRange date = only(lastNight).date();
			assertThat(date.from()).as(lastNight).isBeforeOrEqualTo(LocalDate.of(2025, 10, 29));
			assertThat(date.to()).isAfterOrEqualTo(LocalDate.of(2025, 10, 30));
			assertThat(date.precision()).isNotEqualTo(DatePrecision.DAY);
		}
		// a night without a clock time is two days, so no single day
		for (String night : List.of("In the night of Saturday to Sunday a house in Deurne was shot at.",
				"In de nacht van zaterdag op zondag werd een woning in Deurne beschoten.",
				"Dans la nuit de samedi à dimanche, une maison a été visée par des tirs à Anderlecht.")) {
			DateRange date = only(night).date();
			assertThat(date.precision()).as(night).isNotEqualTo(DatePrecision.DAY);
			assertThat(date.from()).isBeforeOrEqualTo(LocalDate.of(2025, 10, 25));
			assertThat(date.to()).isAfterOrEqualTo(LocalDate.of(2025, 10, 26));
		}
	}

	@Test
	void aDayAndMonthWithoutYearTakeTheLatestSuchDayBeforePublication() {
		assertThat(only("Op 5 februari werd een man ontvoerd in Breda.").date())
			.isEqualTo(DateRange.parse("2025-02-05"));
		assertThat(only("Le 4 novembre, un commerçant a été enlevé à Charleroi.").date())
			.isEqualTo(DateRange.parse("2024-11-04"));
		assertThat(only("On 12 December a grenade exploded at a shop in Genk.").date())
			.isEqualTo(DateRange.parse("2024-12-12"));
	}

	@Test
	void backwardReferencesGiveWhatIsCertain() {
		assertThat(only("Earlier this week a grenade exploded at a house in Deurne.").date())
			.isEqualTo(DateRange.week(LocalDate.of(2025, 10, 30)));
		assertThat(only("Eind vorige maand werd een woning in Breda beschoten.").date())
			.isEqualTo(DateRange.parse("2025-09"));
		DateRange lastWeek = only("La semaine dernière, une maison a été visée par des tirs à Anderlecht.").date();
		assertThat(lastWeek.from()).isEqualTo(LocalDate.of(2025, 10, 20));
		// on a page dated only to the month, "last weekend" is only certain to the year
		DateRange weekend = incidents("Vorig weekend werd een handgranaat gevonden aan een winkel in Breda.",
				OCTOBER_2025)
			.get(0)
			.date();
		assertThat(weekend.precision()).isEqualTo(DatePrecision.YEAR);
	}

	@Test
	void daysCountedFromTheLastDayNamed() {
		List<ProposedIncident> found = incidents("""
				On 18 October a shop owner was shot at near his home in Breda.
				Two days later a hand grenade was found outside his shop.""", THURSDAY_30_OCTOBER_2025);
		assertThat(found).extracting(ProposedIncident::date)
			.containsExactly(DateRange.parse("2025-10-18"), DateRange.parse("2025-10-20"));
		assertThat(found.get(1).type()).as("a grenade that did not go off is a threat").isEqualTo(IncidentType.THREAT);
	}

	@Test
	void anUndatedFreshReportHappenedAtPublication() {
		assertThat(only("A grenade exploded outside a house in Merksem.").date()).isEqualTo(THURSDAY_30_OCTOBER_2025);
		assertThat(incidents("Een granaat ontplofte aan een woning in Merksem.", OCTOBER_2025).get(0).date())
			.isEqualTo(OCTOBER_2025);
	}

	// --- casualties in three languages ---

	@Test
	void singleVictimsAndNobodyHurtAreCounted() {
		assertThat(
				only("Een 34-jarige bewoner raakte gewond bij een schietpartij in Deurne op 3 maart 2025.").injured())
			.isEqualTo(1);
		assertThat(only("Une personne a été blessée lors d'une fusillade à Anderlecht le 3 mars 2025.").injured())
			.isEqualTo(1);
		ProposedIncident nobody = only(
				"Op 3 maart 2025 ontplofte een granaat aan een woning in Deurne. Er vielen geen gewonden.");
		assertThat(nobody.killed()).isZero();
		assertThat(nobody.injured()).isZero();
		ProposedIncident personne = only(
				"Le 3 mars 2025, une grenade a explosé devant une maison à Anderlecht. Personne n'a été blessé.");
		assertThat(personne.injured()).isZero();
		ProposedIncident critical = only(
				"Op 3 maart 2025 werd een man neergeschoten in Deurne; hij is in levensgevaar.");
		assertThat(critical.killed()).isZero();
		assertThat(critical.injured()).isEqualTo(1);
		ProposedIncident wounded = only("A man was wounded by gunfire in Molenbeek on 3 March 2025.");
		assertThat(wounded.injured()).isEqualTo(1);
	}

	@Test
	void nobodyHurtSpeaksOfTheEventJustToldNotOfTheOlderOnesACountRecalls() {
		List<ProposedIncident> found = incidents("""
				On 3 March 2025 a grenade exploded outside a house in Deurne. \
				In February there were already two grenade attacks in Borgerhout. Nobody was hurt.""",
				THURSDAY_30_OCTOBER_2025);
		assertThat(found).filteredOn(p -> "Deurne".equals(p.place().district()))
			.singleElement()
			.satisfies(p -> assertThat(p.injured()).isZero());
		assertThat(found).filteredOn(p -> "Borgerhout".equals(p.place().district()))
			.hasSize(2)
			.allSatisfy(p -> assertThat(p.injured()).isNull());
		assertThat(incidents("Op 3 maart 2025 waren er in Rotterdam drie explosies. Niemand raakte gewond.",
				THURSDAY_30_OCTOBER_2025))
			.hasSize(3)
			.allSatisfy(p -> assertThat(p.injured()).isZero());
	}

	@Test
	void aVictimShotDeadIsNotAlsoInjuredByTheWordsShot() {
		ProposedIncident dead = only("""
				A lawyer was shot dead in Deurne on 3 March 2025. \
				The lawyer was shot outside his office in Deurne.""");
		assertThat(dead.killed()).isEqualTo(1);
		assertThat(dead.injured()).isNull();
	}

	@Test
	void aVictimWhoSurvivedOrWasReleasedWasNotKilled() {
		assertThat(only("Le 3 mars 2025, un homme a été enlevé à Anderlecht. Il a été relâché deux jours plus tard.")
			.killed()).isZero();
		assertThat(only("Op 3 maart 2025 werd in Deurne op een man geschoten. Het slachtoffer overleefde de aanslag.")
			.killed()).isZero();
	}

	@Test
	void oneOfTheVictimsHitInTheLegIsOneInjuredEvenInASentenceWithoutPlace() {
		ProposedIncident p = only("""
				Le 3 mars 2025, une fusillade a éclaté sur un parking à Anderlecht. Deux hommes ont été visés. \
				Un suspect a sorti un revolver. Il a tiré, et une des victimes a eu la jambe transpercée.""");
		assertThat(p.injured()).isEqualTo(1);
		assertThat(p.killed()).isZero();
	}

	@Test
	void aPluralOfKillingsGivesNoCountOfTheDead() {
		assertThat(only("Dat jaar waren er eerder ook liquidaties in Maarssen.").killed()).isNull();
	}

	@Test
	void aTallyGivesNoCountToTheEventJustTold() {
		ProposedIncident p = only("""
				Op 3 maart 2025 werd een man doodgeslagen in Anderlecht. \
				Dit jaar vielen er al zeven doden en een zeventigtal gewonden in de hoofdstad.""");
		assertThat(p.killed()).isEqualTo(1);
		assertThat(p.injured()).isNull();
	}

	// --- counting ---

	@Test
	void anExplicitCountOfAttacksOrTargetsIsThatManyIncidents() {
		assertThat(incidents("Three homes were shot at in Deurne on 3 March 2025.", THURSDAY_30_OCTOBER_2025))
			.hasSize(3)
			.allSatisfy(p -> assertThat(p.type()).isEqualTo(IncidentType.SHOOTING));
		assertThat(incidents("In maart 2025 waren er twee granaataanslagen in Borgerhout.", THURSDAY_30_OCTOBER_2025))
			.hasSize(2);
		assertThat(incidents("Deux voitures ont été incendiées à Anderlecht le 3 mars 2025.", THURSDAY_30_OCTOBER_2025))
			.hasSize(2)
			.allSatisfy(p -> assertThat(p.type()).isEqualTo(IncidentType.ARSON));
	}

	@Test
	void aLaterCountAndATallyAreNoNewIncidents() {
		List<ProposedIncident> found = incidents("""
				Two explosions shook Deurne on 3 March 2025.
				The other two explosions of that night were in Borgerhout, police said.""", THURSDAY_30_OCTOBER_2025);
		assertThat(found).hasSize(2);
		assertThat(incidents("Antwerpen telde in 2024 al 62 explosies.", THURSDAY_30_OCTOBER_2025)).isEmpty();
		assertThat(incidents("Il y a eu 89 fusillades à Bruxelles en 2024.", THURSDAY_30_OCTOBER_2025)).isEmpty();
	}

	// --- places ---

	@Test
	void streetsOfEveryTypeArePassedOnWithTheirCommune() {
		ProposedIncident rue = only("Le 3 mars 2025, des coups de feu ont été tirés rue de Birmingham à Molenbeek.");
		assertThat(rue.place().street()).isEqualTo("rue de Birmingham");
		assertThat(rue.place().district()).isEqualTo("Molenbeek-Saint-Jean");
		ProposedIncident lei = only("Op 3 maart 2025 werd een woning beschoten op de Frankrijklei in Antwerpen.");
		assertThat(lei.place().street()).isEqualTo("Frankrijklei");
		assertThat(lei.place().city()).isEqualTo("Antwerp");
		ProposedIncident chaussee = only("Le 3 mars 2025, une grenade a explosé chaussée de Mons à Anderlecht.");
		assertThat(chaussee.place().street()).isEqualTo("chaussée de Mons");
	}

	@Test
	void anEventWithoutPlaceTakesTheCityItsStoryIsIn() {
		List<ProposedIncident> found = incidents("""
				Police in Rotterdam are investigating a string of attacks on homes.

				On 3 March 2025 a grenade exploded against a front door.""", THURSDAY_30_OCTOBER_2025);
		assertThat(found).singleElement().satisfies(p -> assertThat(p.place().city()).isEqualTo("Rotterdam"));
	}

	@Test
	void aStreetInALaterSentenceThatNamesNoPlaceIsInTheStorysDistrict() {
		List<ProposedIncident> dutch = incidents("""
				Op 2 maart 2025 werd in Borgerhout een woning beschoten. \
				Op 3 maart 2025 ontplofte iets verderop, in de Turnhoutsebaan, een granaat.""",
				THURSDAY_30_OCTOBER_2025);
		assertThat(dutch).filteredOn(p -> p.type() == IncidentType.EXPLOSION).singleElement().satisfies(p -> {
			assertThat(p.place().district()).isEqualTo("Borgerhout");
			assertThat(p.place().street()).isEqualTo("Turnhoutsebaan");
		});
		List<ProposedIncident> english = incidents("""
				On 2 March 2025 a house in Borgerhout was shot at. \
				On 3 March 2025, a little further on, in the Turnhoutsebaan, a grenade exploded.""",
				THURSDAY_30_OCTOBER_2025);
		assertThat(english).filteredOn(p -> p.type() == IncidentType.EXPLOSION)
			.singleElement()
			.satisfies(p -> assertThat(p.place().street()).isEqualTo("Turnhoutsebaan"));
	}

	@Test
	void brusselsNeighbourhoodsArePlacesOfTheirCommune() {
		ProposedIncident matonge = only("Le 3 mars 2025, des coups de feu ont été tirés à Matonge.");
		assertThat(matonge.place().city()).isEqualTo("Brussels");
		assertThat(matonge.place().precision()).isEqualTo(PlacePrecision.DISTRICT);
		ProposedIncident peterbos = only("Op 3 maart 2025 werd in de Peterboswijk geschoten.");
		assertThat(peterbos.place().city()).isEqualTo("Brussels");
	}

	@Test
	void aCityAdjectiveNamesTheCityAndANamedDistrictRefinesIt() {
		ProposedIncident dutch = only("Op 3 maart 2025 werd een woning in de Rotterdamse wijk Charlois beschoten.");
		assertThat(dutch.place().city()).isEqualTo("Rotterdam");
		assertThat(dutch.place().district()).isEqualTo("Charlois");
		ProposedIncident street = only("Op 3 maart 2025 ontplofte een granaat in de Gentse Brugsepoortstraat.");
		assertThat(street.place().city()).isEqualTo("Ghent");
		assertThat(street.place().street()).isEqualTo("Brugsepoortstraat");
		ProposedIncident french = only("Le 3 mars 2025, un commerce liégeois a été visé par des coups de feu.");
		assertThat(french.place().city()).isEqualTo("Liège");
		ProposedIncident english = only("On 3 March 2025 a grenade exploded in the Antwerp district of Hoboken.");
		assertThat(english.place().district()).isEqualTo("Hoboken");
		assertThat(english.place().city()).isEqualTo("Antwerp");
	}

	@Test
	void wordsOfOriginInEachLanguageLeaveThePlaceOut() {
		assertThat(only("On 3 March 2025 a man born in Liège was shot dead in Namur.").place().city())
			.isEqualTo("Namur");
		assertThat(only("Op 3 maart 2025 werd een man afkomstig uit Gent neergeschoten in Mechelen.").place().city())
			.isEqualTo("Mechelen");
		assertThat(only("Le 3 mars 2025, un homme venu de Mons a été abattu à Charleroi.").place().city())
			.isEqualTo("Charleroi");
	}

	@Test
	void aProvinceNamedAsSuchIsARegionNotItsCapital() {
		for (String text : List.of("On 3 March 2025 a drug lab exploded in the province of Limburg.",
				"Op 3 maart 2025 ontplofte een drugslab in de provincie Namen.",
				"Le 3 mars 2025, un labo de drogue a explosé dans la province de Liège.")) {
			ProposedIncident p = only(text);
			assertThat(p.place().city()).as(text).isNull();
			assertThat(p.place().precision()).as(text).isEqualTo(PlacePrecision.REGION);
		}
	}

	@Test
	void aVillageIsItsOwnCityAndANeighbourhoodIsADistrictOfItsCity() {
		assertThat(only("Le 3 mars 2025, une grenade a explosé à Louvain-la-Neuve.").place().city())
			.isEqualTo("Louvain-la-Neuve");
		assertThat(only("Op 3 maart 2025 werd een woning beschoten in Breukelen.").place().city())
			.isEqualTo("Breukelen");
		assertThat(only("On 3 March 2025 a grenade exploded outside a house in Zaandam.").place().city())
			.isEqualTo("Zaandam");
		ProposedIncident neighbourhood = only("Op 3 maart 2025 werd een woning beschoten in Overvecht.");
		assertThat(neighbourhood.place().city()).isEqualTo("Utrecht");
		assertThat(neighbourhood.place().district()).isEqualTo("Overvecht");
	}

	void anEventWhoseSentencesNameNoPlaceTakesThePlaceItsStoryNamesLater() {
		for (String text : List.of("""
				Shots were fired at a house on Sunday 26 October.

				Nobody was hurt.

				The police are investigating.

				In Hoboken, residents are worried about the violence.""", """
				Zondag 26 oktober werden schoten gelost op een woning.

				Niemand raakte gewond.

				De politie onderzoekt de zaak.

				In Hoboken maken bewoners zich zorgen over het geweld.""", """
				Dimanche 26 octobre, des coups de feu ont visé une maison.

				Personne n'a été blessé.

				La police enquête.

				À Hoboken, les habitants s'inquiètent de la violence.""")) {
			assertThat(only(text).place().district()).as(text).isEqualTo("Hoboken");
		}
	}

	// --- scope ---

	@Test
	void violenceWithoutADrugOrGangLinkIsLeftOutAndAnExplosionIsKept() {
		assertThat(EXTRACTOR
			.extract("A man was shot dead outside a pizzeria in Amsterdam on 3 March 2025.", THURSDAY_30_OCTOBER_2025,
					null)
			.incidents()).isEmpty();
		assertThat(EXTRACTOR.extract(
				"Een molotovcocktail werd op 3 maart 2025 tegen een woning in Mechelen gegooid. Er zijn geen aanwijzingen voor een link met het drugsmilieu.",
				THURSDAY_30_OCTOBER_2025, null)
			.incidents()).isEmpty();
		assertThat(EXTRACTOR
			.extract("Une grenade a explosé devant une maison à Anderlecht le 3 mars 2025.", THURSDAY_30_OCTOBER_2025,
					null)
			.incidents()).hasSize(1);
		assertThat(EXTRACTOR
			.extract("Un homme a été abattu à Anderlecht le 3 mars 2025, sur fond de trafic de drogue.",
					THURSDAY_30_OCTOBER_2025, null)
			.incidents()).hasSize(1);
	}

	@Test
	void aDeviceThatDidNotGoOffIsAThreat() {
		assertThat(only("On 3 March 2025 a grenade was thrown into a house in Deurne. It did not explode.").type())
			.isEqualTo(IncidentType.THREAT);
		assertThat(only("Op 3 maart 2025 werd een niet-ontplofte granaat gevonden aan een woning in Deurne.").type())
			.isEqualTo(IncidentType.THREAT);
		assertThat(only("Le 3 mars 2025, une grenade non explosée a été découverte devant une maison à Anderlecht.")
			.type()).isEqualTo(IncidentType.THREAT);
	}

	// --- sentences and languages ---

	@Test
	void abbreviationsAndInitialsDoNotEndASentence() {
		List<Sentences.Sentence> s = Sentences.split("Mr. Peter R. de Vries was shot dead in 2021. He died days later.",
				org.incidentatlas.reading.ExtractionRuleFiles.sentences());
		assertThat(s).hasSize(2);
		assertThat(s.get(0).text()).endsWith("in 2021.");
	}

	@Test
	void theLanguageIsDetected() {
		assertThat(LanguageDetector.detect("De politie heeft een man opgepakt na een schietpartij in de stad."))
			.isEqualTo(Language.NL);
		assertThat(LanguageDetector.detect("La police a arrêté un homme après une fusillade dans la ville."))
			.isEqualTo(Language.FR);
		assertThat(LanguageDetector.detect("The police arrested a man after a shooting in the city."))
			.isEqualTo(Language.EN);
	}

	// --- casualties: single victims, deaths told without a count, survivors ---

	@Test
	void aSingleHurtVictimIsInjuredOneAndKilledNone() {
		for (String text : List.of("A man (34) was seriously injured when shots were fired at his car in Deurne.",
				"Bij een schietpartij in Borgerhout raakte een man (34) zwaargewond.",
				"Une personne a été blessée lors d'une fusillade à Anderlecht.")) {
			ProposedIncident p = only(text);
			assertThat(p.injured()).as(text).isEqualTo(1);
			assertThat(p.killed()).as(text).isZero();
		}
	}

	@Test
	void aDeathToldWithoutACountKillsTheOneVictim() {
		for (String text : List.of("The shooting in Merksem led to the death of a young man.",
				"De schietpartij in Merksem leidde tot de dood van een jonge man.",
				"La fusillade à Anderlecht a causé la mort d'un jeune homme.")) {
			assertThat(only(text).killed()).as(text).isEqualTo(1);
		}
	}

	@Test
	void aCountOfThemCountsTheVictims() {
		for (String text : List.of(
				"A grenade exploded at a flat in Deurne. Several residents were treated; two of them were taken to hospital.",
				"Een granaat ontplofte bij een flat in Deurne. Meerdere bewoners kregen zorg ter plaatse; twee van hen werden naar het ziekenhuis gebracht.",
				"Une grenade a explosé devant un immeuble à Anderlecht. Plusieurs habitants ont été soignés ; deux d'entre eux ont été transportés à l'hôpital.")) {
			assertThat(only(text).injured()).as(text).isEqualTo(2);
		}
	}

	@Test
	void theVictimAFewSentencesOnIsTheLastEventsVictim() {
		for (String text : List.of(
				"Shots were fired at a man in Anderlecht on Saturday. Cartridges were found on the pavement. "
						+ "A suspect fled on a scooter. Officers closed the street. The victim was taken to hospital.",
				"Zaterdag werd in Anderlecht op een man geschoten. Op de stoep lagen hulzen. "
						+ "Een verdachte vluchtte op een step. Agenten sloten de straat af. Het slachtoffer werd naar het ziekenhuis gebracht.",
				"Des coups de feu ont été tirés samedi sur un homme à Anderlecht. Des douilles ont été retrouvées. "
						+ "Un suspect a pris la fuite à trottinette. La police a bouclé la rue. La victime a été transportée à l'hôpital.")) {
			ProposedIncident p = only(text);
			assertThat(p.injured()).as(text).isEqualTo(1);
			assertThat(p.killed()).as(text).isZero();
		}
	}

	// --- dates: nights, days ago ---

	@Test
	void theNightOfSaturdayToSundayIsTheSundayWithATimeAfterMidnightAndTheMonthWithout() {
		List<String> withTime = List.of(
				"In the night of Saturday to Sunday, at 2 a.m., shots were fired at a house in Deurne.",
				"In de nacht van zaterdag op zondag werd rond 03.00 uur een woning in Borgerhout beschoten.",
				"Dans la nuit de samedi à dimanche, vers 2h, des coups de feu ont été tirés sur une maison à Anderlecht.");
		for (String text : withTime) {
			assertThat(only(text).date()).as(text).isEqualTo(DateRange.parse("2025-10-26"));
		}
		for (String text : withTime) {
			String untimed = text.replaceAll(",? (?:at 2 a\\.m\\.|rond 03\\.00 uur|vers 2h),?", "");
			assertThat(only(untimed).date()).as(untimed).isEqualTo(OCTOBER_2025);
		}
	}

	@Test
	void daysAgoCountBackFromTheDayOfPublication() {
		for (String text : List.of("Three days ago shots were fired at a house in Deurne.",
				"Drie dagen geleden werd een woning in Borgerhout beschoten.",
				"Il y a trois jours, des coups de feu ont été tirés sur une maison à Anderlecht.")) {
			assertThat(only(text).date()).as(text).isEqualTo(DateRange.parse("2025-10-27"));
		}
	}

	// --- merging and dates (issue 17: fewer duplicates) ---

	@Test
	void aWeekdayBeforeAFullDateIsThatDayEvenOnAPageDatedToTheMonth() {
		for (String text : List.of("A man was shot dead in Deurne on Wednesday 14 February 2024.",
				"Een man werd op woensdag 14 februari 2024 doodgeschoten in Deurne.",
				"Un homme a été abattu à Deurne le mercredi 14 février 2024.")) {
			List<ProposedIncident> found = incidents(text, DateRange.parse("2024-02"));
			assertThat(found).as(text).singleElement().satisfies(p -> {
				assertThat(p.date()).isEqualTo(DateRange.parse("2024-02-14"));
			});
		}
	}

	@Test
	void aBareWeekdayOnAPageDatedToTheMonthIsThatMonthAndALastWeekdayOnlyTheYear() {
		DateRange march = DateRange.parse("2024-03");
		assertThat(incidents("A man was shot dead in Deurne on Friday morning.", march)).singleElement()
			.satisfies(p -> assertThat(p.date()).isEqualTo(march));
		assertThat(incidents("Vrijdagochtend werd een man doodgeschoten in Deurne.", march)).singleElement()
			.satisfies(p -> assertThat(p.date()).isEqualTo(march));
		assertThat(incidents("Un homme a été abattu à Deurne ce vendredi matin.", march)).singleElement()
			.satisfies(p -> assertThat(p.date()).isEqualTo(march));
		assertThat(incidents("A man was shot dead in Deurne last Tuesday.", march)).singleElement()
			.satisfies(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2024")));
	}

	@Test
	void theInvestigationIntoAnEventToldLaterIsThatEventWhereverTheInvestigatorsSit() {
		for (String text : List.of(
				"A spokesman for the prosecutor in Ghent said the investigation into the kidnapping is going well. "
						+ "On 5 August 2025 a man was kidnapped in Deurne.",
				"Volgens het parket in Gent loopt het onderzoek naar de ontvoering goed. "
						+ "Op 5 augustus 2025 werd een man ontvoerd in Deurne.",
				"Selon le parquet de Gand, l'enquête sur l'enlèvement avance bien. "
						+ "Le 5 août 2025, un homme a été enlevé à Deurne.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).singleElement().satisfies(p -> {
				assertThat(p.place().district()).isEqualTo("Deurne");
				assertThat(p.date()).isEqualTo(DateRange.parse("2025-08-05"));
			});
		}
	}

	@Test
	void aCountOfAttacksInACityTakesItsMembersToldInTheirOwnDistricts() {
		for (String text : List.of(
				"Last week two houses in Antwerp were shot at. On Sunday shots were fired at a house in Berendrecht. "
						+ "Earlier last week a house in Ekeren had already been shot at.",
				"Vorige week werden twee huizen in Antwerpen beschoten. Zondag werd een woning in Berendrecht beschoten. "
						+ "Eerder vorige week werd al een huis in Ekeren beschoten.")) {
			List<ProposedIncident> found = incidents(text, DateRange.parse("2025-10-27"));
			assertThat(found).as(text).hasSize(2);
			assertThat(found).extracting(p -> p.place().district())
				.as(text)
				.containsExactlyInAnyOrder("Berendrecht-Zandvliet-Lillo", "Ekeren");
		}
	}

	@Test
	void aHabitIsNoEventUnlessTheSentenceNamesItsDay() {
		for (String text : List.of("In Rotterdam a grenade explodes at a front door almost every week.",
				"In Rotterdam ontploft bijna elke week een granaat aan een voordeur.",
				"À Liège, une grenade explose presque chaque semaine devant une porte d'entrée.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).isEmpty();
		}
		assertThat(
				incidents("Almost every week there is a blast in Rotterdam, and on 3 October 2025 a grenade exploded "
						+ "at a front door in the Kerkstraat.", THURSDAY_30_OCTOBER_2025))
			.hasSize(1);
	}

	@Test
	void aDayAndMonthRightAfterAStoryToldInAnEarlierYearIsInThatYear() {
		DateRange january2018 = DateRange.parse("2018-01");
		for (String text : List.of("The violence went on in 2015. On 8 March a man was shot dead in Deurne.",
				"Het geweld ging in 2015 door. Op 8 maart werd een man doodgeschoten in Deurne.",
				"La violence a continué en 2015. Le 8 mars, un homme a été abattu à Deurne.")) {
			assertThat(incidents(text, january2018)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2015-03-08")));
		}
		// a year a paragraph away leaves the day to the publication date
		assertThat(incidents("The violence went on in 2015.\n\nOn 8 March a man was shot dead in Deurne.",
				DateRange.parse("2018-04")))
			.singleElement()
			.satisfies(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2018-03-08")));
	}

	@Test
	void aKidnappingHeldInACountryOfItsOwnIsTheKidnappingToldInTheStory() {
		for (String text : List.of(
				"A teenager was kidnapped in Genk on 3 April 2025. He was held captive in the Netherlands for 40 days "
						+ "before he was released on 13 May 2025.",
				"Een tiener werd op 3 april 2025 ontvoerd in Genk. Hij werd 40 dagen in Nederland gegijzeld "
						+ "en op 13 mei 2025 vrijgelaten.",
				"Un adolescent a été enlevé à Genk le 3 avril 2025. Il a été séquestré aux Pays-Bas durant 40 jours "
						+ "avant d'être relâché le 13 mai 2025.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).singleElement().satisfies(p -> {
				assertThat(p.type()).isEqualTo(IncidentType.KIDNAPPING);
				assertThat(p.place().city()).isEqualTo("Genk");
				assertThat(p.date()).isEqualTo(DateRange.parse("2025-04-03"));
			});
		}
	}
	// --- events told without a trigger of their own, and events of one attack ---

	@Test
	void theSameHappeningAgainIsANewEventOfTheKindJustTold() {
		for (String text : List.of("""
				On 2 March 2025 a grenade exploded at a house in Deurne.
				The same happened on 9 March 2025 outside a shop in Berchem.""", """
				Op 2 maart 2025 ontplofte een granaat aan een woning in Deurne.
				Hetzelfde gebeurde op 9 maart 2025 voor een winkel in Berchem.""", """
				Le 2 mars 2025, une grenade a explosé devant une maison à Deurne.
				La même chose s'est produite le 9 mars 2025 devant un commerce à Berchem.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().district() + " " + p.date())
				.containsExactlyInAnyOrder("EXPLOSION Deurne " + DateRange.parse("2025-03-02"),
						"EXPLOSION Berchem " + DateRange.parse("2025-03-09"));
		}
	}

	@Test
	void aFirebombThrownInTheSameAttackIsASecondEventOnItsDayAndPlace() {
		for (String text : List.of("""
				On 2 March 2025 shots were fired at a house in Deurne.
				Then the gunmen threw a Molotov cocktail at the front door.""", """
				Op 2 maart 2025 werden schoten gelost op een woning in Deurne.
				Vervolgens gooiden de daders een molotovcocktail naar de voordeur.""", """
				Le 2 mars 2025, des coups de feu ont été tirés sur une maison à Deurne.
				Ensuite, les tireurs ont lancé un cocktail Molotov contre la porte.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.extracting(p -> p.type() + " " + p.place().district() + " " + p.date())
				.containsExactlyInAnyOrder("SHOOTING Deurne " + DateRange.parse("2025-03-02"),
						"ARSON Deurne " + DateRange.parse("2025-03-02"));
		}
	}

	@Test
	void aGenericAttackTakesTheKindOfTheBlastThatPointsBackToIt() {
		for (String text : List.of("""
				The attack on a house in Hoboken took place on 2 March 2025.
				The front door was destroyed by the blast.""", """
				De aanslag op een woning in Hoboken gebeurde op 2 maart 2025.
				De voordeur werd door de explosie vernield.""", """
				L'attaque contre une maison à Hoboken a eu lieu le 2 mars 2025.
				La porte a été détruite par l'explosion.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.EXPLOSION))
				.satisfies(p -> assertThat(p.evidence()).hasSize(2));
		}
	}

	@Test
	void murdersToldAsAGroupAreHomicidesEvenWhenOneMembersMethodIsSaid() {
		for (String text : List.of(
				"Two murders were committed in Utrecht in 2024, including a lawyer who was shot dead.",
				"In 2024 werden in Utrecht twee moorden gepleegd, waaronder op een advocaat die werd doodgeschoten.",
				"En 2024, deux meurtres ont été commis à Utrecht, dont celui d'un avocat abattu par balles.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.isNotEmpty()
				.allSatisfy(p -> assertThat(p.type()).isEqualTo(IncidentType.HOMICIDE));
		}
	}

	@Test
	void pushingSomeoneIntoAVehicleIsAKidnappingAndAVisitToDemandMoneyIsAThreat() {
		for (String text : List.of("On 2 March 2025 a courier was pushed into his own van in Wilrijk and driven off.",
				"Op 2 maart 2025 werd een koerier in Wilrijk in de bestelwagen geduwd en meegenomen.",
				"Le 2 mars 2025, un coursier a été poussé dans la camionnette à Wilrijk et emmené.")) {
			assertThat(only(text).type()).as(text).isEqualTo(IncidentType.KIDNAPPING);
		}
		for (String text : List.of("On 2 March 2025 two men came to a house in Roosendaal to demand money.",
				"Op 2 maart 2025 gingen twee mannen langs bij een woning in Roosendaal om geld te eisen.",
				"Le 2 mars 2025, deux hommes sont venus à une maison de Roosendaal pour réclamer de l'argent.")) {
			assertThat(only(text).type()).as(text).isEqualTo(IncidentType.THREAT);
		}
	}

	@Test
	void twoShootingsOnTwoStreetsAreTwoEvents() {
		List<ProposedIncident> found = incidents("""
				On 2 March 2025 shots were fired at a house in the Kioskstraat in Deurne.
				Police sealed off the area.
				Later that night shots were fired at a building in the Gitschotellei in Deurne.""",
				THURSDAY_30_OCTOBER_2025);
		assertThat(found).extracting(p -> p.place().street()).containsExactlyInAnyOrder("Kioskstraat", "Gitschotellei");
	}

	@Test
	void aStoryThatDeniesItsKillingsAnUnderworldLinkKeepsNoneOfThem() {
		for (String text : List.of("""
				Customs seized less cocaine this year.
				On 2 March 2025 a woman was shot dead at home in Breda.
				As far as police know, none of these killings was a settling of scores between gangs.""", """
				De douane onderschepte dit jaar minder cocaïne.
				Op 2 maart 2025 werd een vrouw in Breda thuis doodgeschoten.
				Voor zover bekend waren er geen afrekeningen in de onderwereld.""", """
				La douane a saisi moins de cocaïne cette année.
				Le 2 mars 2025, une femme a été abattue chez elle à Breda.
				Selon la police, aucun de ces meurtres n'était un règlement de comptes.""")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text).isEmpty();
		}
	}

	@Test
	void aBlastOnAPageThatPutsItsBlastsDownToOtherQuarrelsNeedsADrugLink() {
		for (String text : List.of("""
				On 2 March 2025 a heavy firework exploded at a block of flats in Zaandam.
				These days the blasts also settle family feuds and business disputes.""", """
				Op 2 maart 2025 ontplofte zwaar vuurwerk bij een flat in Zaandam.
				Tegenwoordig worden met de knallen ook familieruzies en zakelijke conflicten beslecht.""", """
				Le 2 mars 2025, un engin pyrotechnique a explosé devant un immeuble à Zaandam.
				Aujourd'hui ces explosions règlent aussi des conflits familiaux.""")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text).isEmpty();
		}
	}

	@Test
	void aBlastTheStoryLinksToDrugsStaysWhenThePageAlsoNamesOtherQuarrels() {
		for (String text : List.of(
				"""
						On 2 March 2025 a heavy firework exploded at a block of flats in Zaandam.
						Dealers once used grenades, but these days the blasts also settle family feuds and business disputes.""",
				"""
						Op 2 maart 2025 ontplofte zwaar vuurwerk bij een flat in Zaandam.
						Vroeger gebruikten dealers granaten, nu worden met de knallen ook familieruzies en zakelijke conflicten beslecht.""",
				"""
						Le 2 mars 2025, un engin pyrotechnique a explosé devant un immeuble à Zaandam.
						Autrefois les trafiquants utilisaient des grenades, aujourd'hui ces explosions règlent aussi des conflits familiaux.""")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text)
				.extracting(ProposedIncident::type)
				.containsExactly(IncidentType.EXPLOSION);
		}
	}

	@Test
	void aKillingByAPartnerIsNoUnderworldViolence() {
		for (String text : List.of("In May 2025 a woman was stabbed to death in Ghent by her former partner.",
				"In mei 2025 werd een vrouw in Gent door haar ex-partner doodgestoken.",
				"En mai 2025, une femme a été poignardée à mort à Gand par son ex-compagnon.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).isEmpty();
		}
	}

	@Test
	void aClassOfIncidentsWithAWeaponIsNoEvent() {
		for (String text : List.of(
				"Police said once more that the attacks and incidents involving explosives in Antwerp are tied to drug gangs.",
				"De politie zei nogmaals dat de aanslagen en incidenten met explosieven in Antwerpen met drugsbendes te maken hebben.",
				"La police a répété que les attaques et incidents impliquant des explosifs à Anvers sont liés aux bandes de la drogue.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).isEmpty();
		}
	}

	@Test
	void aBodyAlsoFoundInAStoryOfOtherViolenceIsNoSecondIncident() {
		for (String text : List.of("""
				On 2 March 2025 a grenade exploded at a house in Deurne.
				On Friday the body of a man was also found in Merksem.""", """
				Op 2 maart 2025 ontplofte een granaat aan een huis in Deurne.
				Vrijdag vond men in Merksem ook het lichaam van een vrouw.""", """
				Le 2 mars 2025, une grenade a explosé devant une maison à Deurne.
				Vendredi, le corps d'un homme a aussi été retrouvé à Merksem.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.EXPLOSION));
		}
	}

	@Test
	void aHostageReleasedLaterIsTheKidnappingToldBeforeNotASecondOne() {
		for (String text : List.of("""
				On 2 March 2025 a teenager was kidnapped from his home in Genk.
				The boy was held hostage for three weeks and released on Sunday.""", """
				Op 2 maart 2025 werd een tiener in Genk uit zijn huis ontvoerd.
				De jongen werd drie weken gegijzeld en zondag vrijgelaten.""", """
				Le 2 mars 2025, un adolescent a été enlevé à son domicile à Genk.
				Le garçon a été séquestré durant trois semaines avant d'être relâché dimanche.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.KIDNAPPING))
				.satisfies(p -> assertThat(p.evidence()).hasSize(2));
		}
	}

	@Test
	void theFirstEventOfAStoryTakesTheDateAndPlaceToldJustBeforeIt() {
		for (String text : List.of("""
				It all happened on 5 March 2025 in Wilrijk.
				After a short struggle the courier was pushed into his own van and driven off.""", """
				Het gebeurde op 5 maart 2025 in Wilrijk.
				Na een korte worsteling werd de koerier in de bestelwagen geduwd en meegenomen.""", """
				Les faits se sont produits le 5 mars 2025 à Wilrijk.
				Après une brève lutte, le coursier a été poussé dans la camionnette et emmené.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.KIDNAPPING))
				.satisfies(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-03-05")))
				.satisfies(p -> assertThat(p.place().district()).isEqualTo("Wilrijk"));
		}
	}

	@Test
	void countedIncidentsTakeTheKindTheNextSentenceNames() {
		for (String text : List.of("""
				At the end of March 2025 there were two incidents in Mortsel that badly damaged a home and a shop.
				In both cases police suspect arson.""",
				"""
						Eind maart 2025 waren er in Mortsel twee incidenten waarbij een woning en een winkel zwaar beschadigd raakten.
						In beide gevallen vermoedt de politie brandstichting.""",
				"""
						Fin mars 2025, deux incidents ont gravement endommagé une maison et un commerce à Mortsel.
						Dans les deux cas, la police soupçonne un incendie criminel.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.hasSize(2)
				.allSatisfy(p -> assertThat(p.type()).isEqualTo(IncidentType.ARSON));
		}
	}

	@Test
	void aCountInTheHeadlineTakesTheNightAndPlaceOfTheBodyThatTellsItAgain() {
		for (String text : List.of("""
				Three homes shot at in Antwerp

				In Merksem three homes were shot at on Wednesday evening. Nobody was injured.""", """
				Drie woningen in Antwerpen beschoten

				In Merksem zijn woensdagavond drie woningen beschoten. Niemand raakte gewond.""", """
				Trois maisons visées par des tirs à Anvers

				Mercredi soir, trois maisons ont été la cible de tirs à Merksem. Personne n'a été blessé.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.hasSize(3)
				.allSatisfy(p -> assertThat(p.type()).isEqualTo(IncidentType.SHOOTING))
				.allSatisfy(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-29")))
				.allSatisfy(p -> assertThat(p.place().district()).isEqualTo("Merksem"))
				.allSatisfy(p -> assertThat(p.evidence()).hasSize(2));
		}
	}

	@Test
	void aDayLaterIsOneDayAfterTheDayToldBefore() {
		for (String text : List.of(
				"A man was shot dead in Breda on 3 October. A day later shots were fired at a house in Tilburg.",
				"Op 3 oktober werd in Breda een man doodgeschoten. Een dag later werd in Tilburg op een woning geschoten.",
				"Le 3 octobre, un homme a été abattu à Breda. Un jour plus tard, des coups de feu ont été tirés sur une maison à Tilburg.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.hasSize(2)
				.last()
				.satisfies(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-04")))
				.satisfies(p -> assertThat(p.place().city()).isEqualTo("Tilburg"));
		}
	}

	@Test
	void aLinkThePoliceDoNotRuleOutKeepsTheStoryInScopeAndADeniedOneDoesNot() {
		for (String text : List.of(
				"A car was set on fire in Schaerbeek on Wednesday. Police do not rule out a settling of scores over drugs.",
				"In Schaarbeek is woensdag een auto in brand gestoken. De politie sluit een afrekening in het drugsmilieu niet uit.",
				"Mercredi, une voiture a été incendiée à Schaerbeek. La police n'exclut pas un règlement de comptes lié à la drogue.")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.ARSON));
		}
		for (String text : List.of(
				"A car was set on fire in Schaerbeek on Wednesday. According to police it was no settling of scores.",
				"In Schaarbeek is woensdag een auto in brand gestoken. Volgens de politie was het geen afrekening.",
				"Mercredi, une voiture a été incendiée à Schaerbeek. Selon la police, ce n'était pas un règlement de comptes.")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text).isEmpty();
		}
	}

	@Test
	void aPolicemanWhoDoesNotRuleOutADrugLinkKeepsTheStoryInScope() {
		for (String text : List.of("""
				A man was stabbed outside a snack bar in Ghent on Sunday evening.
				Police do not rule out a link with the drug trade.""", """
				Zondagavond werd een man neergestoken aan een snackbar in Gent.
				De politie sluit een link met de drugshandel niet uit.""", """
				Dimanche soir, un homme a été poignardé devant un snack à Gand.
				Le parquet n'exclut pas un lien avec le trafic de drogue.""")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.ASSAULT));
		}
		for (String text : List.of("""
				A man was stabbed outside a snack bar in Ghent on Sunday evening.
				Police say there is no link with the drug trade.""", """
				Zondagavond werd een man neergestoken aan een snackbar in Gent.
				Volgens de politie is er geen link met de drugshandel.""", """
				Dimanche soir, un homme a été poignardé devant un snack à Gand.
				Selon le parquet, il n'y a aucun lien avec le trafic de drogue.""")) {
			assertThat(EXTRACTOR.extract(text, THURSDAY_30_OCTOBER_2025, null).incidents()).as(text).isEmpty();
		}
	}

	@Test
	void theSuspectInAnOlderKillingIsNoNewKilling() {
		for (String text : List.of(
				"The suspect in the murder of a drug dealer in Utrecht was arrested in Spain on Tuesday.",
				"De verdachte van de moord op een drugsdealer in Utrecht is dinsdag in Spanje opgepakt.",
				"Le suspect du meurtre d'un trafiquant de drogue à Utrecht a été arrêté mardi en Espagne.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text).isEmpty();
		}
	}

	@Test
	void aKnifeAttackIsAnAssaultAndADeathInItKillsOne() {
		for (String text : List.of("A young man was injured with knife wounds in Antwerp on Sunday afternoon.",
				"Een jongeman werd zondagmiddag in Antwerpen met messteken verwond.",
				"Dimanche après-midi, un jeune homme a été blessé d'un coup de couteau à Anvers.")) {
			assertThat(only(text)).as(text)
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.ASSAULT))
				.satisfies(p -> assertThat(p.injured()).isEqualTo(1))
				.satisfies(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-26")));
		}
		for (String text : List.of("A 22-year-old man died in a stabbing in Vlaardingen on Friday evening.",
				"In Vlaardingen is vrijdagavond een 22-jarige man om het leven gekomen bij een steekpartij.",
				"Vendredi soir, un homme de 22 ans a perdu la vie lors d'une rixe au couteau à Vlaardingen.")) {
			assertThat(only(text)).as(text)
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.ASSAULT))
				.satisfies(p -> assertThat(p.killed()).isEqualTo(1));
		}
	}

	@Test
	void injuriesSufferedAreOneInjured() {
		for (String text : List.of("A man (41) suffered serious injuries in a shooting in Borgerhout on Monday.",
				"Bij een schietpartij in Borgerhout liep een man (41) maandag zware verwondingen op.",
				"Un homme (41 ans) a subi de graves blessures lors d'une fusillade à Borgerhout lundi.")) {
			assertThat(only(text)).as(text)
				.satisfies(p -> assertThat(p.type()).isEqualTo(IncidentType.SHOOTING))
				.satisfies(p -> assertThat(p.injured()).isEqualTo(1))
				.satisfies(p -> assertThat(p.killed()).isZero());
		}
	}

	@Test
	void lastNightAfterMidnightIsThePublicationDay() {
		for (String text : List.of("Last night around 3 a.m. shots were fired at a house in Borgerhout.",
				"Vannacht rond 3 uur werd een woning in Borgerhout beschoten.",
				"Cette nuit vers 3 heures, des coups de feu ont été tirés sur une maison à Borgerhout.")) {
			assertThat(only(text).date()).as(text).isEqualTo(THURSDAY_30_OCTOBER_2025);
			assertThat(incidents(text, OCTOBER_2025)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.date()).isEqualTo(OCTOBER_2025));
		}
	}

	@Test
	void anHourLaterIsTheDayToldBefore() {
		for (String text : List.of(
				"On 4 October shots were fired at a house in Tarwewijk. An hour later a second house was shot at in Delfshaven.",
				"Op 4 oktober werden schoten gelost op een woning in de Tarwewijk. Een uur later werd in Charlois een tweede woning beschoten.",
				"Le 4 octobre, des coups de feu ont été tirés sur une maison à Tarwewijk. Une heure plus tard, une deuxième maison a été la cible de tirs à Delfshaven.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.hasSize(2)
				.allSatisfy(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-04")));
		}
	}

	@Test
	void laterThatNightIsTheDayOfTheEventToldBefore() {
		for (String text : List.of("""
				On Tuesday evening a man was shot in the leg in Molenbeek.
				Later that night another shooting took place in Schaerbeek.""", """
				Dinsdagavond werd een man in Molenbeek in het been geschoten.
				Later die nacht was er een nieuwe schietpartij in Schaarbeek.""", """
				Mardi soir, un homme a été blessé par balle à la jambe à Molenbeek.
				Quelques heures plus tard, une nouvelle fusillade a éclaté à Schaerbeek.""")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.hasSize(2)
				.allSatisfy(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-28")));
		}
	}

	@Test
	void aWeekdayOfLastWeekIsThatDayInTheWeekBefore() {
		for (String text : List.of("An explosive went off at a house in Deurne on Tuesday last week.",
				"Vorige week dinsdag ontplofte een explosief aan een woning in Deurne.",
				"Mardi de la semaine dernière, un explosif a explosé devant une maison à Deurne.")) {
			assertThat(only(text).date()).as(text).isEqualTo(DateRange.parse("2025-10-21"));
		}
	}

	@Test
	void aGrenadeThatDidNotGoOffIsAThreatWhateverTheWordOrder() {
		for (String text : List.of(
				"On Saturday a hand grenade was thrown at a house in Borgerhout. The device did not explode.",
				"Zaterdag werd in Borgerhout een handgranaat tegen een woning gegooid. Het explosief ontplofte niet.",
				"Samedi, une grenade a été lancée contre une maison à Borgerhout. L'engin n'a pas explosé.")) {
			assertThat(only(text).type()).as(text).isEqualTo(IncidentType.THREAT);
		}
	}

	@Test
	void aCountAfterAnotherNumberIsStillACount() {
		for (String text : List.of("In one night five cars were set on fire in Roosendaal on Sunday.",
				"In één nacht werden zondag in Roosendaal vijf auto's in brand gestoken.",
				"En une nuit, cinq voitures ont été incendiées à Roosendaal dimanche.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.hasSize(5)
				.allSatisfy(p -> assertThat(p.type()).isEqualTo(IncidentType.ARSON))
				.allSatisfy(p -> assertThat(p.date()).isEqualTo(DateRange.parse("2025-10-26")));
		}
	}

	@Test
	void suspectsArrestedForAKillingAreNotCountedAsItsDead() {
		for (String text : List.of(
				"Two men were arrested on Wednesday for the murder of a 39-year-old dealer in Deurne in 2024.",
				"Twee mannen werden woensdag opgepakt voor de moord op een 39-jarige dealer in Deurne in 2024.",
				"Deux hommes ont été interpellés mercredi pour le meurtre d'un dealer de 39 ans à Deurne en 2024.")) {
			assertThat(incidents(text, THURSDAY_30_OCTOBER_2025)).as(text)
				.singleElement()
				.satisfies(p -> assertThat(p.killed()).isEqualTo(1));
		}
	}

	@Test
	void aShortDutchLeadIsReadAsDutch() {
		assertThat(LanguageDetector.detect("Zondag werden in Roosendaal twee auto's in brand gestoken."))
			.isEqualTo(Language.NL);
		assertThat(LanguageDetector.detect("On Sunday two cars were set on fire in Roosendaal."))
			.isEqualTo(Language.EN);
		assertThat(LanguageDetector.detect("Dimanche, deux voitures ont été incendiées à Roosendaal."))
			.isEqualTo(Language.FR);
	}

	@Test
	void aStreetNamedAfterATownIsNotTheTown() {
		for (String text : List.of("On Monday a firebomb was thrown at a shop on the Chaussée de Gand in Molenbeek.",
				"Maandag werd een molotovcocktail tegen een winkel aan de Steenweg op Gent in Molenbeek gegooid.",
				"Lundi, un cocktail Molotov a été lancé contre un commerce de la chaussée de Gand à Molenbeek.")) {
			assertThat(only(text).place().city()).as(text).isEqualTo("Brussels");
		}
	}

}
