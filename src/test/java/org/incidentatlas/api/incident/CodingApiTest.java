package org.incidentatlas.api.incident;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.FixedDataTest;
import org.incidentatlas.incident.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coding trackers use, over the API: sub-types, targets, times of day and groups in
 * the incident JSON, its filters and the exports, and repeat targets ("the third attack
 * in this street since 2023") that never count what the public may not see. The incidents
 * are committed, since exports stream on connections of their own.
 */
@FixedDataTest
class CodingApiTest {

	static final String SOURCE = """
			"sources": [{"url": "https://example.org/news/coding-api-test", "title": "A report for the coding tests",
			             "publisher": "Example News", "published": "2024-06-02"}]""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataVersion dataVersion;

	final List<Long> created = new ArrayList<>();

	long grenade;

	long shotsAtFacade;

	long hidden;

	long cobra;

	long elsewhere;

	@BeforeEach
	void aStreetHitAgainAndAgain() {
		grenade = insert("EXPLOSION", "2023-03-01", "be-antwerpen-borgerhout", "Proefstraat 12", false, "GRENADE",
				"HOME", "NIGHT", null, "PART_OF_DAY", "A grenade at a front door in Borgerhout");
		shotsAtFacade = insert("SHOOTING", "2024-05-10", "be-antwerpen", "proefstraat 14", false, "AT_BUILDING", "HOME",
				null, null, null, "Shots at a facade in Antwerp");
		hidden = insert("EXPLOSION", "2024-09-01", "be-antwerpen-borgerhout", "Proefstraat 12", true,
				"EXPLOSIVE_DEVICE", null, null, null, null, "An explosion at a family home, location withheld");
		cobra = insert("EXPLOSION", "2025-02-01", "be-antwerpen-borgerhout", "Proefstraat 12", false, "FIREWORKS_BOMB",
				"BUSINESS", "NIGHT", "03:15", "MINUTE", "A heavy firework against a shop in Borgerhout");
		elsewhere = insert("EXPLOSION", "2024-01-01", "be-gent", "Proefstraat 12", false, "GRENADE", "HOME", null, null,
				null, "A grenade in a street of the same name in Ghent");
		jdbc.update("insert into incident_actor (incident_id, name, role) values (?, 'Testgroep Noord', 'NAMED')",
				cobra);
		dataVersion.forget();
	}

	@AfterEach
	void removeThem() {
		created.addAll(jdbc.queryForList("select id from incident where summary like 'Coding API test:%'", Long.class));
		for (long id : created) {
			jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id = ?", id);
			jdbc.update("delete from incident where id = ?", id);
		}
		jdbc.update("delete from article where url like 'https://example.org/news/coding-api-test%'");
		dataVersion.forget();
	}

	private long insert(String type, String date, String placeKey, String street, boolean hidden, String subtype,
			String target, String part, String time, String precision, String summary) {
		long id = jdbc.queryForObject(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, place_id, street, latitude,
						                      longitude, geo_precision, location_hidden, summary, status, subtype, target, time_of_day,
						                      time_reported, time_precision)
						values (?, ?::date, ?::date, 'DAY', 'BE', (select id from place where key = ?), ?, 51.2121, 4.4412, 'STREET', ?,
						        ?, 'PUBLISHED', ?, ?, ?, ?::time, ?)
						returning id""",
				Long.class, type, date, date, placeKey, street, hidden, summary, subtype, target, part, time,
				precision);
		created.add(id);
		return id;
	}

	/** An editor's write to the API, with its JSON body. */
	private ResultActions asEditor(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(user("anna").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions api(String path) throws Exception {
		return mvc.perform(get(URI.create(path)).accept(MediaType.APPLICATION_JSON));
	}

	@Test
	void theIncidentJsonCarriesSubtypeTargetTimeOfDayAndGroups() throws Exception {
		api("/api/incidents/" + cobra).andExpect(status().isOk())
			.andExpect(jsonPath("$.subtype").value("fireworks_bomb"))
			.andExpect(jsonPath("$.target").value("business"))
			.andExpect(jsonPath("$.timeOfDay.part").value("night"))
			.andExpect(jsonPath("$.timeOfDay.time").value("03:15"))
			.andExpect(jsonPath("$.timeOfDay.precision").value("minute"))
			.andExpect(jsonPath("$.groups[0]").value("Testgroep Noord"));
		api("/api/incidents/" + shotsAtFacade).andExpect(jsonPath("$.subtype").value("at_building"))
			.andExpect(jsonPath("$.timeOfDay").doesNotExist());
	}

	@Test
	void eachCodingFilterKeepsOnlyTheIncidentsCodedSo() throws Exception {
		api("/api/incidents?subtype=fireworks_bomb").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(cobra));
		api("/api/incidents?subtype=grenade&subtype=at_building").andExpect(
				jsonPath("$.items[*].id", containsInAnyOrder((int) grenade, (int) shotsAtFacade, (int) elsewhere)));
		api("/api/incidents?target=business").andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) cobra)));
		api("/api/incidents?timeOfDay=night")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) grenade, (int) cobra)));
		api("/api/incidents?group=testgroep%20noord")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) cobra)));
		api("/api/incidents?subtype=grenade&city=Borgerhout")
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) grenade)));
	}

	@Test
	void theMapAndTheTimelineCountOnlyTheCodedIncidents() throws Exception {
		// the map's precomputed cells count by type and year only: a coding filter must
		// not be answered from them
		api("/api/map?subtype=fireworks_bomb&bbox=2.5,49.4,7.3,53.6&zoom=7").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		api("/api/map?timeOfDay=night&bbox=2.5,49.4,7.3,53.6&zoom=7").andExpect(jsonPath("$.total").value(2));
		api("/api/map?subtype=grenade&group=nobody&bbox=2.5,49.4,7.3,53.6&zoom=7")
			.andExpect(jsonPath("$.total").value(0));
		// an embedded map says what it shows
		mvc.perform(get("/embed/map").param("subtype", "grenade")
			.param("target", "home")
			.param("timeOfDay", "night")
			.param("group", "Testgroep Noord"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Grenade · target: Home · Night · group: Testgroep Noord")));
	}

	@Test
	void anUnknownCodingValueIsA400NamingTheParameter() throws Exception {
		api("/api/incidents?subtype=unicorn").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("subtype")))
			.andExpect(content().string(containsString("unicorn")));
		api("/api/incidents?target=moon").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not a target")));
		api("/api/incidents?timeOfDay=teatime").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("timeOfDay")));
	}

	@Test
	void anIncidentAtAStreetAlreadyHitListsTheEarlierOnesTheHiddenOneLeftOut() throws Exception {
		api("/api/incidents/" + cobra).andExpect(jsonPath("$.earlierAtSameStreet", hasSize(2)))
			.andExpect(jsonPath("$.earlierAtSameStreet[0].id").value(grenade))
			.andExpect(jsonPath("$.earlierAtSameStreet[0].sameAddress").value(true))
			.andExpect(jsonPath("$.earlierAtSameStreet[1].id").value(shotsAtFacade))
			.andExpect(jsonPath("$.earlierAtSameStreet[1].sameAddress").value(false));
		api("/api/incidents/" + grenade).andExpect(jsonPath("$.earlierAtSameStreet", hasSize(0)));
		// the hidden incident's street is not public: it gets no list, and its page says
		// nothing
		api("/api/incidents/" + hidden).andExpect(jsonPath("$.earlierAtSameStreet", hasSize(0)));
		mvc.perform(get("/incidents/" + hidden))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("in this street"))));
		// a street of the same name in another city is another street
		api("/api/incidents/" + elsewhere).andExpect(jsonPath("$.earlierAtSameStreet", hasSize(0)));
	}

	@Test
	void theIncidentPageSaysHowManyAttacksTheStreetHasSeenAndEditorsAlsoCountTheHiddenOne() throws Exception {
		mvc.perform(get("/incidents/" + cobra))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The third attack in this street since 2023.")))
			.andExpect(content().string(containsString("Fireworks bomb (Cobra)")))
			.andExpect(content().string(containsString("At 03:15 (Night)")))
			.andExpect(content().string(containsString("Testgroep Noord")))
			.andExpect(content().string(not(containsString("/incidents/" + hidden + "\""))));
		mvc.perform(get("/incidents/" + cobra).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The fourth attack in this street since 2023.")))
			.andExpect(content().string(containsString("/incidents/" + hidden)));
		mvc.perform(get("/incidents/" + cobra).header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De derde aanslag in deze straat sinds 2023.")));
	}

	@Test
	void theExportsCarryTheCodingColumns() throws Exception {
		String csv = mvc.perform(get("/api/export/incidents.csv?subtype=fireworks_bomb"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow())
			.endsWith("subtype,target,time_of_day,time,time_precision,groups");
		assertThat(csv.lines().skip(1).findFirst().orElseThrow())
			.endsWith("fireworks_bomb,business,night,03:15,minute,Testgroep Noord");
		mvc.perform(get("/api/export/incidents.geojson?subtype=fireworks_bomb"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[0].properties.subtype").value("fireworks_bomb"))
			.andExpect(jsonPath("$.features[0].properties.groups").value("Testgroep Noord"));
	}

	@Test
	void anEditorCreatesACodedIncidentWithVictimsGroupsAndANewSource() throws Exception {
		asEditor(post("/api/incidents"),
				"""
						{"type": "explosion", "subtype": "grenade", "target": "home", "timeOfDay": "02h", "date": "2024-06-01",
						 "place": "Deurne", "street": "Proeflaan 3", "summary": "Coding API test: a grenade at a door",
						 "groups": ["Testgroep Zuid"], "victims": [{"age": 34, "gender": "male", "outcome": "injured"}], %s}"""
					.formatted(SOURCE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subtype").value("grenade"))
			.andExpect(jsonPath("$.target").value("home"))
			.andExpect(jsonPath("$.timeOfDay.time").value("02:00"))
			.andExpect(jsonPath("$.timeOfDay.precision").value("hour"))
			.andExpect(jsonPath("$.groups[0]").value("Testgroep Zuid"))
			.andExpect(jsonPath("$.victims[0].age").value(34))
			.andExpect(jsonPath("$.victims[0].outcome").value("injured"))
			.andExpect(jsonPath("$.sources[0].title").value("A report for the coding tests"))
			.andExpect(jsonPath("$.sources[0].publisher").value("Example News"));
	}

	@Test
	void anEditLeavesVictimsAndGroupsAsTheyAreUnlessItGivesThemAndAddsSources() throws Exception {
		String created = asEditor(post("/api/incidents"), """
				{"type": "arson", "subtype": "molotov", "date": "2024-06-01", "place": "Deurne",
				 "summary": "Coding API test: an edit", "groups": ["Testgroep Zuid"],
				 "victims": [{"age": 50, "outcome": "unharmed"}], %s}""".formatted(SOURCE))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		asEditor(put("/api/incidents/" + id),
				"""
						{"type": "arson", "subtype": "vehicle_arson", "date": "2024-06-01", "place": "Deurne",
						 "summary": "Coding API test: an edit", "sources": [{"url": "https://example.org/news/coding-api-test-2",
						 "title": "A second report"}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subtype").value("vehicle_arson"))
			.andExpect(jsonPath("$.groups[0]").value("Testgroep Zuid"))
			.andExpect(jsonPath("$.victims[0].age").value(50))
			.andExpect(jsonPath("$.sources", hasSize(2)));
		asEditor(put("/api/incidents/" + id), """
				{"type": "arson", "date": "2024-06-01", "place": "Deurne", "summary": "Coding API test: an edit",
				 "groups": [], "victims": []}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.subtype").doesNotExist())
			.andExpect(jsonPath("$.groups", hasSize(0)))
			.andExpect(jsonPath("$.victims", hasSize(0)))
			.andExpect(jsonPath("$.sources", hasSize(2)));
	}

	@Test
	void anIncidentWithoutASourceIsRefusedWithAMessageNamingTheField() throws Exception {
		asEditor(post("/api/incidents"),
				"""
						{"type": "explosion", "date": "2024-06-01", "place": "Deurne", "summary": "Coding API test: no source"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sources"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at least one source")));
		mvc.perform(post("/editor/incidents").with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("type", "EXPLOSION")
			.param("date", "2024-06-01")
			.param("place", "Deurne")
			.param("summary", "Coding API test: no source from the form"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at least one source")));
		assertThat(jdbc.queryForObject("select count(*) from incident where summary like 'Coding API test: no source%'",
				Integer.class))
			.isZero();
	}

	@Test
	void aSubtypeOfAnotherTypeOrAnUnknownOneIsRefused() throws Exception {
		asEditor(post("/api/incidents"), """
				{"type": "shooting", "subtype": "molotov", "date": "2024-06-01", "place": "Deurne",
				 "summary": "Coding API test: wrong kind", %s}""".formatted(SOURCE)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subtype"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at_person")));
		asEditor(post("/api/incidents"),
				"""
						{"type": "shooting", "subtype": "unicorn", "summary": "Coding API test: unknown kind", %s}"""
					.formatted(SOURCE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("unicorn")));
		asEditor(post("/api/incidents"),
				"""
						{"type": "shooting", "timeOfDay": "25:99", "summary": "Coding API test: bad time", %s}"""
					.formatted(SOURCE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("timeOfDay"));
	}

}
