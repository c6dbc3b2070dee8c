package org.incidentatlas.incident;

import java.util.List;

import org.incidentatlas.FixedDataTest;
import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.system.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creating, editing, publishing and retracting, each with its audit trail. Each test
 * rolls back, so the shared database keeps only the fixed test data.
 */
@FixedDataTest
@Transactional
class IncidentEditorTest {

	@Autowired
	IncidentEditor editor;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@jakarta.persistence.PersistenceContext
	jakarta.persistence.EntityManager entityManager;

	static IncidentForm form(String summary, Integer killed) {
		return new IncidentForm(IncidentType.EXPLOSION, "2024-11", "Borgerhout", null, null, "Turnhoutsebaan", null,
				null, null, false, killed, null, summary);
	}

	@Test
	void everyChangeIsAuditedWithWhoWhenAndTheValuesBeforeAndAfter() {
		long id = editor.create(form("A grenade exploded at a shop door", 0), "anna");
		editor.update(id, form("A grenade exploded at a shop door at night", 0), "bert");
		editor.publish(id, "anna");
		List<AuditTrail.Entry> history = audit.history("INCIDENT", id);
		assertThat(history).extracting(AuditTrail.Entry::action)
			.containsExactly(AuditAction.PUBLISH, AuditAction.EDIT, AuditAction.CREATE);
		AuditTrail.Entry edit = history.get(1);
		assertThat(edit.username()).isEqualTo("bert");
		assertThat(edit.changes()).singleElement().satisfies(c -> {
			assertThat(c.field()).isEqualTo("summary");
			assertThat(c.before()).isEqualTo("A grenade exploded at a shop door");
			assertThat(c.after()).isEqualTo("A grenade exploded at a shop door at night");
		});
		assertThat(history.get(2).changes()).extracting(AuditTrail.Change::field)
			.contains("type", "date", "place", "street");
		assertThat(audit.lastCorrected("INCIDENT", id)).isPresent();
	}

