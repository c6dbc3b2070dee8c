package org.incidentatlas.review;

import java.util.List;
import java.util.Map;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page shows the extractor's coding hints as fields the editor can change, and
 * an accepted proposal keeps what the editor left or chose.
 */
@FixedDataTest
@Transactional
class ReviewCodingTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private ReviewFixtures.Proposed grenade() {
		return ReviewFixtures.grenadeProposal(context, "Coding on the review page");
	}

	@Test
	void theExtractorsHintsArePrefilledAsFieldsTheEditorCanChange() throws Exception {
		long article = grenade().article();
		mvc.perform(get("/editor/review/articles/{id}", article).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<option value=\"grenade\" selected=\"selected\">Grenade</option>")))
			.andExpect(content().string(containsString("<option value=\"home\" selected=\"selected\">")))
			.andExpect(content().string(containsString("name=\"timeOfDay\" value=\"03h\"")))
			.andExpect(content().string(containsString("name=\"groups\"")));
		mvc.perform(get("/editor/review/articles/{id}", article).with(user("anna").roles("EDITOR")).param("lang", "nl"))
			.andExpect(content().string(containsString("Moment van de dag")))
			.andExpect(content().string(containsString("Genoemde groepen")));
	}

	@Test
	void anAcceptedProposalKeepsTheCodingTheEditorLeftOrChose() throws Exception {
		ReviewFixtures.Proposed ids = grenade();
		mvc.perform(post("/editor/review/proposals/{id}/accept", ids.proposal()).with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("decision", "new")
			.param("type", "explosion")
			.param("subtype", "grenade")
			.param("target", "business")
			.param("timeOfDay", "03:15")
			.param("groups", "Fixture Crew, Other Crew")).andExpect(status().is3xxRedirection());
		Map<String, Object> incident = jdbc.queryForMap("""
				select i.id, i.subtype, i.target, i.time_of_day, i.time_reported::text as time
				from proposal p join incident i on i.id = p.incident_id where p.id = ?""", ids.proposal());
		assertThat(incident).containsEntry("subtype", "GRENADE")
			.containsEntry("target", "BUSINESS")
			.containsEntry("time_of_day", "NIGHT")
			.containsEntry("time", "03:15:00");
		assertThat(jdbc.queryForList("select name from incident_actor where incident_id = ? order by name",
				String.class, incident.get("id")))
			.containsExactly("Fixture Crew", "Other Crew");
		// the page lists the editor's changes by their labels
		mvc.perform(get("/editor/review/articles/{id}", ids.article()).with(user("anna").roles("EDITOR")))
			.andExpect(content().string(containsString("Target</span> →")))
			.andExpect(content().string(containsString("Groups named</span> →")));
	}

	@Test
	void aBlankHintIsNotSaidAndAnUnreadableTimeIsRefused() throws Exception {
		ReviewFixtures.Proposed ids = grenade();
		mvc.perform(post("/editor/review/proposals/{id}/accept", ids.proposal()).with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("decision", "new")
			.param("timeOfDay", "quarter past never")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, ids.proposal()))
			.isEqualTo("PENDING");
		mvc.perform(post("/editor/review/proposals/{id}/accept", ids.proposal()).with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("decision", "new")
			.param("subtype", "")
			.param("target", "")).andExpect(status().is3xxRedirection());
		Map<String, Object> incident = jdbc.queryForMap("""
				select i.subtype, i.target, i.time_of_day from proposal p join incident i on i.id = p.incident_id
				where p.id = ?""", ids.proposal());
		assertThat(incident.get("subtype")).isNull();
		assertThat(incident.get("target")).isNull();
		assertThat(incident.get("time_of_day")).isEqualTo("NIGHT");
	}

}
