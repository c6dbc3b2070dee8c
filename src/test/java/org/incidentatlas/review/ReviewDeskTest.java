package org.incidentatlas.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
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
 * Decisions on proposals, against the fixed test data. The proposals here are written by
 * the test, so that they do not depend on what the extractor reads. Every test rolls
 * back.
 */
@FixedDataTest
@Transactional
class ReviewDeskTest {

	static final String TEXT = """
			Two attacks in one week

			On 14 March 2024 shots were fired at a café in Charleroi; two men were injured.

			In 2023 an eleven-year-old girl was killed when shots hit her family's house in Antwerp.

			Police link both attacks to the drug trade.""";

	@Autowired
	ArticleIngestion ingestion;

	@Autowired
	ReviewDesk desk;

	@Autowired
	ReviewQueries queries;

	@Autowired
	Proposals proposals;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	long article;

	@BeforeEach
	void anArticle() {
		article = ingestion
			.ingest(new Submission("Two attacks in one week", "Example News", null, "2024-03", "en", TEXT), "anna")
			.articleId();
	}

	private long proposal(Map<String, Object> values) {
		int position = jdbc.queryForObject("select coalesce(max(position) + 1, 0) from proposal where article_id = ?",
				Integer.class, article);
		int start = TEXT.indexOf("On 14 March");
		Map<String, Object> proposed = new LinkedHashMap<>(values);
		proposed.putIfAbsent("summary", "Test proposal");
		proposed.put("evidence", List.of(Map.of("start", start, "end", TEXT.indexOf('\n', start))));
		return proposals.insert(article, position, ProposalKind.INCIDENT, proposed);
	}

	private Map<String, Object> charleroi() {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("type", "shooting");
		v.put("date", "2024-03-14");
		v.put("place", "be-charleroi");
		v.put("countryCode", "BE");
		v.put("killed", null);
		v.put("injured", 2);
		v.put("summary", "Shots fired at a café in Charleroi, 14 March 2024: 2 injured.");
		return v;
	}

