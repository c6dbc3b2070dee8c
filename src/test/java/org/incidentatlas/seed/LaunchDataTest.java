package org.incidentatlas.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.IncidentView;
import org.incidentatlas.time.DatePrecision;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class LaunchDataTest {

	/** The launch articles' human-coded records, beside the repository in CI. */
	static final Path SEEDS = Path.of("../shared/seeds");

	@Autowired
	IncidentQueries incidents;

	@Autowired
	IncidentFilterParser filters;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LaunchDataLoader loader;

	@Test
	void everyLaunchIncidentEnforcementEventAndStatisticIsLoaded() {
		assertThat(count("select count(*) from incident where external_key like 'launch-%' and family = 'VIOLENCE'")).isEqualTo(9);
		assertThat(count("select count(*) from incident where external_key like 'launch-%' and family = 'ENFORCEMENT'")).isEqualTo(8);
		assertThat(count("select count(*) from reported_statistic where external_key like 'launch-%'")).isEqualTo(11);
		assertThat(count("select count(*) from article where external_key like 'launch-%'")).isEqualTo(3);
		assertThat(count("select count(*) from article where full_text is not null")).as("no article text is stored").isZero();
	}

	@Test
	void theMerksemShootingIsAtDistrictPrecisionInAntwerp() {
		IncidentView merksem = launch("launch-2023-merksem-girl-killed");
		assertThat(merksem.location().precision()).isEqualTo(GeoPrecision.DISTRICT);
		assertThat(merksem.location().district()).isEqualTo("Merksem");
		assertThat(merksem.location().city()).isEqualTo("Antwerp");
		assertThat(merksem.date().precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(merksem.killed()).isEqualTo(1);
		assertThat(merksem.injured()).as("not reported stays null, never 0").isNull();
		assertThat(merksem.victims()).singleElement().satisfies(v -> {
			assertThat(v.age()).isEqualTo(11);
			assertThat(v.minor()).isTrue();
		});
	}

	@Test
	void theHolidayHomeKillingIsAtCountryPrecisionWithNoInventedCity() {
		IncidentView tijn = launch("launch-2025-holiday-home-dismembered-body");
		assertThat(tijn.location().precision()).isEqualTo(GeoPrecision.COUNTRY);
		assertThat(tijn.location().city()).isNull();
		assertThat(tijn.location().region()).isNull();
		assertThat(tijn.location().countryCode()).isEqualTo("BE");
		assertThat(tijn.sources()).as("both articles report it, once").hasSize(2);
	}

	@Test
	void theOsystraatExplosionIsKnownToTheDayAndTheStreet() {
		IncidentView explosion = launch("launch-2023-04-02-antwerp-osystraat-explosion");
		assertThat(explosion.date().compact()).isEqualTo("2023-04-02");
		assertThat(explosion.date().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(explosion.location().street()).startsWith("Osystraat");
		assertThat(explosion.location().precision()).isEqualTo(GeoPrecision.STREET);
	}

	@Test
	void loadingTwiceAddsNothing() {
		long before = count("select count(*) from incident") + count("select count(*) from reported_statistic")
				+ count("select count(*) from article") + count("select count(*) from incident_source");
		loader.afterSingletonsInstantiated();
		long after = count("select count(*) from incident") + count("select count(*) from reported_statistic")
				+ count("select count(*) from article") + count("select count(*) from incident_source");
		assertThat(after).isEqualTo(before);
	}

	@Test
	void theReportedBrusselsFiguresKeepEverySourceAndBothDisagreeingCounts() {
		assertThat(count("""
				select count(*) from statistic_source ss join reported_statistic s on s.id = ss.statistic_id
				where s.external_key = 'launch-stat-brussels-2024-shootings'""")).isEqualTo(2);
		assertThat(jdbc.queryForList("""
				select value::int from reported_statistic
				where metric = 'SHOOTINGS' and place_label = 'Brussels' and period_precision = 'YEAR'
				  and period_from = date '2025-01-01' order by value""", Integer.class)).containsExactly(57, 60);
	}

	/** Every incident a careful reader coded from the launch articles is in the atlas, once, at its precision. */
	@Test
	void everyGoldIncidentOfTheLaunchArticlesIsPresentOnceWithItsPrecision() throws IOException {
		assumeTrue(Files.isDirectory(SEEDS), "the launch articles are not beside this checkout");
		JsonMapper json = JsonMapper.builder().build();
		List<IncidentView> all = incidents.find(filters.parse(Map.of("family", new String[] { "all" })), 0, 200).items();
		List<JsonNode> gold = new ArrayList<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
				JsonNode root = json.readTree(file.toFile());
				root.get("incidents").forEach(gold::add);
				root.get("enforcement").forEach(gold::add);
			}
		}
		assertThat(gold).isNotEmpty();
		for (JsonNode g : gold) {
			String type = g.get("type").asString();
			String date = g.get("date").isNull() ? "" : g.get("date").asString();
			String country = g.get("country").asString();
			String city = text(g, "city");
			String district = text(g, "district");
			List<IncidentView> matches = all.stream()
				.filter(i -> i.type().token().equals(type))
				.filter(i -> i.date().compact().equals(date))
				.filter(i -> Objects.equals(i.location().countryCode(), country))
				.filter(i -> city == null || city.equals(i.location().city()) || i.location().locality() != null
						&& i.location().locality().startsWith(city.substring(0, 4)))
				.filter(i -> district == null || district.equals(i.location().district()))
				.toList();
			assertThat(matches).as("gold %s %s %s %s: %s", type, date, country, city, g.get("note")).isNotEmpty();
			if (g.has("killed") && !g.get("killed").isNull()) {
				assertThat(matches).anySatisfy(i -> assertThat(i.killed()).isEqualTo(g.get("killed").asInt()));
			}
			if (city == null && text(g, "region") == null) {
				assertThat(matches).as("no invented city for %s", g.get("note"))
					.allSatisfy(i -> assertThat(i.location().city()).isNull());
			}
		}
		// 002 and 003 report the same four incidents: they are one incident each, with two sources
		long doubleSourced = all.stream().filter(i -> i.sources().size() == 2).count();
		assertThat(doubleSourced).isEqualTo(5);
	}

	private static String text(JsonNode node, String field) {
		return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
	}

	private IncidentView launch(String key) {
		Long id = jdbc.queryForObject("select id from incident where external_key = ?", Long.class, key);
		return incidents.findPublished(id).orElseThrow();
	}

	private long count(String sql) {
		return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
	}

}
