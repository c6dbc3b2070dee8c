package org.incidentatlas.api.map;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.incidentatlas.map.MapCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/map: clusters aggregated in PostgreSQL, with counts that add up. */
@FixedDataTest
class MapApiTest {

	static final String WORLD = "-180,-85,180,85";

	static final String BENELUX = "2.5,49.4,7.3,53.6";

	@Autowired
	org.incidentatlas.incident.DataVersion dataVersion;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MapCells cells;

	private String map(String query) throws Exception {
		return mvc.perform(get(URI.create("/api/map?" + query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Incidents located only to a country or region, which the map lists by area instead
	 * of drawing.
	 */
	private static long somewhere(String json) {
		return JsonPath.<List<Number>>read(json, "$.areas[*].count").stream().mapToLong(Number::longValue).sum();
	}

	private static long sumOfCounts(String json) {
		List<Number> counts = JsonPath.read(json, "$.features[*].properties.count");
		return counts.stream().mapToLong(Number::longValue).sum();
	}

	@ParameterizedTest(name = "zoom {0}")
	@CsvSource({ "2", "5", "8", "11", "14", "17" })
	void clusterCountsAreExactAndAddUpToTheFilterTotal(int zoom) throws Exception {
		String json = map("family=all&bbox=" + WORLD + "&zoom=" + zoom);
		long total = ((Number) JsonPath.read(json, "$.total")).longValue();
		long unlocated = ((Number) JsonPath.read(json, "$.unlocated.count")).longValue();
		long shown = ((Number) JsonPath.read(json, "$.shown")).longValue();
		assertThat(total).isEqualTo(17);
		assertThat(sumOfCounts(json)).isEqualTo(shown).isEqualTo(total - unlocated - somewhere(json));
	}

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "bbox=" + WORLD + "&zoom=5",
			"bbox=" + BENELUX + "&zoom=8", "city=Belgium&bbox=" + BENELUX + "&zoom=8", "bbox=" + BENELUX + "&zoom=18" })
	void incidentsKnownOnlyToACountryOrRegionAreListedByAreaAndNeverClustered(String query) throws Exception {
		String json = map(query);
		Map<String, Integer> areas = new java.util.HashMap<>();
		JsonPath.<List<Map<String, Object>>>read(json, "$.areas")
			.forEach(a -> areas.put((String) a.get("key"), (Integer) a.get("count")));
		// the body found somewhere in Belgium and the kidnapping plot: Belgium only; the
		// mutilated teenager: East Flanders
		assertThat(areas).containsEntry("be", 2).containsEntry("be-prov-oost-vlaanderen", 1);
		if (!query.startsWith("city=")) {
			assertThat(areas).containsEntry("nl", 1);
		}
		assertThat(JsonPath.<List<String>>read(json, "$.areas[?(@.key == 'be')].name")).containsExactly("Belgium");
		// nothing is drawn at Belgium's centre, where the country-only incidents used to
		// make a cluster
		List<List<Number>> points = JsonPath.read(json, "$.features[*].geometry.coordinates");
		assertThat(points).noneMatch(p -> Math.abs(p.get(0).doubleValue() - 4.668) < 0.01
				&& Math.abs(p.get(1).doubleValue() - 50.641) < 0.01);
		long vague = jdbc.queryForObject("""
				select count(*) from incident where status = 'PUBLISHED' and family = 'VIOLENCE'
				and public_geo_precision in ('COUNTRY', 'REGION')""", Long.class);
		if (query.contains(WORLD)) {
			assertThat(areas.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(vague);
		}
	}

	@Test
	void lowZoomsGroupMoreThanHighZoomsAndStreetZoomsShowSingleIncidents() throws Exception {
		int low = JsonPath.<List<?>>read(map("bbox=" + BENELUX + "&zoom=4"), "$.features").size();
		int middle = JsonPath.<List<?>>read(map("bbox=" + BENELUX + "&zoom=9"), "$.features").size();
		assertThat(low).isLessThan(middle);
		// central Antwerp at street zoom: the Osystraat explosion and the Merksem
		// shooting, each alone
		String antwerp = map("bbox=4.40,51.21,4.45,51.25&zoom=15");
		assertThat(JsonPath.<List<String>>read(antwerp, "$.features[*].properties.kind")).containsOnly("incident");
		assertThat(JsonPath.<List<String>>read(antwerp, "$.features[*].properties.incident.type"))
			.containsExactlyInAnyOrder("explosion", "shooting");
	}

	@Test
	void incidentsSharingOneSpotStayOneClusterAtAnyZoom() throws Exception {
		for (int zoom : new int[] { 12, 16, 19 }) {
			String brussels = map("bbox=4.34,50.84,4.36,50.85&zoom=" + zoom);
			List<Map<String, Object>> clusters = JsonPath.read(brussels, "$.features[*].properties");
			assertThat(clusters).as("zoom %d", zoom).singleElement().satisfies(c -> {
				assertThat(c.get("kind")).isEqualTo("cluster");
				assertThat(c.get("count")).isEqualTo(2);
				assertThat(c.get("sameSpot")).isEqualTo(true);
			});
		}
	}

	@Test
	void aSingleIncidentCarriesWhatItsMarkerNeeds() throws Exception {
		String json = map("type=explosion&bbox=" + BENELUX + "&zoom=12");
		mvc.perform(get(URI.create("/api/map?type=explosion&bbox=" + BENELUX + "&zoom=12")))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[0].type").value("Feature"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
			.andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(4.416))
			.andExpect(jsonPath("$.features[0].geometry.coordinates[1]").value(51.223))
			.andExpect(jsonPath("$.features[0].properties.incident.type").value("explosion"))
			.andExpect(jsonPath("$.features[0].properties.incident.precision").value("street"))
			.andExpect(jsonPath("$.features[0].properties.incident.date").value("2 April 2023"))
			.andExpect(jsonPath("$.features[0].properties.incident.killed").doesNotExist());
		assertThat(json.length()).isLessThan(100_000);
	}

	@Test
	void theBoundingBoxLimitsWhatIsShownButNotWhatMatches() throws Exception {
		String antwerp = map("bbox=4.2,51.1,4.6,51.4&zoom=11");
		assertThat(((Number) JsonPath.read(antwerp, "$.total")).longValue()).isEqualTo(9);
		assertThat(((Number) JsonPath.read(antwerp, "$.shown")).longValue()).isEqualTo(2);
		String nowhere = map("bbox=-10,-10,-5,-5&zoom=8");
		assertThat(((Number) JsonPath.read(nowhere, "$.shown")).longValue()).isZero();
	}

	@ParameterizedTest(name = "{0} shows {1}")
	@CsvSource({ "city=Antwerp, 2", "city=Bruxelles, 2", "type=explosion, 1", "year=2022, 3", "minKilled=1, 5",
			"q=metro, 1", "from=2025-01-01, 2", "to=2020-12-31, 1", "family=enforcement, 7",
			"city=Antwerp&type=shooting&year=2023, 1" })
	void everyFilterAppliesToTheMap(String filter, long expected) throws Exception {
		String json = map(filter + "&bbox=" + BENELUX + "&zoom=6");
		// every matching incident of the box is drawn, or listed by area when known only
		// to a country or region
		assertThat(((Number) JsonPath.read(json, "$.shown")).longValue() + somewhere(json)).isEqualTo(expected);
		assertThat(sumOfCounts(json)).isEqualTo(((Number) JsonPath.read(json, "$.shown")).longValue());
	}

	@ParameterizedTest(name = "{0} is refused naming {1}")
	@CsvSource(delimiter = '|',
			value = { "bbox=2.5,49.4,7.3,53.6&zoom=99 | zoom", "bbox=2.5,49.4,7.3,53.6&zoom=-1 | zoom",
					"bbox=2.5,49.4,7.3,53.6&zoom=abc | zoom", "bbox=2.5,49.4,7.3,53.6 | zoom", "zoom=7 | bbox",
					"bbox=0,-95,10,95&zoom=7 | bbox", "bbox=10,40,0,50&zoom=7 | bbox", "bbox=1,2,3&zoom=7 | bbox",
					"bbox=a,b,c,d&zoom=7 | bbox", "bbox=-200,40,0,50&zoom=7 | bbox",
					"bbox=2.5,49.4,7.3,53.6&zoom=7&minKilled=-1 | minKilled",
					"bbox=2.5,49.4,7.3,53.6&zoom=7&type=unicorn | type" })
	void badParametersGetA400NamingTheParameter(String query, String parameter) throws Exception {
		mvc.perform(get(URI.create("/api/map?" + query)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value(parameter));
	}

	@Test
	void aClusterThatSharesOneSpotListsItsIncidents() throws Exception {
		mvc.perform(get(URI.create("/api/map/spot?lat=50.846&lon=4.352")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].place").value("Brussels, Belgium"));
		mvc.perform(get(URI.create("/api/map/spot?lat=95&lon=4.352")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("lat"));
	}

	@Test
	@Transactional
	void incidentsWithoutCoordinatesAreCountedAndListedNotDropped() throws Exception {
		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, geo_precision, summary, status)
						values ('ARSON', date '2024-03-01', date '2024-03-31', 'MONTH', 'UNKNOWN', 'A car set alight, place not reported', 'PUBLISHED')""");
		dataVersion.forget();
		String json = map("bbox=" + BENELUX + "&zoom=7");
		assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).isEqualTo(10);
		assertThat(((Number) JsonPath.read(json, "$.unlocated.count")).longValue()).isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(json, "$.unlocated.first[*].type")).containsExactly("arson");
		assertThat(sumOfCounts(json) + somewhere(json)).isEqualTo(9);
	}

	@Test
	@Transactional
	void aHiddenLocationIsShownAtItsDistrictWithoutItsStreet() throws Exception {
		Integer merksem = jdbc.queryForObject("select id from place where key = 'be-antwerpen-merksem'", Integer.class);
		Long id = jdbc.queryForObject(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, place_id, street, latitude, longitude,
						                      geo_precision, location_hidden, summary, status)
						values ('SHOOTING', date '2024-06-01', date '2024-06-01', 'DAY', 'BE', ?, 'Victim''s street 12', 51.2501, 4.4480,
						        'STREET', true, 'Shots at a home', 'PUBLISHED') returning id""",
				Long.class, merksem);
		dataVersion.forget();
		mvc.perform(get("/api/incidents/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place.street").isEmpty())
			.andExpect(jsonPath("$.place.lat").value(51.245))
			.andExpect(jsonPath("$.place.lon").value(4.442))
			.andExpect(jsonPath("$.place.precision").value("district"))
			.andExpect(jsonPath("$.place.locationHidden").value(true));
		String json = map("year=2024&bbox=" + BENELUX + "&zoom=16");
		assertThat(JsonPath.<List<Double>>read(json, "$.features[0].geometry.coordinates")).containsExactly(4.442,
				51.245);
		assertThat(json).doesNotContain("51.2501").doesNotContain("Victim");
	}

}
