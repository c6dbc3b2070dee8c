package org.incidentatlas.reading;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.place.PlaceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The evaluation command and its figures; the extract command's JSON; the scores on the
 * launch articles and the dev corpus.
 */
class EvaluationTest {

	/**
	 * Below this incident F1 on the whole dev corpus the build fails: issue #17's floor.
	 * The extractor reads 0.803 today.
	 */
	static final double DEV_CORPUS_INCIDENT_F1 = 0.78;

	/**
	 * The same floor for the launch articles, 0.9 asked for by issue #17: 12 of 13
	 * incidents today (0.923).
	 */
	static final double LAUNCH_ARTICLES_INCIDENT_F1 = 0.9;

	static final Path PROJECT = Path.of(System.getProperty("basedir", "."));

	static final Path SEEDS = PROJECT.resolve("../shared/seeds").normalize();

	static final Path DEV_CORPUS = PROJECT.resolve("../shared/devset").normalize();

	static final PlaceCatalog GAZETTEER = GazetteerFiles.load();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Extractor EXTRACTOR = ExtractionRuleFiles.extractor(GAZETTEER, Set.of("BE", "NL"));

	/**
	 * The dev corpus, or the test is skipped when it is not beside the project; on CI it
	 * must be.
	 */
	static Path devCorpus() {
		if (!Files.isDirectory(DEV_CORPUS)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("CI=true but the dev corpus is missing: " + DEV_CORPUS);
			}
			assumeTrue(false, DEV_CORPUS + " is not beside the project");
		}
		return DEV_CORPUS;
	}

	@Test
	void theDevCorpusIsReadWithAnIncidentF1OfAtLeastTheThreshold() {
		Evaluation.Result result = new Evaluation(EXTRACTOR, GAZETTEER).run(devCorpus());
		assertThat(result.articles()).isEqualTo(70);
		assertThat(result.incidents().f1()).as(Evaluation.report(result))
			.isGreaterThanOrEqualTo(DEV_CORPUS_INCIDENT_F1);
	}

	@Test
	void theHeldOutQuarterAndTheTuningPartSplitTheDevCorpus() {
		Evaluation evaluation = new Evaluation(EXTRACTOR, GAZETTEER);
		Evaluation.Result heldOut = evaluation.run(devCorpus(), Evaluation.Part.HELD_OUT);
		Evaluation.Result tuning = evaluation.run(devCorpus(), Evaluation.Part.TUNING);
		Evaluation.Result all = evaluation.run(devCorpus(), Evaluation.Part.ALL);
		assertThat(heldOut.articles()).isEqualTo(Evaluation.HELD_OUT.size()).isEqualTo(17);
		assertThat(tuning.articles()).isEqualTo(all.articles() - heldOut.articles());
		assertThat(tuning.incidents().plus(heldOut.incidents())).isEqualTo(all.incidents());
		assertThat(tuning.statistics().plus(heldOut.statistics())).isEqualTo(all.statistics());
		assertThat(heldOut.findings()).allSatisfy(f -> assertThat(Evaluation.HELD_OUT).contains(f.article()));
		assertThat(tuning.findings()).noneSatisfy(f -> assertThat(Evaluation.HELD_OUT).contains(f.article()));
	}

	@Test
	void theLaunchArticlesAreReadNoWorseThanTheirFloor() {
		if (!Files.isDirectory(SEEDS)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("CI=true but the launch articles are missing: " + SEEDS);
			}
			assumeTrue(false, SEEDS + " is not beside the project");
		}
		Evaluation.Result result = new Evaluation(EXTRACTOR).run(SEEDS);
		assertThat(result.articles()).isEqualTo(3);
		assertThat(result.incidents().f1()).as(Evaluation.report(result))
			.isGreaterThanOrEqualTo(LAUNCH_ARTICLES_INCIDENT_F1);
		assertThat(result.statistics().f1()).as(Evaluation.report(result)).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void theScoreCountsMatchesSpuriousProposalsAndMisses(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.

				On 9 June 2024 an explosion damaged a house in the Lange Nieuwstraat in Mechelen.""");
		Files.writeString(folder.resolve("a.gold.json"), """
				{"published": "2025-10", "language": "en",
				 "incidents": [
				   {"type": "explosion", "date": "2023-04-02", "city": "Antwerp", "country": "BE"},
				   {"type": "kidnapping", "date": "2024", "city": "Ghent", "country": "BE"}],
				 "statistics": []}""");
		Evaluation.Result result = new Evaluation(EXTRACTOR).run(folder);
		assertThat(result.incidents().matched()).isEqualTo(1);
		assertThat(result.incidents().missed()).isEqualTo(1);
		assertThat(result.incidents().spurious()).as("the 2024 explosion in Mechelen is not in this gold file")
			.isEqualTo(1);
		assertThat(result.incidents().f1()).isEqualTo(0.5);
	}

	@Test
	void eachMissAndSpuriousProposalIsGivenItsCause(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.""");
		Files.writeString(folder.resolve("a.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [],
				 "incidents": [{"type": "explosion", "date": "2023-05-02", "city": "Antwerp", "country": "BE"}]}""");
		Files.writeString(folder.resolve("b.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.""");
		Files.writeString(folder.resolve("b.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [],
				 "incidents": [{"type": "arson", "date": "2023-04-02", "city": "Antwerp", "country": "BE"}]}""");
		Files.writeString(folder.resolve("c.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.""");
		Files.writeString(folder.resolve("c.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [], "incidents": []}""");
		Files.writeString(folder.resolve("d.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.
				On 9 April 2023 an explosion damaged a car in the Turnhoutsebaan in Antwerp.""");
		Files.writeString(folder.resolve("d.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [],
				 "incidents": [{"type": "explosion", "date": "2023", "city": "Antwerp", "country": "BE"}]}""");
		Evaluation.Result result = new Evaluation(EXTRACTOR, GAZETTEER).run(folder);
		assertThat(result.findings()).extracting(f -> f.article() + " " + f.kind() + " " + f.cause())
			.containsExactlyInAnyOrder("a SPURIOUS WRONG_DATE", "a MISSED WRONG_DATE", "b SPURIOUS WRONG_TYPE",
					"b MISSED WRONG_TYPE", "c SPURIOUS OUT_OF_SCOPE", "d SPURIOUS DUPLICATE");
		assertThat(result.causes(false, Evaluation.Kind.SPURIOUS)).containsEntry(Evaluation.Cause.WRONG_DATE, 1)
			.containsEntry(Evaluation.Cause.DUPLICATE, 1);
		assertThat(result.incidentsByType().get("arson")).isEqualTo(new Evaluation.Score(0, 0, 1));
		assertThat(result.incidentsByType().get("explosion")).isEqualTo(new Evaluation.Score(1, 4, 1));
	}

	@Test
	void aMissIsPairedWithTheProposalWhosePlaceAgreesRatherThanOneThatOnlySharesTypeAndDate(@TempDir Path folder)
			throws Exception {
		Files.writeString(folder.resolve("a.txt"), """
				On 2 April 2023 an explosion damaged a house in the Lange Nieuwstraat in Mechelen.

				On 9 May 2023 an explosion damaged a house in the Osystraat in Antwerp.""");
		Files.writeString(folder.resolve("a.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [],
				 "incidents": [{"type": "explosion", "date": "2023-04-02", "city": "Antwerp", "country": "BE"}]}""");
		Evaluation.Result result = new Evaluation(EXTRACTOR, GAZETTEER).run(folder);
		assertThat(result.findings()).as(Evaluation.report(result, true))
			.filteredOn(f -> f.kind() == Evaluation.Kind.MISSED)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.cause()).isEqualTo(Evaluation.Cause.WRONG_DATE);
				assertThat(f.detail()).contains("Antwerp");
			});
	}

	@Test
	void goldAndProposalsArePairedForTheMostMatchesAndThenTheClosestAgreement() {
		List<JsonNode> gold = List.of(JSON.readTree("{\"n\": 0}"), JSON.readTree("{\"n\": 1}"));
		// gold 0 fits both proposals and is closer to "p1"; gold 1 fits both equally
		int[] pairs = Evaluation.pair(gold, List.of("p0", "p1"), (g, p) -> true,
				(g, p) -> g.path("n").asInt() == 0 && p.equals("p1") ? 5 : 0);
		assertThat(pairs).containsExactly(1, 0);
		// gold 1 fits only "p0": as many matches as possible comes first
		int[] forced = Evaluation.pair(gold, List.of("p0", "p1"), (g, p) -> g.path("n").asInt() == 0 || p.equals("p0"),
				(g, p) -> p.equals("p0") ? 5 : 0);
		assertThat(forced).containsExactly(1, 0);
		// more gold than proposals
		int[] fewer = Evaluation.pair(gold, List.of("p0"), (g, p) -> true, (g, p) -> g.path("n").asInt());
		assertThat(fewer).containsExactly(-1, 0);
	}

	@Test
	void aGoldRegionMatchesTheProposalsProvinceByAnyOfItsNamesButACountryNeverMatchesACity(@TempDir Path folder)
			throws Exception {
		Files.writeString(folder.resolve("a.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.""");
		Files.writeString(folder.resolve("a.gold.json"),
				"""
						{"published": "2025-10", "language": "en", "statistics": [],
						 "incidents": [{"type": "explosion", "date": "2023-04-02", "region": "Antwerp Province", "country": "BE"}]}""");
		Files.writeString(folder.resolve("b.txt"), """
				On 2 April 2023 an explosion damaged a house in the Kinkerstraat in Amsterdam.""");
		Files.writeString(folder.resolve("b.gold.json"),
				"""
						{"published": "2025-10", "language": "en", "statistics": [],
						 "incidents": [{"type": "explosion", "date": "2023-04-02", "region": "Noord-Holland", "country": "NL"}]}""");
		Files.writeString(folder.resolve("c.txt"), """
				On 2 April 2023 an explosion damaged a house somewhere in Belgium.""");
		Files.writeString(folder.resolve("c.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [],
				 "incidents": [{"type": "explosion", "date": "2023-04-02", "city": "Antwerp", "country": "BE"}]}""");
		Evaluation.Result result = new Evaluation(EXTRACTOR, GAZETTEER).run(folder);
		assertThat(result.findings()).as(Evaluation.report(result, true))
			.extracting(f -> f.article() + " " + f.kind() + " " + f.cause())
			.containsExactlyInAnyOrder("c SPURIOUS NO_PLACE", "c MISSED NO_PLACE");
		assertThat(result.incidents().matched()).isEqualTo(2);
	}

	@Test
	void aStatisticMatchesByAnyNameOfItsPlaceAndAHalfYearIsSixMonths(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.txt"), """
				In 2024 the police recorded 92 shootings in Brussels, a record.""");
		Files.writeString(folder.resolve("a.gold.json"),
				"""
						{"published": "2025-10", "language": "en", "incidents": [],
						 "statistics": [{"place": "Brussels-Capital Region (all communes)", "country": "BE", "period": "2024-H2",
						                 "metric": "shootings", "value": 92}]}""");
		Evaluation.Result result = new Evaluation(EXTRACTOR, GAZETTEER).run(folder);
		assertThat(result.statistics()).as(Evaluation.report(result, true)).isEqualTo(new Evaluation.Score(1, 0, 0));
		assertThat(Evaluation.period("2025-H1").compact()).isEqualTo("2025-01/2025-06");
	}

	@Test
	void theVerboseEvaluationListsEachFindingWithItsFileAndCause(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("042.txt"),
				"On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.");
		Files.writeString(folder.resolve("042.gold.json"), """
				{"published": "2025-10", "language": "en", "statistics": [],
				 "incidents": [{"type": "explosion", "date": "2023-05-02", "city": "Antwerp", "country": "BE"}]}""");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = ReadingCommands.run(new String[] { "evaluate", "--verbose", folder.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(status).isZero();
		assertThat(report).contains("042 incident  missed     wrong date", "042 incident  spurious   wrong date",
				"incidents spurious by cause:", "articles: 1 (all)");
		assertThat(report).containsPattern("\\n  en +precision 0\\.000");
	}

	@Test
	void theExtractCommandPrintsTheApiJson(@TempDir Path folder) throws Exception {
		Path article = folder.resolve("article.txt");
		Files.writeString(article, "Op 2 april 2023 ontplofte een granaat in de Osystraat in Antwerpen.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ReadingCommands.run(new String[] { "extract", "--published", "2025-10-30", article.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(json).contains("\"type\" : \"explosion\"", "\"city\" : \"Antwerp\"", "\"street\" : \"Osystraat\"",
				"\"precision\" : \"day\"", "\"language\" : \"nl\"");
	}

	@Test
	void theExtractCommandRefusesABadDate(@TempDir Path folder) throws Exception {
		Path article = folder.resolve("article.txt");
		Files.writeString(article, "text");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ReadingCommands.run(new String[] { "extract", "--published", "30/10/2025", article.toString() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a date");
	}

}