	private Map<String, Object> merksem(String type, String date, String place, Integer killed) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("type", type);
		v.put("date", date);
		v.put("place", place);
		v.put("countryCode", "BE");
		v.put("killed", killed);
		return v;
	}

	private long launch(String key) {
		return jdbc.queryForObject("select id from incident where external_key = ?", Long.class, key);
	}

	private List<Long> sources(long incident) {
		return jdbc.queryForList("select article_id from incident_source where incident_id = ? order by article_id",
				Long.class, incident);
	}

	@Test
	void acceptingAProposalPublishesAnIncidentWithTheArticleAndItsEvidenceAsSource() {
		long id = proposal(charleroi());
		ReviewDesk.Decision decision = desk.accept(id, null, null, false, "anna");
		assertThat(decision.status()).isEqualTo(ProposalStatus.ACCEPTED);
		Map<String, Object> incident = jdbc.queryForMap("select * from incident where id = ?", decision.incidentId());
		assertThat(incident).containsEntry("status", "PUBLISHED")
			.containsEntry("type", "SHOOTING")
			.containsEntry("injured", 2);
		assertThat(incident.get("killed")).as("not reported stays null").isNull();
		Map<String, Object> source = jdbc.queryForMap("select * from incident_source where incident_id = ?",
				decision.incidentId());
		assertThat(source).containsEntry("article_id", article)
			.containsEntry("evidence_start", TEXT.indexOf("On 14 March"));
		assertThat(jdbc.queryForList(
				"select action from audit_event where entity = 'INCIDENT' and entity_id = ? order by id", String.class,
				decision.incidentId()))
			.containsExactly("CREATE", "EDIT", "PUBLISH");
		assertThat(jdbc.queryForList("select action from audit_event where entity = 'PROPOSAL' and entity_id = ?",
				String.class, id))
			.containsExactly("ACCEPT");
		assertThat(jdbc.queryForMap("select status, decided_by, corrected from proposal where id = ?", id))
			.containsEntry("status", "ACCEPTED")
			.containsEntry("decided_by", "anna")
			.containsEntry("corrected", null);
	}

	@Test
	void anUncorrectedSummaryIsWrittenAgainFromTheAcceptedFactsInEveryLanguage() {
		Map<String, Object> values = charleroi();
		values.put("placeLabel", "Charleroi");
		long id = proposal(values);
		ReviewDesk.Decision decision = desk.accept(id, Map.of("injured", "3"), null, false, "anna");
		assertThat(
				jdbc.queryForObject("select summary from incident where id = ?", String.class, decision.incidentId()))
			.isEqualTo("Shooting in Charleroi, 14 March 2024: 3 injured.");
		assertThat(jdbc.queryForMap("""
				select max(summary) filter (where language = 'fr') fr, max(summary) filter (where language = 'nl') nl
				from incident_summary where incident_id = ?""", decision.incidentId()))
			.containsEntry("fr", "Fusillade à Charleroi, 14 mars 2024 : 3 blessés.")
			.containsEntry("nl", "Schietpartij in Charleroi, 14 maart 2024: 3 gewonden.");
	}

	@Test
	void aSummaryTheEditorWroteStaysAloneInItsLanguage() {
		long id = proposal(charleroi());
		ReviewDesk.Decision decision = desk.accept(id, Map.of("summary", "Two men hurt when a café was shot at."), null,
				false, "anna");
		assertThat(
				jdbc.queryForObject("select summary from incident where id = ?", String.class, decision.incidentId()))
			.isEqualTo("Two men hurt when a café was shot at.");
		assertThat(jdbc.queryForObject("select count(*) from incident_summary where incident_id = ?", Integer.class,
				decision.incidentId()))
			.isZero();
	}

	@Test
	void aDutchArticlesProposalsAreSummarisedInDutch() {
		long dutch = ingestion
			.ingest(new Submission("Schietpartij in Gent", "Voorbeeldkrant", null, "2024-03-14", "nl",
					"Op 12 maart 2024 werd in Gent geschoten op een woning. Eén persoon raakte gewond. "
							+ "De politie onderzoekt een link met het drugsmilieu."),
					"anna")
			.articleId();
		List<String> summaries = jdbc.queryForList(
				"select proposed ->> 'summary' from proposal where article_id = ? and kind = 'INCIDENT'", String.class,
				dutch);
		assertThat(summaries).isNotEmpty().allSatisfy(summary -> assertThat(summary).startsWith("Schietpartij"));
	}

	@Test
	void aCorrectionIsKeptApartFromTheProposalAsExtracted() {
		long id = proposal(charleroi());
		String before = jdbc.queryForObject("select proposed::text from proposal where id = ?", String.class, id);
		ReviewDesk.Decision decision = desk.accept(id, Map.of("injured", "3", "date", "2024-03-15", "summary",
				"Shots fired at a café in Charleroi, 14 March 2024: 2 injured."), null, false, "anna");
		assertThat(decision.corrected()).containsOnlyKeys("injured", "date");
		assertThat(jdbc.queryForObject("select proposed::text from proposal where id = ?", String.class, id))
			.as("the proposal as extracted")
			.isEqualTo(before);
		assertThat(jdbc.queryForObject("select corrected->>'injured' from proposal where id = ?", String.class, id))
			.isEqualTo("3");
		assertThat(jdbc.queryForMap("select injured, date_from from incident where id = ?", decision.incidentId()))
			.containsEntry("injured", 3)
			.containsEntry("date_from", java.sql.Date.valueOf("2024-03-15"));
		assertThat(jdbc.queryForObject(
				"select changes::text from audit_event where entity = 'PROPOSAL' and entity_id = ?", String.class, id))
			.contains("injured")
			.contains("\"before\": \"2\"")
			.contains("\"after\": \"3\"");
		ReviewViews.Quality quality = queries.quality();
		assertThat(quality.corrected()).isGreaterThanOrEqualTo(1);
		assertThat(quality.correctedFields()).containsKeys("injured", "date");
		// and nothing can overwrite what was extracted
		assertThatThrownBy(() -> jdbc.update("update proposal set proposed = '{}'::jsonb where id = ?", id))
			.hasMessageContaining("kept as extracted");
	}

	@Test
	void theVictimsAgesReadFromTheArticleBecomeVictimsOfTheIncident() {
		Map<String, Object> girl = merksem("homicide", "2023", "be-antwerpen", 1);
		girl.put("victimAges", List.of(11));
		ReviewDesk.Decision decision = desk.accept(proposal(girl), null, null, true, "anna");
		assertThat(jdbc.queryForList("select age, minor, outcome from victim where incident_id = ? order by position",
				decision.incidentId()))
			.containsExactly(Map.of("age", 11, "minor", true, "outcome", "KILLED"));

		Map<String, Object> shooterToo = merksem("homicide", "2022", "be-antwerpen", 1);
		shooterToo.put("victimAges", List.of(45, 19));
		ReviewDesk.Decision unsure = desk.accept(proposal(shooterToo), null, null, true, "anna");
		assertThat(jdbc.queryForList("select outcome from victim where incident_id = ? order by position", String.class,
				unsure.incidentId()))
			.as("two ages for one death: either may be the killer's")
			.containsExactly("UNKNOWN", "UNKNOWN");

		Map<String, Object> two = charleroi();
		two.put("victimAges", List.of(19));
		long id = proposal(two);
		ReviewDesk.Decision corrected = desk.accept(id, Map.of("victimAges", "19,34"), null, true, "anna");
		assertThat(corrected.corrected()).containsEntry("victimAges", "19, 34");
		assertThat(jdbc.queryForList("select age, minor, outcome from victim where incident_id = ? order by position",
				corrected.incidentId()))
			.containsExactly(Map.of("age", 19, "minor", false, "outcome", "INJURED"),
					Map.of("age", 34, "minor", false, "outcome", "INJURED"));
	}

	@Test
	void victimsAgesThatAreNotAgesAreRefusedByFieldAndNothingIsStored() throws Exception {
		long id = proposal(charleroi());
		long incidents = jdbc.queryForObject("select count(*) from incident", Long.class);
		for (String ages : new String[] { "eleven", "11, 300", "-4", "1;2" }) {
			mvc.perform(post("/api/proposals/{id}/accept", id).with(user("anna").roles("EDITOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"corrections\": {\"victimAges\": \"" + ages + "\"}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("victimAges"));
		}
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(incidents);
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id))
			.isEqualTo("PENDING");
	}

	@Test
	void mergingIntoAnExistingIncidentAddsTheArticleAsASource() {
		long reporter = launch("fixture-2021-amsterdam-crime-reporter-shot");
		long count = jdbc.queryForObject("select count(*) from incident", Long.class);
		long id = proposal(charleroi());
		ReviewDesk.Decision decision = desk.accept(id, null, reporter, false, "anna");
		assertThat(decision.status()).isEqualTo(ProposalStatus.MERGED);
		assertThat(decision.incidentId()).isEqualTo(reporter);
		assertThat(sources(reporter)).contains(article);
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(count);
		assertThat(jdbc.queryForObject("select reason from audit_event where entity = 'INCIDENT' and entity_id = ? "
				+ "and action = 'EDIT' order by id desc limit 1", String.class, reporter))
			.contains("proposal " + id);
	}

	@Test
	void aPlainAcceptOfAStrongDuplicateAddsASourceInsteadOfASecondIncident() {
		long girl = launch("fixture-2023-merksem-girl-killed");
		long count = jdbc.queryForObject("select count(*) from incident", Long.class);
		// Antwerp contains Merksem; "2023" is the fixed incident's year
		long id = proposal(merksem("shooting", "2023", "be-antwerpen", 1));
		ReviewViews.ProposalView view = queries.proposal(id).orElseThrow();
		assertThat(view.willMergeInto()).isEqualTo(girl);
		ReviewDesk.Decision decision = desk.accept(id, null, null, false, "anna");
		assertThat(decision.status()).isEqualTo(ProposalStatus.MERGED);
		assertThat(decision.incidentId()).isEqualTo(girl);
		assertThat(sources(girl)).contains(article);
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(count);
	}

	@Test
	void createNewMakesASecondIncidentEvenWhenADuplicateIsLikely() {
		long count = jdbc.queryForObject("select count(*) from incident", Long.class);
		long id = proposal(merksem("shooting", "2023", "be-antwerpen", 1));
		ReviewDesk.Decision decision = desk.accept(id, Map.of("summary", "A second record, on purpose"), null, true,
				"anna");
		assertThat(decision.status()).isEqualTo(ProposalStatus.ACCEPTED);
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(count + 1);
	}

	@Test
	void rejectingKeepsTheReasonAndCreatesNothing() throws Exception {
		long count = jdbc.queryForObject("select count(*) from incident", Long.class);
		long id = proposal(charleroi());
		mvc.perform(post("/api/proposals/{id}/reject", id).with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Not drug-related\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		assertThat(jdbc.queryForMap("select status, reason, decided_by from proposal where id = ?", id))
			.containsEntry("status", "REJECTED")
			.containsEntry("reason", "Not drug-related")
			.containsEntry("decided_by", "anna");
		assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(count);
		// a decided proposal cannot be decided again
		mvc.perform(post("/api/proposals/{id}/accept", id).with(user("anna").roles("EDITOR")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already rejected")));
	}

	@Test
	void theApiAcceptsWithCorrectionsAndReportsBadOnesByField() throws Exception {
		long id = proposal(charleroi());
		mvc.perform(post("/api/proposals/{id}/accept", id).with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corrections\": {\"killed\": \"several\", \"date\": \"2024-02-30\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("killed")));
		mvc.perform(post("/api/proposals/{id}/accept", id).with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corrections\": {\"colour\": \"red\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id))
			.isEqualTo("PENDING");
		mvc.perform(post("/api/proposals/{id}/accept", id).with(user("anna").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corrections\": {\"killed\": 0}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.corrected.killed").value("0"));
		mvc.perform(get("/api/review/quality").with(user("anna").roles("EDITOR")))
			.andExpect(jsonPath("$.correctedFields.killed").isNumber());
		mvc.perform(post("/api/proposals/{id}/accept", 999_999_999L).with(user("anna").roles("EDITOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiShowsAProposalAsExtractedTheCorrectionsAndTheValuesTheyGiveTogether() throws Exception {
		long id = proposal(charleroi());
		desk.accept(id, Map.of("injured", "3"), null, true, "anna");
		String proposal = "$.proposals[?(@.id == " + id + ")]";
		mvc.perform(get("/api/articles/{id}", article).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(proposal + ".proposed.injured").value(2))
			.andExpect(jsonPath(proposal + ".proposed.place").value("be-charleroi"))
			.andExpect(jsonPath(proposal + ".corrected.injured").value("3"))
			.andExpect(jsonPath(proposal + ".values.injured").value("3"))
			.andExpect(jsonPath(proposal + ".values.place").value("be-charleroi"))
			.andExpect(jsonPath(proposal + ".values.evidence[0].start").value(TEXT.indexOf("On 14 March")))
			.andExpect(jsonPath(proposal + ".effective").isEmpty());
	}

	@Test
	void theSameFamilyOverlappingDatesAndAPlaceInsideThePlaceAreSuggested() {
		long girl = launch("fixture-2023-merksem-girl-killed");
		long torture = launch("fixture-2022-brussels-torture-killing");
		// a homicide (same family as the shooting), in a year that contains it, in
		// Antwerp that contains Merksem
		List<Suggestion> forGirl = suggestions(merksem("homicide", "2023-06", "be-antwerpen-merksem", null));
		assertThat(forGirl).extracting(Suggestion::incidentId).contains(girl);
		assertThat(forGirl.stream().filter(s -> s.incidentId() == girl).findFirst().orElseThrow().sameType()).isFalse();
		// a commune of Brussels lies inside Brussels, where the torture killing is placed
		assertThat(suggestions(merksem("homicide", "2022", "be-ixelles", 1))).extracting(Suggestion::incidentId)
			.contains(torture);
	}

	@Test
	void anotherFamilyDisjointDatesAnotherPlaceOrContradictoryCountsAreNotSuggested() {
		long girl = launch("fixture-2023-merksem-girl-killed");
		assertThat(suggestions(merksem("arrest", "2023", "be-antwerpen-merksem", null)))
			.extracting(Suggestion::incidentId)
			.doesNotContain(girl);
		assertThat(suggestions(merksem("shooting", "2024", "be-antwerpen-merksem", 1)))
			.extracting(Suggestion::incidentId)
			.doesNotContain(girl);
		assertThat(suggestions(merksem("shooting", "2023", "be-charleroi", 1))).extracting(Suggestion::incidentId)
			.doesNotContain(girl);
		assertThat(suggestions(merksem("shooting", "2023", "be-antwerpen-merksem", 3)))
			.as("both counts known and different")
			.extracting(Suggestion::incidentId)
			.doesNotContain(girl);
		assertThat(suggestions(merksem("shooting", "2023", "be-antwerpen-merksem", null)))
			.as("an unreported count contradicts nothing")
			.extracting(Suggestion::incidentId)
			.contains(girl);
	}

	private List<Suggestion> suggestions(Map<String, Object> values) {
		return queries.proposal(proposal(values)).orElseThrow().suggestions();
	}

	@Test
	void theQueueIsPagedNewestFirstAndCountsEveryArticleAwaitingReview() throws Exception {
		for (int i = 0; i < 60; i++) {
			long a = jdbc.queryForObject(
					"""
							insert into article (title, publisher, published_from, published_to, published_precision, language, submitted_by)
							values (?, 'Example News', date '2024-01-01', date '2024-01-01', 'DAY', 'en', 'anna') returning id""",
					Long.class, "Queued article " + i);
			proposals.insert(a, 0, ProposalKind.INCIDENT, charleroi());
		}
		long waiting = jdbc.queryForObject("select count(distinct article_id) from proposal where status = 'PENDING'",
				Long.class);
		assertThat(waiting).isGreaterThanOrEqualTo(61);
		long pages = (waiting + 49) / 50;
		mvc.perform(get("/editor/review").with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Awaiting review (" + waiting + ")")))
			.andExpect(content().string(containsString("Page 1 of " + pages)))
			.andExpect(content().string(containsString("Queued article 59")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Queued article 0<"))));
		mvc.perform(get("/editor/review").param("page", Long.toString(pages)).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page " + pages + " of " + pages)))
			.andExpect(content().string(containsString("rel=\"prev\"")));
		for (String bad : new String[] { "0", "-1", "abc", "99999", "1e3" }) {
			mvc.perform(get("/editor/review").param("page", bad).with(user("anna").roles("EDITOR")))
				.andExpect(status().isBadRequest());
			mvc.perform(get("/api/articles").param("page", bad).with(user("anna").roles("EDITOR")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("page"));
		}
		mvc.perform(get("/api/articles").with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(50))
			.andExpect(jsonPath("$[0].title").value("Queued article 59"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Total-Count", Long.toString(waiting)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Link", "</api/articles?page=2>; rel=\"next\""));
	}

	@Test
	void theReviewPageHighlightsTheEvidenceAndOffersTheDecisions() throws Exception {
		long id = proposal(merksem("shooting", "2023", "be-antwerpen", 1));
		long girl = launch("fixture-2023-merksem-girl-killed");
		mvc.perform(get("/editor/review/articles/{id}", article).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<mark>On 14 March 2024 shots were fired at a café in Charleroi; two men were injured.</mark>")))
			.andExpect(content().string(containsString("add as a source of #" + girl)))
			.andExpect(content().string(containsString("Create a new incident anyway")));
		mvc.perform(post("/editor/review/proposals/{id}/accept", id).with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("decision", "accept")
			.param("type", "shooting")
			.param("date", "2023")
			.param("place", "be-antwerpen")
			.param("countryCode", "BE")
			.param("killed", "1")
			.param("injured", "")
			.param("summary", "Test proposal")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("select status, incident_id, corrected from proposal where id = ?", id))
			.containsEntry("status", "MERGED")
			.containsEntry("incident_id", girl)
			.containsEntry("corrected", null);
		mvc.perform(get("/editor/review").with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How the extractor fares")));
	}

}
