package org.incidentatlas.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.QualityGate;
import org.incidentatlas.article.ArticleRepository;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.IncidentFamily;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.IncidentRepository;
import org.incidentatlas.incident.IncidentView;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.statistic.ReportedStatistics;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The loader, on fixed records of its own (src/test/resources/launch-fixture) that do not
 * change when the launch data does, and the launch articles' human-coded records against
 * what the atlas holds. No test here counts the launch data.
 */
@IntegrationTest
class LaunchDataTest {

	/** The launch articles' human-coded records, beside the repository in CI. */
	static final Path SEEDS = Path.of("../shared/seeds");

	@Autowired
	org.incidentatlas.incident.DataVersion dataVersion;

	@Autowired
	IncidentQueries incidents;

	@Autowired
	IncidentFilterParser filters;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LaunchDataLoader loader;

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceLoader resources;

	@Autowired
	JsonMapper json;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	ArticleRepository articles;

	@Autowired
	IncidentRepository incidentRepository;

	@Autowired
	ReportedStatistics reportedStatistics;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.incidentatlas.incident.IncidentEditor incidentEditor;

	@Autowired
	AuditTrail audit;

	@Autowired
	org.incidentatlas.map.MapCells mapCells;

	@BeforeEach
	void loadTheFixture() {
		loaderOf("classpath:launch-fixture/*.json").afterSingletonsInstantiated();
	}

	/**
	 * Other tests on this database see the launch data only: the fixture goes again, with
	 * its audit rows.
	 */
	@AfterEach
	void removeTheFixture() {
		jdbc.update(
				"""
						delete from audit_event where entity = 'INCIDENT' and entity_id in (select id from incident where external_key like 'fixture-%')
						   or entity = 'STATISTIC' and entity_id in (select id from reported_statistic where external_key like 'fixture-%')""");
		jdbc.update("delete from incident where external_key like 'fixture-%'");
		jdbc.update("delete from reported_statistic where external_key like 'fixture-%'");
		jdbc.update("delete from article where external_key like 'fixture-%'");
		dataVersion.forget();
	}

	private LaunchDataLoader loaderOf(String... locations) {
		return new LaunchDataLoader(new LaunchDataProperties(true, List.of(locations)), resources, json, gazetteer,
				articles, incidentRepository, reportedStatistics, transaction, audit, incidentEditor);
	}

	@Test
	void aRecordsCodingIsReadKindTargetTimeOfDayAndGroups() {
		loaderOf("classpath:launch-fixture-coding/*.json").afterSingletonsInstantiated();
		IncidentView explosion = record("fixture-coded-explosion");
		assertThat(explosion.coding().subtype()).isEqualTo(org.incidentatlas.incident.IncidentSubtype.GRENADE);
		assertThat(explosion.coding().target()).isEqualTo(org.incidentatlas.incident.IncidentTarget.HOME);
		assertThat(explosion.coding().time().part()).isEqualTo(org.incidentatlas.incident.TimeOfDay.NIGHT);
		assertThat(explosion.coding().time().time()).isEqualTo(java.time.LocalTime.of(3, 15));
		// a group both as an actor (with its role) and in groups is named once, with its
		// role
		assertThat(explosion.actors()).extracting(IncidentView.ActorView::name)
			.containsExactlyInAnyOrder("Fixture Crew", "Other Fixture Group");
		assertThat(explosion.actors()).filteredOn(a -> a.name().equals("Fixture Crew"))
			.singleElement()
			.extracting(IncidentView.ActorView::role)
			.isEqualTo(org.incidentatlas.incident.Actor.Role.PERPETRATOR);
		// a record without coding stays uncoded: null is "not said", never a guess
		assertThat(record("fixture-street-explosion").coding().isEmpty()).isTrue();
	}

	@Test
	void codingThatDoesNotReadIsRefusedBeforeAnythingIsWritten() {
		long before = everything();
		assertThatThrownBy(() -> loaderOf("classpath:launch-fixture-bad-coding/*.json").afterSingletonsInstantiated())
			.hasMessageContaining("fixture-bad-kind: grenade is not a sub-type of shooting")
			.hasMessageContaining("fixture-bad-target: 'spaceship' is not a target")
			.hasMessageContaining("fixture-bad-target: time of day");
		assertThat(everything()).isEqualTo(before);
	}

