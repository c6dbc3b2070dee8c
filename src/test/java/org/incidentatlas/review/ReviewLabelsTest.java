package org.incidentatlas.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page speaks the editor's language: place names, what figures count,
 * corrections by their labels.
 */
@FixedDataTest
@Transactional
class ReviewLabelsTest {

	static final String TEXT = """
			A grenade exploded at the door of a house in Borgerhout on 2 March 2024. Nobody was hurt.

			Police counted 31 shootings in the city that year.""";

	@Autowired
	ArticleIngestion ingestion;

	@Autowired
	ReviewDesk desk;

	@Autowired
	Proposals proposals;

	@Autowired
	MockMvc mvc;

	@Test
	void placeKeysMetricsAndCorrectionsAreShownByName() throws Exception {
		long article = ingestion
			.ingest(new Submission("Labels on the review page", "Example News", null, "2024-03", "en", TEXT), "anna")
			.articleId();
		Map<String, Object> grenade = new LinkedHashMap<>();
		grenade.put("type", "explosion");
		grenade.put("date", "2024-03-02");
		grenade.put("place", "be-antwerpen-borgerhout");
		grenade.put("countryCode", "BE");
		grenade.put("summary", "A grenade at the door of a house in Borgerhout, 2 March 2024.");
		grenade.put("evidence", List.of(Map.of("start", 0, "end", 72)));
		long decided = proposals.insert(article, 90, ProposalKind.INCIDENT, grenade);
		Map<String, Object> pending = new LinkedHashMap<>(grenade);
		pending.put("date", "2024-03");
		long open = proposals.insert(article, 91, ProposalKind.INCIDENT, pending);
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("metric", "cocaine_seized_tonnes");
		figure.put("value", "31");
		figure.put("qualifier", "exact");
		figure.put("period", "2024");
		figure.put("place", "be-antwerpen");
		figure.put("placeLabel", "Antwerp");
		figure.put("countryCode", "BE");
		figure.put("evidence", List.of(Map.of("start", TEXT.indexOf("Police"), "end", TEXT.length())));
		proposals.insert(article, 92, ProposalKind.STATISTIC, figure);
		desk.accept(decided, Map.of("victimAges", "34", "place", "be-antwerpen-deurne"), null, true, "anna");

		mvc.perform(get("/editor/review/articles/{id}", article).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Borgerhout (district, Antwerp)")))
			.andExpect(content().string(containsString("Antwerp (city or municipality, Antwerp)")))
			.andExpect(content().string(containsString(">cocaine seized (tonnes)</option>")))
			.andExpect(content().string(containsString("Victims&#39; ages</span> →")))
			.andExpect(content().string(containsString("Deurne (district, Antwerp)")))
			.andExpect(content().string(not(containsString("victimAges →"))))
			.andExpect(content().string(not(containsString(">cocaine_seized_tonnes<"))));
		mvc.perform(get("/editor/review/articles/{id}", article).with(user("anna").roles("EDITOR"))
			.header("Accept-Language", "nl"))
			.andExpect(content().string(containsString("Leeftijden van de slachtoffers")))
			.andExpect(content().string(containsString("cocaïne in beslag genomen (ton)")));
	}

	@Test
	void thePlaceAsTheArticleNamedItIsReadFromTheStoredProposal() throws Exception {
		long article = ingestion
			.ingest(new Submission("A place as read", "Example News", null, "2024-03", "en", TEXT), "anna")
			.articleId();
		Map<String, Object> proposed = new LinkedHashMap<>();
		proposed.put("type", "explosion");
		proposed.put("placeLabel", "the corner of the Testlaan");
		proposed.put("evidence", List.of(Map.of("start", 0, "end", 72)));
		proposals.insert(article, 90, ProposalKind.INCIDENT, proposed);
		mvc.perform(get("/editor/review/articles/{id}", article).with(user("anna").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Place as read: the corner of the Testlaan")));
	}

}