	@Test
	void correctingTheSummaryRemovesItsTranslationsWhichNoLongerTellTheSameAndTheAuditKeepsThem() {
		long id = editor.create(form("A grenade exploded at a shop door", 0), "anna");
		jdbc.update(
				"insert into incident_summary (incident_id, language, summary) values (?, 'nl', 'Een granaat ontplofte aan een winkeldeur')",
				id);
		editor.update(id, form("A grenade exploded at a shop door", 1), "bert");
		assertThat(
				jdbc.queryForObject("select count(*) from incident_summary where incident_id = ?", Integer.class, id))
			.as("the summary did not change: its translation still fits")
			.isEqualTo(1);
		editor.update(id, form("Two grenades exploded at a shop door", 1), "bert");
		assertThat(
				jdbc.queryForObject("select count(*) from incident_summary where incident_id = ?", Integer.class, id))
			.isZero();
		assertThat(audit.history("INCIDENT", id).get(0).changes()).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("summary.nl");
			assertThat(c.before()).isEqualTo("Een granaat ontplofte aan een winkeldeur");
			assertThat(c.after()).isNull();
		});
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aFailedEditLeavesNeitherTheChangeNorItsAuditRow() {
		long id = editor.create(form("Original summary", 1), "anna");
		try {
			failedEditLeavesNothing(id);
		}
		finally {
			jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id = ?", id);
			jdbc.update("delete from incident where id = ?", id);
		}
	}

	private void failedEditLeavesNothing(long id) {
		int rowsBefore = jdbc.queryForObject("select count(*) from audit_event where entity_id = ?", Integer.class, id);
		// the database refuses a negative toll even if a caller skipped validation
		assertThatThrownBy(() -> editor.update(id, form("Changed summary", -3), "mallory"))
			.isInstanceOf(RuntimeException.class);
		assertThat(jdbc.queryForObject("select summary from incident where id = ?", String.class, id))
			.isEqualTo("Original summary");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ?", Integer.class, id))
			.isEqualTo(rowsBefore);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'mallory'", Integer.class))
			.isZero();
	}

	@Test
	void aRetractedIncidentLeavesThePublicViewsAndEntersTheChangesFeed() throws Exception {
		String since = java.time.Instant.now().minusSeconds(1).toString();
		long id = editor.create(form("Retract me: a duplicate report", 2), "anna");
		editor.publish(id, "anna");
		mvc.perform(get("/api/incidents/" + id)).andExpect(status().isOk());
		editor.retract(id, "Duplicate of an earlier incident", "bert");

		// gone, with when and why, rather than a bare 404
		mvc.perform(get("/api/incidents/" + id))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.reason").value("Duplicate of an earlier incident"))
			.andExpect(jsonPath("$.retractedAt").isString());
		mvc.perform(get("/incidents/" + id))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Duplicate of an earlier incident")));
		mvc.perform(get("/api/incidents").param("q", "duplicate report")).andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/incidents/changes").param("since", since))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[?(@.id == " + id + ")].change")
				.value(org.hamcrest.Matchers.contains("published", "retracted")))
			.andExpect(jsonPath("$.changes[?(@.id == " + id + " && @.change == 'retracted')].reason")
				.value(org.hamcrest.Matchers.contains("Duplicate of an earlier incident")));
		// editors still see it, with why
		mvc.perform(get("/incidents/" + id).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Duplicate of an earlier incident")));
		assertThatThrownBy(() -> editor.update(id, form("x", 0), "anna")).isInstanceOf(InvalidFieldsException.class);
		mvc.perform(get("/api/incidents/changes").param("since", "last tuesday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("since"));
	}

	@Test
	void theEditorFormShowsErrorsBesideTheFieldsAndSavesWhatIsValid() throws Exception {
		mvc.perform(post("/editor/incidents").with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("type", "SHOOTING")
			.param("date", "2023-02-30")
			.param("place", "Atlantis")
			.param("killed", "many")
			.param("summary", "Shots"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString("Write a whole number.")));
		mvc.perform(post("/editor/incidents").with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("type", "SHOOTING")
			.param("date", "2023-02-30")
			.param("place", "Atlantis")
			.param("summary", "Shots"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No place called")))
			.andExpect(content().string(containsString("not a valid date")));
		mvc.perform(post("/editor/incidents").with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("type", "ARSON")
			.param("date", "2024-03")
			.param("place", "Luik")
			.param("summary", "A car set alight")
			.param("sources[0].url", "https://example.org/news/liege-car")
			.param("sources[0].title", "A car set alight in Liège")
			.param("publish", "true")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("""
				select count(*) from incident i join place p on p.id = i.place_id
				where i.summary = 'A car set alight' and p.key = 'be-liege' and i.status = 'PUBLISHED'
				  and i.date_precision = 'MONTH' and i.geo_precision = 'CITY'""", Integer.class)).isEqualTo(1);
	}

	@Test
	void hostileTextIsEscapedOnThePageAndInTheJson() throws Exception {
		String payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> javascript:alert(3)";
		long id = editor.create(form(payload, 0), "anna");
		editor.publish(id, "anna");
		long article = jdbc.queryForObject(
				"""
						insert into article (title, url, published_precision) values (?, 'javascript:alert(4)', 'UNKNOWN') returning id""",
				Long.class, payload);
		jdbc.update("insert into incident_source (incident_id, article_id) values (?, ?)", id, article);
		String page = mvc.perform(get("/incidents/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)")
			.doesNotContain("<img src=x")
			.doesNotContain("href=\"javascript:")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String json = mvc.perform(get("/api/incidents/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain("<script>")
			.contains("\\u003Cscript\\u003E")
			.doesNotContain("javascript:alert(4)");
		String articlePage = mvc.perform(get("/articles/" + article)).andReturn().getResponse().getContentAsString();
		assertThat(articlePage).doesNotContain("href=\"javascript:").doesNotContain("<img src=x");
	}

	@Test
	void mergingMovesTheSourcesAndRetractsTheDuplicateWithAPointer() throws Exception {
		long kept = jdbc.queryForObject(
				"select id from incident where external_key = 'fixture-2023-merksem-girl-killed'", Long.class);
		long duplicate = editor.create(form("The same Merksem shooting, reported again", 1), "anna");
		long article = jdbc.queryForObject("""
				insert into article (title, published_precision) values ('A third report', 'UNKNOWN') returning id""",
				Long.class);
		jdbc.update("insert into incident_source (incident_id, article_id) values (?, ?)", duplicate, article);
		// the source went in through JDBC; let JPA read it back
		entityManager.flush();
		entityManager.clear();
		editor.publish(duplicate, "anna");
		mvc.perform(post("/api/incidents/" + duplicate + "/merge").with(user("bert").roles("EDITOR"))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"into\": " + kept + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sources.length()").value(3));
		assertThat(jdbc.queryForObject("select retraction_reason from incident where id = ?", String.class, duplicate))
			.isEqualTo("Merged into incident " + kept);
		assertThat(audit.history("INCIDENT", kept)).extracting(AuditTrail.Entry::action).contains(AuditAction.MERGE);
		assertThat(audit.history("INCIDENT", duplicate).get(0).action()).isEqualTo(AuditAction.MERGE);
		mvc.perform(get("/api/incidents/" + duplicate))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.reason").value("Merged into incident " + kept));
	}

	private static final String BODY = """
			{"type": "arson", "date": "2024-05", "place": "Gent", "sources": [{"url": "https://example.org/news/atlas-test-source", "title": "A report for the tests"}],  "summary": "%s"}""";

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aCreateAndPublishWhosePublishFailsLeavesNoDraftBehind() throws Exception {
		// the publish step fails, as it would if the database refused it half-way through
		// the request
		jdbc.execute("""
				create function test_refuse_publish() returns trigger language plpgsql as $$
				begin
				    if new.status = 'PUBLISHED' and new.summary like 'Publish refused:%' then
				        raise exception 'refused by the test';
				    end if;
				    return new;
				end;
				$$""");
		jdbc.execute("""
				create trigger test_refuse_publish before update on incident
				for each row execute function test_refuse_publish()""");
		try {
			mvc.perform(post("/api/incidents").param("publish", "true")
				.with(user("anna").roles("EDITOR"))
				.with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(BODY.formatted("Publish refused: a car set alight")))
				.andExpect(status().is5xxServerError())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("refused by the test"))));
			assertThat(jdbc.queryForObject("select count(*) from incident where summary like 'Publish refused:%'",
					Integer.class))
				.as("no draft is left behind")
				.isZero();
			assertThat(jdbc
				.queryForObject("select count(*) from audit_event where username = 'anna' and entity = 'INCIDENT'"
						+ " and entity_id not in (select id from incident)", Integer.class))
				.as("nor its audit row")
				.isZero();
			// and without the failure the same request publishes
			mvc.perform(post("/api/incidents").param("publish", "true")
				.with(user("anna").roles("EDITOR"))
				.with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(BODY.formatted("Published at once: a car set alight")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.id").isNumber());
			assertThat(jdbc.queryForObject(
					"select status from incident where summary = 'Published at once: a car set alight'", String.class))
				.isEqualTo("PUBLISHED");
		}
		finally {
			jdbc.execute("drop trigger if exists test_refuse_publish on incident");
			jdbc.execute("drop function if exists test_refuse_publish()");
			jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id in "
					+ "(select id from incident where summary like 'Publish%: a car set alight')");
			jdbc.update("delete from incident where summary like 'Publish%: a car set alight'");
		}
	}

	@Test
	void mergingADraftRecordsThatItWasADraftAndTheChangesFeedLeavesItOut() throws Exception {
		String since = java.time.Instant.now().minusSeconds(1).toString();
		long kept = jdbc.queryForObject(
				"select id from incident where external_key = 'fixture-2023-merksem-girl-killed'", Long.class);
		long draft = editor.create(form("A draft of the Merksem shooting, never published", 1), "anna");
		mvc.perform(post("/api/incidents/" + draft + "/merge").with(user("bert").roles("EDITOR"))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"into\": " + kept + "}")).andExpect(status().isOk());
		AuditTrail.Entry merged = audit.history("INCIDENT", draft).get(0);
		assertThat(merged.action()).isEqualTo(AuditAction.MERGE);
		assertThat(merged.changes()).singleElement().satisfies(c -> {
			assertThat(c.field()).isEqualTo("status");
			assertThat(c.before()).isEqualTo("DRAFT");
			assertThat(c.after()).isEqualTo("RETRACTED");
		});
		// the public never saw the draft: no retraction to announce, and no page that
		// says it existed
		mvc.perform(get("/api/incidents/changes").param("since", since))
			.andExpect(jsonPath("$.changes[?(@.id == " + draft + ")]").isEmpty())
			.andExpect(jsonPath("$.changes[?(@.id == " + kept + ")].change")
				.value(org.hamcrest.Matchers.contains("corrected")));
		mvc.perform(get("/api/incidents/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/incidents/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void mergingAPublishedIncidentIsAnnouncedAsItsRetraction() throws Exception {
		String since = java.time.Instant.now().minusSeconds(1).toString();
		long kept = jdbc.queryForObject(
				"select id from incident where external_key = 'fixture-2023-merksem-girl-killed'", Long.class);
		long duplicate = editor.create(form("The Merksem shooting, published twice", 1), "anna");
		editor.publish(duplicate, "anna");
		editor.merge(duplicate, kept, "bert");
		assertThat(audit.history("INCIDENT", duplicate).get(0).changes()).singleElement()
			.satisfies(c -> assertThat(c.before()).isEqualTo("PUBLISHED"));
		mvc.perform(get("/api/incidents/changes").param("since", since))
			.andExpect(jsonPath("$.changes[?(@.id == " + duplicate + ")].change")
				.value(org.hamcrest.Matchers.contains("published", "retracted")))
			.andExpect(jsonPath("$.changes[?(@.id == " + duplicate + " && @.change == 'retracted')].reason")
				.value(org.hamcrest.Matchers.contains("Merged into incident " + kept)));
		mvc.perform(get("/incidents/" + duplicate))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Merged into incident " + kept)));
	}

	@Test
	void mergingIntoADraftIsRefusedAndChangesNothing() throws Exception {
		long published = jdbc.queryForObject(
				"select id from incident where external_key = 'fixture-2023-merksem-girl-killed'", Long.class);
		long draft = editor.create(form("A draft that should not swallow a published incident", 1), "anna");
		int auditBefore = jdbc.queryForObject("select count(*) from audit_event", Integer.class);
		mvc.perform(post("/api/incidents/" + published + "/merge").with(user("bert").roles("EDITOR"))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"into\": " + draft + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("into"))
			.andExpect(jsonPath("$.errors[0].message", containsString("published")));
		assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, published))
			.isEqualTo("PUBLISHED");
		assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, draft))
			.isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(auditBefore);
		mvc.perform(get("/api/incidents/" + published)).andExpect(status().isOk());
	}

	@Test
	void aDraftRetractedBeforeItWasPublishedStaysUnknownToThePublic() throws Exception {
		long draft = editor.create(form("A draft retracted before anyone saw it", 0), "anna");
		editor.retract(draft, "Internal note: the source was unreliable", "anna");
		mvc.perform(get("/api/incidents/" + draft))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Internal note"))));
		mvc.perform(get("/incidents/" + draft)).andExpect(status().isNotFound());
	}

}
