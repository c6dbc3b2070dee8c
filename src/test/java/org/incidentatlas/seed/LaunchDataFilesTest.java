package org.incidentatlas.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.place.PlaceNames;
import org.incidentatlas.reading.GazetteerFiles;
import org.incidentatlas.time.DateRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launch data files as shipped: every record written in our own words in the
 * languages its sources call for, every record of the dev corpus's human-coded gold
 * present once with its facts, and no sentence of any article copied. Reads the files,
 * not a database.
 */
class LaunchDataFilesTest {

	static final Path SEED = Path.of("db/seed");

	/**
	 * The dev corpus's excerpts and gold files, beside the repository in development and
	 * CI.
	 */
	static final Path DEVSET = Path.of("../shared/devset");

	/** The three launch articles. */
	static final Path SEEDS = Path.of("../shared/seeds");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final PlaceCatalog GAZETTEER = GazetteerFiles.load();

	static final Map<String, JsonNode> RECORDS = new HashMap<>();

	static final Map<String, JsonNode> ARTICLES = new HashMap<>();

	/**
	 * Per dev corpus file ({@code 010}), its records told by another record, to that
	 * record's key.
	 */
	static final Map<String, Map<String, String>> MERGED = new HashMap<>();

	@BeforeAll
	static void readFiles() throws IOException {
		List<Path> files = new ArrayList<>(List.of(SEED.resolve("launch-data.json")));
		try (Stream<Path> corpus = Files.list(SEED.resolve("dev-corpus"))) {
			files.addAll(corpus.sorted().toList());
		}
		for (Path file : files) {
			JsonNode root = JSON.readTree(file.toFile());
			root.get("articles")
				.forEach(a -> assertThat(ARTICLES.put(a.get("key").asString(), a)).as("article key").isNull());
			for (String group : List.of("incidents", "enforcement", "statistics")) {
				root.get(group)
					.forEach(r -> assertThat(RECORDS.put(r.get("key").asString(), r)).as("record key").isNull());
			}
			if (root.has("merged")) {
				Map<String, String> merged = new HashMap<>();
				root.get("merged").properties().forEach(e -> merged.put(e.getKey(), e.getValue().asString()));
				MERGED.put(file.getFileName().toString().replace(".json", ""), merged);
			}
		}
	}

	@Test
	void everyRecordIsSummarisedInEnglishAndInTheLanguageOfEachDutchOrFrenchSource() {
		assertThat(RECORDS).isNotEmpty();
		RECORDS.forEach((key, record) -> {
			Set<String> needed = new HashSet<>(Set.of("en"));
			record.get("sources").forEach(s -> {
				assertThat(ARTICLES).as("%s cites a known article", key).containsKey(s.asString());
				needed.add(ARTICLES.get(s.asString()).get("language").asString());
			});
			for (String field : List.of("summary", "note", "sourceNote")) {
				if (record.has(field)) {
					Set<String> languages = new HashSet<>();
					record.get(field).properties().forEach(e -> {
						languages.add(e.getKey());
						assertThat(e.getValue().asString()).as("%s %s %s", key, field, e.getKey()).isNotBlank();
					});
					assertThat(languages).as("%s %s", key, field).isEqualTo(needed);
				}
			}
			assertThat(record.has("summary") || record.has("metric")).as("%s has a summary", key).isTrue();
		});
	}

	@Test
	void everyDevCorpusArticleIsASourceWithItsRealAddressPublisherAndDatePrecision() {
		List<JsonNode> corpus = ARTICLES.values()
			.stream()
			.filter(a -> a.get("key").asString().startsWith("launch-dev-"))
			.toList();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
		for (JsonNode article : corpus) {
			assertThat(article.get("url").asString()).as(article.get("key").asString()).matches("https?://[^\\s]+");
			assertThat(article.get("publisher").asString()).isNotBlank().doesNotContain("Unidentified");
			assertThat(article.get("published").asString()).matches("\\d{4}-\\d{2}(-\\d{2})?");
			assertThat(article.get("language").asString()).isIn("en", "nl", "fr");
		}
		assertThat(corpus).extracting(a -> a.get("language").asString()).contains("en", "nl", "fr");
	}

