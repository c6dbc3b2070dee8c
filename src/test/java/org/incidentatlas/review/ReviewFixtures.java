package org.incidentatlas.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Articles with a proposal of our own, for tests outside this package (the browser
 * tests), and their removal.
 */
public final class ReviewFixtures {

	private ReviewFixtures() {
	}

	/** An article and the proposal made of it. */
	public record Proposed(long article, long proposal) {
	}

	/**
	 * An article with one proposed grenade explosion carrying the extractor's coding
	 * hints: a grenade, at a home, around 3 at night.
	 * @return the article's id
	 */
	public static long articleWithAGrenadeProposal(ApplicationContext context, String title) {
		return grenadeProposal(context, title).article();
	}

	/** The same, with the proposal's id. */
	public static Proposed grenadeProposal(ApplicationContext context, String title) {
		String text = "A hand grenade went off at the front door of a house in Borgerhout in May 1998, around 3 a.m.";
		long article = context.getBean(ArticleIngestion.class)
			.ingest(new Submission(title, "Example News", null, "1998-05", "en", text), "anna")
			.articleId();
		Map<String, Object> grenade = new LinkedHashMap<>();
		grenade.put("type", "explosion");
		grenade.put("date", "1998-05");
		grenade.put("place", "be-antwerpen-borgerhout");
		grenade.put("countryCode", "BE");
		grenade.put("summary", title + ": a grenade at the front door of a house in Borgerhout, May 1998.");
		grenade.put("subtype", "grenade");
		grenade.put("target", "home");
		grenade.put("timeOfDay", "03h");
		grenade.put("evidence", List.of(Map.of("start", 0, "end", text.length())));
		// after the extractor's own proposals
		return new Proposed(article,
				context.getBean(Proposals.class).insert(article, 99, ProposalKind.INCIDENT, grenade));
	}

	/**
	 * Removes the articles of that title, their proposals and what accepting them made.
	 */
	public static void removeAll(JdbcTemplate jdbc, String titlePrefix) {
		List<Long> articles = jdbc.queryForList("select id from article where title like ?", Long.class,
				titlePrefix + "%");
		for (long article : articles) {
			List<Long> incidents = jdbc.queryForList(
					"select incident_id from proposal where article_id = ? and incident_id is not null", Long.class,
					article);
			jdbc.update("delete from proposal where article_id = ?", article);
			for (long incident : incidents) {
				jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id = ?", incident);
				jdbc.update("delete from incident where id = ?", incident);
			}
			jdbc.update("delete from audit_event where entity = 'ARTICLE' and entity_id = ?", article);
			jdbc.update("delete from article where id = ?", article);
		}
	}

}
