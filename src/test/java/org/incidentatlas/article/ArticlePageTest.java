package org.incidentatlas.article;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A source's page is public once it supports something published; before that it is the
 * editors' business.
 */
@IntegrationTest
@Transactional
class ArticlePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long article(String title) {
		return jdbc.queryForObject("""
				insert into article (title, publisher, url, published_precision)
				values (?, 'Het Voorbeeldblad', 'https://example.org/in-review', 'UNKNOWN') returning id""", Long.class,
				title);
	}

	private long incident(String status) {
		return jdbc.queryForObject(
				"""
						insert into incident (type, date_precision, geo_precision, summary, status, retraction_reason)
						values ('ARSON', 'UNKNOWN', 'UNKNOWN', 'A car set alight', ?, case when ? = 'RETRACTED' then 'wrong' end)
						returning id""",
				Long.class, status, status);
	}

	@Test
	void anArticleStillInReviewIsNotShownToThePublicNorSaidToExist() throws Exception {
		long id = article("Secret scoop still in review");
		mvc.perform(get("/articles/" + id))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Secret scoop"))))
			.andExpect(content().string(not(containsString("Voorbeeldblad"))));
		// the same answer as an article that does not exist
		mvc.perform(get("/articles/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/articles/" + id).with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Secret scoop")));
	}

	@Test
	void anArticleWhoseOnlyIncidentIsADraftOrRetractedStaysHidden() throws Exception {
		long id = article("Draft-only source");
		jdbc.update("insert into incident_source (incident_id, article_id) values (?, ?)", incident("DRAFT"), id);
		jdbc.update("insert into incident_source (incident_id, article_id) values (?, ?)", incident("RETRACTED"), id);
		mvc.perform(get("/articles/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void anArticleThatSupportsAPublishedIncidentIsPublic() throws Exception {
		long id = article("A published source");
		jdbc.update("insert into incident_source (incident_id, article_id) values (?, ?)", incident("PUBLISHED"), id);
		mvc.perform(get("/articles/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A published source")))
			.andExpect(content().string(containsString("https://example.org/in-review")));
	}

}