	/**
	 * The human reader's records of every dev corpus article are in the data, once each,
	 * with their facts.
	 */
	@Test
	void everyGoldRecordOfTheDevCorpusIsPresentWithItsFacts() throws IOException {
		assumeTrue(Files.isDirectory(DEVSET), "the dev corpus is not beside this checkout");
		int checked = 0;
		for (Path file : goldFiles()) {
			String number = file.getFileName().toString().substring(0, 3);
			JsonNode gold = JSON.readTree(file.toFile());
			String article = "launch-dev-" + number;
			assertThat(ARTICLES.get(article).get("url").asString()).isEqualTo(gold.get("url").asString());
			assertThat(ARTICLES.get(article).get("published").asString()).isEqualTo(gold.get("published").asString());
			for (String group : List.of("incidents", "enforcement", "statistics")) {
				for (int i = 0; i < gold.get(group).size(); i++) {
					String id = group.charAt(0) + Integer.toString(i + 1);
					String key = MERGED.getOrDefault(number, Map.of()).getOrDefault(id, article + "-" + id);
					JsonNode record = RECORDS.get(key);
					JsonNode g = gold.get(group).get(i);
					assertThat(record).as("%s %s %s", number, id, g.get("note")).isNotNull();
					// a record several articles report combines what they say: the most
					// precise date and place any gives
					boolean merged = record.get("sources").size() > 1;
					assertThat(record.get("sources")).as("%s lists %s", key, article)
						.anySatisfy(s -> assertThat(s.asString()).isEqualTo(article));
					if (group.equals("statistics")) {
						assertThat(record.get("metric").asString()).as(key).isEqualTo(g.get("metric").asString());
						assertThat(record.get("value").decimalValue()).as(key)
							.isEqualByComparingTo(g.get("value").decimalValue());
					}
					else {
						assertEventFacts(key, record, g, merged);
					}
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(200);
	}

	private static void assertEventFacts(String key, JsonNode record, JsonNode gold, boolean merged) {
		String type = gold.get("type").asString();
		String expected = switch (type) {
			// types the atlas does not have: a warrant is recorded as an arrest, a
			// detention hearing as a trial
			case "arrest_warrant" -> "arrest";
			case "court_hearing" -> "trial";
			default -> type;
		};
		if (merged && type.equals("homicide")) {
			// "homicide" is the reader's word when one article does not say how; another
			// may say shot dead
			assertThat(record.get("type").asString()).as(key).isIn("homicide", "shooting", "assault");
		}
		else {
			assertThat(record.get("type").asString()).as(key).isEqualTo(expected);
		}
		DateRange goldDate = DateRange.parse(text(gold, "date"));
		DateRange date = DateRange.parse(text(record, "date"));
		if (merged) {
			assertThat(!goldDate.isKnown()
					|| date.isKnown() && !date.from().isAfter(goldDate.to()) && !goldDate.from().isAfter(date.to()))
				.as("%s: %s overlaps the gold %s", key, date, goldDate)
				.isTrue();
		}
		else {
			assertThat(date).as("%s keeps the gold date", key).isEqualTo(goldDate);
		}
		for (String count : List.of("killed", "injured")) {
			if (gold.has(count) && !gold.get(count).isNull()) {
				assertThat(record.get(count).asInt()).as("%s %s", key, count).isEqualTo(gold.get(count).asInt());
			}
			else if (!merged && gold.has(count)) {
				assertThat(record.get(count) == null || record.get(count).isNull())
					.as("%s: %s not reported stays null", key, count)
					.isTrue();
			}
		}
		assertPlace(key, record, gold, merged);
	}

	/**
	 * The record's place is the gold's place (or, where sources are combined, contains it
	 * or lies within it).
	 */
	private static void assertPlace(String key, JsonNode record, JsonNode gold, boolean merged) {
		String country = text(gold, "country");
		String city = text(gold, "city");
		String district = text(gold, "district");
		String region = text(gold, "region");
		Place place = text(record, "place") == null ? null
				: GAZETTEER.places()
					.stream()
					.filter(p -> p.key().equals(text(record, "place")))
					.findFirst()
					.orElseThrow();
		String precision = text(record, "precision");
		if (country == null) {
			assertThat(place).as("%s: no country, no place", key).isNull();
			return;
		}
		String recordCountry = place != null ? place.countryCode() : text(record, "country");
		assertThat(recordCountry).as(key).isEqualTo(country);
		if (city == null && district == null && region == null) {
			if (!merged) {
				assertThat(precision).as("%s: a country-only record stays at country precision", key)
					.isEqualTo("country");
			}
			return;
		}
		if (place == null) {
			assertThat(text(record, "locality")).as(key).isEqualTo(city);
			return;
		}
		List<Place> named = district != null ? named(district, city, country)
				: city != null ? named(city, null, country) : named(region, null, country);
		assertThat(named).as("%s: the gazetteer knows %s/%s/%s", key, city, district, region).isNotEmpty();
		boolean related = named.stream()
			.anyMatch(n -> n.equals(place)
					|| merged && (GAZETTEER.lineage(n).contains(place) || GAZETTEER.lineage(place).contains(n)));
		assertThat(related).as("%s at %s for gold %s/%s/%s", key, place.key(), city, district, region).isTrue();
		if (!merged) {
			String expected = district != null ? "district" : city != null ? "city" : "region";
			assertThat(precision).as("%s at the gold's precision", key).isEqualTo(expected);
		}
	}

	private static List<Place> named(String name, String city, String country) {
		List<Place> found = byName(name, country);
		return found.isEmpty() && city != null ? byName(city + " " + name, country) : found;
	}

	private static List<Place> byName(String name, String country) {
		String normalized = PlaceNames.normalize(name);
		return GAZETTEER.names()
			.stream()
			.filter(n -> PlaceNames.normalize(n.name()).equals(normalized))
			.map(PlaceCatalog.PlaceName::place)
			.filter(p -> p.countryCode().equals(country))
			.distinct()
			.toList();
	}

	/**
	 * The articles belong to their publishers: no summary, note or source note repeats
	 * eight words in a row of any excerpt or launch article, nor of the gold files' notes
	 * (which quote the articles).
	 */
	@Test
	void noTextIsCopiedFromTheArticlesOrTheirGoldNotes() throws IOException {
		assumeTrue(Files.isDirectory(DEVSET), "the dev corpus is not beside this checkout");
		Set<String> shingles = new HashSet<>();
		for (Path folder : Files.isDirectory(SEEDS) ? List.of(DEVSET, SEEDS) : List.of(DEVSET)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
					shingles.addAll(shingles(Files.readString(file)));
				}
			}
		}
		for (Path file : goldFiles()) {
			JsonNode gold = JSON.readTree(file.toFile());
			for (String group : List.of("incidents", "enforcement", "statistics")) {
				gold.get(group).forEach(g -> shingles.addAll(shingles(text(g, "note"))));
			}
			gold.get("not_incidents").forEach(n -> shingles.addAll(shingles(n.asString())));
		}
		assertThat(shingles).hasSizeGreaterThan(10_000);
		RECORDS.forEach((key, record) -> {
			for (String field : List.of("summary", "note", "sourceNote")) {
				if (record.has(field)) {
					record.get(field).properties().forEach(e -> {
						Set<String> copied = new HashSet<>(shingles(e.getValue().asString()));
						copied.retainAll(shingles);
						assertThat(copied).as("%s %s %s repeats an article's words", key, field, e.getKey()).isEmpty();
					});
				}
			}
		});
	}

	/** Runs of eight words, lower case, without accents or punctuation. */
	static Set<String> shingles(String text) {
		if (text == null) {
			return Set.of();
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		String[] words = plain.split("[^\\p{L}\\p{N}]+");
		List<String> kept = Stream.of(words).filter(w -> !w.isEmpty()).toList();
		Set<String> shingles = new HashSet<>();
		for (int i = 0; i + 8 <= kept.size(); i++) {
			shingles.add(String.join(" ", kept.subList(i, i + 8)));
		}
		return shingles;
	}

	@Test
	void theShingleCheckWouldCatchACopiedSentence() {
		String article = "The blast went off at about 4am on Sunday morning in the Lange Lozanastraat, near the Zuidstation.";
		assertThat(shingles("Police said the blast went off at about 4am on Sunday morning in the south of Antwerp."))
			.containsAnyElementsOf(shingles(article));
		assertThat(shingles("Around 4 a.m. a grenade exploded in a street near the Zuidstation."))
			.doesNotContainAnyElementsOf(shingles(article));
	}

	private static List<Path> goldFiles() throws IOException {
		try (Stream<Path> files = Files.list(DEVSET)) {
			return files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
		}
	}

	private static String text(JsonNode node, String field) {
		return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
	}

}
