package org.incidentatlas.reading;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Set;

import org.incidentatlas.extraction.Extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The evaluation command and its figures; the extract command's JSON. */
class EvaluationTest {

	static final Path SEEDS = Path.of("../shared/seeds");

	static final Extractor EXTRACTOR = new Extractor(GazetteerFiles.load(), Set.of("BE", "NL"));

	@Test
	void theLaunchArticlesAreReadWithAnF1OfAtLeastNinetyPercent() {
		assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the project");
		Evaluation.Result result = new Evaluation(EXTRACTOR).run(SEEDS);
		assertThat(result.articles()).isEqualTo(3);
		assertThat(result.incidents().f1()).as(Evaluation.report(result)).isGreaterThanOrEqualTo(0.9);
		assertThat(result.statistics().f1()).as(Evaluation.report(result)).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void theScoreCountsMatchesSpuriousProposalsAndMisses(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.txt"), """
				On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.
				In 2021 a crime reporter was shot dead in Amsterdam.""");
		Files.writeString(folder.resolve("a.gold.json"), """
				{"published": "2025-10", "language": "en",
				 "incidents": [
				   {"type": "explosion", "date": "2023-04-02", "city": "Antwerp", "country": "BE"},
				   {"type": "kidnapping", "date": "2024", "city": "Ghent", "country": "BE"}],
				 "statistics": []}""");
		Evaluation.Result result = new Evaluation(EXTRACTOR).run(folder);
		assertThat(result.incidents().matched()).isEqualTo(1);
		assertThat(result.incidents().missed()).isEqualTo(1);
		assertThat(result.incidents().spurious()).as("the 2021 homicide is not in this gold file").isEqualTo(1);
		assertThat(result.incidents().f1()).isEqualTo(0.5);
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