	@Test
	void aDistrictRecordSitsAtTheDistrictCentroidWithItsVictimAndNothingInvented() {
		IncidentView shooting = record("fixture-district-shooting");
		assertThat(shooting.location().precision()).isEqualTo(GeoPrecision.DISTRICT);
		assertThat(shooting.location().district()).isEqualTo("Berendrecht-Zandvliet-Lillo");
		assertThat(shooting.location().city()).isEqualTo("Antwerp");
		var district = gazetteer.byKey("be-antwerpen-berendrecht-zandvliet-lillo").orElseThrow();
		assertThat(shooting.location().latitude()).isEqualTo(district.latitude());
		assertThat(shooting.date().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(shooting.killed()).isEqualTo(1);
		assertThat(shooting.injured()).as("not reported stays null, never 0").isNull();
		assertThat(shooting.victims()).singleElement().satisfies(v -> {
			assertThat(v.age()).isEqualTo(11);
			assertThat(v.minor()).isTrue();
		});
	}

	@Test
	void aCountryRecordHasNoInventedCityAndARecordWithNoPlaceHasNoPoint() {
		IncidentView homicide = record("fixture-country-homicide");
		assertThat(homicide.location().precision()).isEqualTo(GeoPrecision.COUNTRY);
		assertThat(homicide.location().city()).isNull();
		assertThat(homicide.location().region()).isNull();
		assertThat(homicide.location().countryCode()).isEqualTo("BE");

		IncidentView arrest = record("fixture-arrest-nowhere");
		assertThat(arrest.type().family()).isEqualTo(IncidentFamily.ENFORCEMENT);
		assertThat(arrest.location().countryCode()).isNull();
		assertThat(arrest.location().latitude()).isNull();
		assertThat(arrest.location().precision()).isEqualTo(GeoPrecision.UNKNOWN);
		assertThat(arrest.date().isKnown()).isFalse();
	}

	@Test
	void aStreetRecordIsKnownToTheDayAndTheStreet() {
		IncidentView explosion = record("fixture-street-explosion");
		assertThat(explosion.date().compact()).isEqualTo("1999-03-20");
		assertThat(explosion.date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(explosion.location().street()).isEqualTo("Fixturestraat");
		assertThat(explosion.location().precision()).isEqualTo(GeoPrecision.STREET);
	}

	@Test
	void anEventTwoArticlesReportIsOneIncidentWithBothSourcesAndWhatTheyDisagreeOn() {
		assertThat(count("select count(*) from incident where external_key = 'fixture-two-sources'")).isEqualTo(1);
		IncidentView arson = record("fixture-two-sources");
		assertThat(arson.sources()).extracting(IncidentView.SourceView::title)
			.containsExactlyInAnyOrder("Fixture: a night of shots in the port", "Fixture: schoten in de nacht");
		assertThat(arson.sources()).allSatisfy(s -> assertThat(s.safeUrl()).startsWith("https://fixture.example.org/"));
		assertThat(arson.sourceNote()).isEqualTo("Fixture: one article says one car, the other two.");
		assertThat(arson.sources()).anySatisfy(s -> {
			assertThat(s.published().precision()).as("a month-only publication date keeps its precision")
				.isEqualTo(DatePrecision.MONTH);
			assertThat(s.language()).isEqualTo("en");
		});
	}

	@Test
	void theIncidentPageShowsTheReadersLanguageWithTheSourceNoteAndLinksEachSource() throws Exception {
		long id = id("fixture-two-sources");
		String dutch = mvc.perform(get("/incidents/" + id).param("lang", "nl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dutch).contains("Fixture: in Charlois werd een auto in brand gestoken.")
			.contains("Fixture: het ene artikel spreekt van één auto, het andere van twee.")
			.contains("Waar de bronnen verschillen")
			.doesNotContain("Fixture: a car was set on fire in Charlois.");
		String french = mvc.perform(get("/incidents/" + id).param("lang", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(french).as("no French summary: the English one, marked as English")
			.contains("lang=\"en\">Fixture: a car was set on fire in Charlois.")
			.contains("Fixture: one article says one car, the other two.");
		String english = mvc.perform(get("/incidents/" + id).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("href=\"https://fixture.example.org/1999/03/shots\"")
			.contains("href=\"https://fixture.example.org/nl/1999/03/21/schoten\"")
			.contains("Fixture Times")
			.contains("Fixture Nieuws")
			.contains("March 1999")
			.doesNotContainPattern("\\b1 March 1999")
			.contains("21 March 1999");
		String agreed = mvc.perform(get("/incidents/" + id("fixture-street-explosion")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(agreed).as("no note where the sources agree").doesNotContain("Where the sources disagree");
	}

	@Test
	void theArticlePageLinksTheArticleAndListsItsIncidentsInTheReadersLanguage() throws Exception {
		long article = Objects.requireNonNull(
				jdbc.queryForObject("select id from article where external_key = 'fixture-article-nl'", Long.class));
		String page = mvc.perform(get("/articles/" + article).param("lang", "nl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"https://fixture.example.org/nl/1999/03/21/schoten\"")
			.contains("Fixture Nieuws")
			.contains("Nederlands")
			.contains("21 maart 1999")
			.contains("Fixture: in Charlois werd een auto in brand gestoken.");
	}

	@Test
	void theApiGivesTheSummaryAndSourceNoteInEveryLanguageWritten() throws Exception {
		String body = mvc.perform(get("/api/incidents/" + id("fixture-two-sources")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode incident = json.readTree(body);
		assertThat(incident.get("summary").asString()).isEqualTo("Fixture: a car was set on fire in Charlois.");
		assertThat(incident.get("summaries").get("nl").asString())
			.isEqualTo("Fixture: in Charlois werd een auto in brand gestoken.");
		assertThat(incident.get("sourceNote").asString())
			.isEqualTo("Fixture: one article says one car, the other two.");
		assertThat(incident.get("sourceNotes").get("nl").asString()).startsWith("Fixture: het ene artikel");
		assertThat(incident.get("sources")).allSatisfy(s -> assertThat(s.get("url").asString()).startsWith("https://"));
	}

	@Test
	void aFigureOverSeveralMonthsKeepsItsSpanAndItsNoteInEachLanguage() throws Exception {
		Map<String, Object> figure = jdbc.queryForMap("""
				select period_from, period_to, period_precision, metric, qualifier, note from reported_statistic
				where external_key = 'fixture-span-figure'""");
		assertThat(figure.get("period_from").toString()).isEqualTo("1999-01-01");
		assertThat(figure.get("period_to").toString()).isEqualTo("1999-07-31");
		assertThat(figure).containsEntry("period_precision", "MONTH")
			.containsEntry("metric", "LIQUIDATIONS")
			.containsEntry("qualifier", "AT_LEAST");
		String body = mvc.perform(get("/api/stats/cities").param("year", "1999").param("lang", "nl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Fixture: liquidaties van januari tot juli 1999.")
			.contains("Januari 1999 – Juli 1999");
	}

	/**
	 * The overview names every article the data rests on and counts, per place and year,
	 * how many were read.
	 */
	@Test
	void theOverviewSaysWhereTheDataComesFromAndHowMuchOfEachPlaceAndYearItCovers() throws Exception {
		String html = mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select(".coverage-warning").text()).contains("Not a complete count");
		List<Long> ids = jdbc.queryForList("select id from article", Long.class);
		assertThat(page.select("#sources details.source-list a[href^=/articles/]").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "/articles/" + id).toList());
		assertThat(page.select("#sources details.source-list a.external").eachAttr("href"))
			.contains("https://fixture.example.org/1999/03/shots")
			.allMatch(h -> h.matches("https?://.+"));
		org.jsoup.nodes.Element table = page.selectFirst("#sources table.coverage");
		List<String> years = table.select("thead th").eachText();
		int column = years.indexOf("1999");
		assertThat(column).as("a column for the fixture's year of publication").isPositive();
		// both fixture articles report the arson in Charlois, Rotterdam; nothing else was
		// published in 1999
		org.jsoup.nodes.Element rotterdam = table.select("tbody tr")
			.stream()
			.filter(r -> r.selectFirst("th").text().equals("Rotterdam"))
			.findFirst()
			.orElseThrow();
		assertThat(rotterdam.child(column).text()).isEqualTo("2");
		assertThat(table.selectFirst("tfoot tr").child(years.size() - 1).text())
			.isEqualTo(Integer.toString(ids.size()));
	}

	@Test
	void loadingTwiceAddsNothing() {
		long before = everything();
		loader.afterSingletonsInstantiated();
		loaderOf("classpath:launch-fixture/*.json").afterSingletonsInstantiated();
		assertThat(everything()).isEqualTo(before);
	}

	/**
	 * A record already loaded gains the sources and languages added to the files; the
	 * facts an editor may have corrected stay.
	 */
	@Test
	void aLaterVersionOfTheFilesAddsSourcesAndLanguagesButKeepsTheStoredFacts() {
		IncidentView before = record("fixture-district-shooting");
		loaderOf("classpath:launch-fixture-update/*.json").afterSingletonsInstantiated();
		loaderOf("classpath:launch-fixture-update/*.json").afterSingletonsInstantiated();
		IncidentView after = record("fixture-district-shooting");
		assertThat(after.sources()).extracting(IncidentView.SourceView::title)
			.containsExactlyInAnyOrder("Fixture: a night of shots in the port", "Fixture : des tirs dans la nuit");
		assertThat(after.summary()).isEqualTo(before.summary()).startsWith("Fixture: a girl of eleven");
		assertThat(after.date()).isEqualTo(before.date());
		assertThat(after.location().precision()).isEqualTo(GeoPrecision.DISTRICT);
		assertThat(after.summaryIn(java.util.Locale.FRENCH)).startsWith("Fixture : une fillette de onze ans");
		assertThat(count("""
				select count(*) from audit_event where entity = 'INCIDENT' and action = 'EDIT'
				and entity_id = %d and username = 'system:launch-data'""".formatted(after.id()))).isEqualTo(1);
	}

	@Test
	void filesThatWouldLoadHalfWayAreRefusedBeforeAnythingIsWritten() {
		long before = everything();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> loaderOf("classpath:launch-fixture/*.json", "classpath:launch-fixture-update/*.json",
					"classpath:launch-fixture/*.json")
				.read())
			.withMessageContaining("fixture-district-shooting is used twice");
		assertThat(everything()).isEqualTo(before);
	}

	/**
	 * Every incident a careful reader coded from the launch articles is in the atlas,
	 * once, at its precision.
	 */
	@Test
	void everyGoldIncidentOfTheLaunchArticlesIsPresentWithItsPrecision() throws IOException {
		QualityGate.require(Files.isDirectory(SEEDS), "the launch articles are not beside this checkout");
		List<IncidentView> all = incidents.find(filters.parse(Map.of("family", new String[] { "all" })), 0, 100_000)
			.items();
		Map<Long, String> launchArticles = jdbc
			.query("select id, external_key from article where external_key like 'launch-%'", rs -> {
				Map<Long, String> keys = new java.util.HashMap<>();
				while (rs.next()) {
					keys.put(rs.getLong(1), rs.getString(2));
				}
				return keys;
			});
		Map<String, List<JsonNode>> goldByArticle = new java.util.LinkedHashMap<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
				JsonNode root = json.readTree(file.toFile());
				List<JsonNode> records = new ArrayList<>();
				root.get("incidents").forEach(records::add);
				root.get("enforcement").forEach(records::add);
				goldByArticle.put("launch-" + file.getFileName().toString().substring(0, 3), records);
			}
		}
		assertThat(goldByArticle.values()).flatMap(l -> l).isNotEmpty();
		goldByArticle.forEach((article, gold) -> {
			for (JsonNode g : gold) {
				List<IncidentView> matches = all.stream()
					.filter(i -> i.sources().stream().anyMatch(s -> article.equals(launchArticles.get(s.articleId()))))
					.filter(i -> matches(i, g))
					.toList();
				assertThat(matches).as("gold %s %s: %s", article, g.get("type"), g.get("note")).isNotEmpty();
				if (g.has("killed") && !g.get("killed").isNull()) {
					assertThat(matches).anySatisfy(i -> assertThat(i.killed()).isEqualTo(g.get("killed").asInt()));
				}
				if (text(g, "city") == null && text(g, "region") == null) {
					assertThat(matches).as("no invented city for %s: only another source may give one", g.get("note"))
						.allSatisfy(i -> assertThat(i.location().city() == null || i.sources().size() > 1).isTrue());
				}
			}
		});
		// 002 and 003 report the same events: each is one incident that has both articles
		// among its sources
		Set<String> shared = goldByArticle.getOrDefault("launch-002", List.of())
			.stream()
			.map(LaunchDataTest::signature)
			.filter(s -> goldByArticle.getOrDefault("launch-003", List.of())
				.stream()
				.map(LaunchDataTest::signature)
				.anyMatch(s::equals))
			.collect(Collectors.toSet());
		assertThat(shared).isNotEmpty();
		for (JsonNode g : goldByArticle.get("launch-002")) {
			if (shared.contains(signature(g))) {
				List<IncidentView> both = all.stream()
					.filter(i -> matches(i, g))
					.filter(i -> i.sources()
						.stream()
						.map(s -> launchArticles.get(s.articleId()))
						.toList()
						.containsAll(List.of("launch-002", "launch-003")))
					.toList();
				assertThat(both).as("one incident for %s", g.get("note")).hasSize(1);
			}
		}
	}

	private static boolean matches(IncidentView i, JsonNode g) {
		String type = g.get("type").asString();
		boolean sameType = i.type().token().equals(type)
				// "homicide" is the reader's word when the article does not say how;
				// another source may say shot dead
				|| type.equals("homicide") && i.sources().size() > 1 && i.type().family() == IncidentFamily.VIOLENCE;
		DateRange gold = DateRange.parse(g.get("date").isNull() ? null : g.get("date").asString());
		boolean sameDate = gold.isKnown()
				? i.date().isKnown() && !i.date().from().isAfter(gold.to()) && !gold.from().isAfter(i.date().to())
				: !i.date().isKnown() || i.sources().size() > 1;
		String city = text(g, "city");
		String district = text(g, "district");
		return sameType && sameDate && Objects.equals(i.location().countryCode(), text(g, "country"))
				&& (city == null || city.equals(i.location().city())
						|| i.location().locality() != null && i.location().locality().startsWith(city.substring(0, 4)))
				&& (district == null || district.equals(i.location().district()));
	}

	private static String signature(JsonNode g) {
		return String.join("|", g.get("type").asString(), String.valueOf(text(g, "date")),
				String.valueOf(text(g, "city")), String.valueOf(text(g, "district")),
				String.valueOf(text(g, "region")));
	}

	@Test
	void disagreeingFiguresForOnePlaceAndPeriodAreKeptSideBySideEachWithItsSources() {
		assertThat(count("""
				select count(*) from statistic_source ss join reported_statistic s on s.id = ss.statistic_id
				where s.external_key = 'launch-stat-brussels-2024-shootings'""")).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForList("""
				select value::int from reported_statistic
				where metric = 'SHOOTINGS' and place_label = 'Brussels' and period_precision = 'YEAR'
				  and period_from = date '2025-01-01' order by value""", Integer.class)).contains(57, 60);
	}

	private static String text(JsonNode node, String field) {
		return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
	}

	private long id(String key) {
		return Objects
			.requireNonNull(jdbc.queryForObject("select id from incident where external_key = ?", Long.class, key));
	}

	private IncidentView record(String key) {
		return incidents.findPublished(id(key)).orElseThrow();
	}

	private long everything() {
		return count("select count(*) from incident") + count("select count(*) from reported_statistic")
				+ count("select count(*) from article") + count("select count(*) from incident_source")
				+ count("select count(*) from statistic_source") + count("select count(*) from incident_summary")
				+ count("select count(*) from statistic_summary");
	}

	private long count(String sql) {
		return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
	}

}
