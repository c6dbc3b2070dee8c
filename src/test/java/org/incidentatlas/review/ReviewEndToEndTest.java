package org.incidentatlas.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.QualityGate;
import org.incidentatlas.time.DateRange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two outlets report the same events; both articles go in through the HTTP API, every
 * incident proposal is accepted as it is, and each event ends up as one incident with
 * both articles as its sources. Every test rolls back.
 */
@IntegrationTest
@Transactional
class ReviewEndToEndTest {

	/**
	 * Our own words: two reports of the same two events, the second repeating a sentence
	 * as a photo caption.
	 */
	static final String FIRST = """
			A spring of attacks in Antwerp and Brussels

			On 2 April 2023 an explosion damaged a house in the Osystraat in Antwerp.

			In February 2025 shots were fired outside a metro station in Brussels; nobody was hurt.

			Investigators link both attacks to the cocaine trade, our reporter writes.""";

	static final String SECOND = """
			Fear in Belgian streets as drug gangs settle scores

			In February 2025 shots were fired outside a metro station in Brussels; nobody was hurt.

			In February 2025 shots were fired outside a metro station in Brussels; nobody was hurt.

			Two years earlier, on 2 April 2023, an explosion damaged a house in the Osystraat in Antwerp.

			Residents say they no longer feel safe.""";

	static final Path SEEDS = Path.of("../shared/seeds");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	record Submitted(long article, List<Long> incidentProposals) {
	}

	private Submitted submit(String title, String publisher, String url, String text) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("publisher", publisher);
		body.put("url", url);
		body.put("publishedOn", "2025-10");
		body.put("text", text);
		String answer = mvc
			.perform(post("/api/articles").with(user("anna").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode article = json.readTree(answer).path("article");
		List<Long> incidents = new ArrayList<>();
		for (JsonNode p : article.path("proposals")) {
			if (p.path("kind").asString().equals("INCIDENT")) {
				incidents.add(p.path("id").asLong());
			}
		}
		return new Submitted(article.path("id").asLong(), incidents);
	}

	/**
	 * Accepts every incident proposal as proposed: a plain accept, as an editor clicking
	 * "accept" would.
	 */
	private Set<Long> acceptAll(Submitted submitted) throws Exception {
		Set<Long> incidents = new LinkedHashSet<>();
		for (long proposal : submitted.incidentProposals()) {
			String answer = mvc.perform(post("/api/proposals/{id}/accept", proposal).with(user("anna").roles("EDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			incidents.add(json.readTree(answer).path("incidentId").asLong());
		}
		return incidents;
	}

	private Set<Long> sources(long incident) {
		return new LinkedHashSet<>(jdbc.queryForList("select article_id from incident_source where incident_id = ?",
				Long.class, incident));
	}

	@Test
	void twoOutletsReportingTheSameEventsEndWithEachIncidentOnceWithBothSources() throws Exception {
		Submitted first = submit("A spring of attacks", "First Outlet", "https://first.example.org/attacks", FIRST);
		assertThat(first.incidentProposals()).as("the explosion and the shooting").hasSizeGreaterThanOrEqualTo(2);
		Set<Long> fromFirst = acceptAll(first);
		assertThat(jdbc.queryForList("select type from incident where id in (" + join(fromFirst) + ")", String.class))
			.contains("EXPLOSION", "SHOOTING");

		Submitted second = submit("Fear in Belgian streets", "Second Outlet", "https://second.example.net/fear",
				SECOND);
		Set<Long> fromSecond = acceptAll(second);

		assertThat(fromSecond).as("the same incidents, the caption adding none").isEqualTo(fromFirst);
		for (long incident : fromFirst) {
			assertThat(sources(incident)).as("sources of incident %d", incident)
				.contains(first.article(), second.article());
		}
		assertThat(jdbc.queryForObject("""
				select count(distinct s.incident_id) from incident_source s join incident i on i.id = s.incident_id
				where s.article_id in (?, ?) and i.status <> 'RETRACTED'""", Long.class, first.article(),
				second.article()))
			.as("no second copy of any event")
			.isEqualTo(fromFirst.size());
	}

	@Test
	void theLaunchArticles002And003EndWithEachIncidentOnceWithBothSources() throws Exception {
		Path a = SEEDS.resolve("002_3c2500fbbd45499d.txt");
		Path b = SEEDS.resolve("003_11c2e2a64bb97534.txt");
		QualityGate.require(Files.isReadable(a) && Files.isReadable(b),
				"the launch articles are not in ../shared/seeds");
		Submitted first = submit("Launch article 002", "Seed", null, Files.readString(a, StandardCharsets.UTF_8));
		acceptAll(first);
		Submitted second = submit("Launch article 003", "Seed", null, Files.readString(b, StandardCharsets.UTF_8));
		acceptAll(second);

		JsonNode gold = json.readTree(Files.readString(SEEDS.resolve("002_3c2500fbbd45499d.gold.json")));
		for (JsonNode event : gold.path("incidents")) {
			String type = event.path("type").asString().toUpperCase();
			DateRange date = DateRange.parse(event.path("date").asString());
			List<Long> matching = jdbc.queryForList("""
					select distinct i.id from incident i join incident_source s on s.incident_id = i.id
					where s.article_id = ? and i.status <> 'RETRACTED' and i.type = ?
					  and i.date_from <= ? and i.date_to >= ?""", Long.class, second.article(), type, date.to(),
					date.from());
			assertThat(matching).as("%s %s: %s", type, event.path("date").asString(), event.path("note").asString())
				.hasSize(1);
			assertThat(sources(matching.get(0))).contains(first.article(), second.article());
		}
	}

	private static String join(Set<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

}
