package org.incidentatlas.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the review pages and API: the queue, article search, one article's review,
 * and the quality read-out.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

	static final int EXCERPT = 160;

	private static final String ENTRY = """
			select a.id, a.title, a.publisher, a.url, a.published_from, a.published_to, a.published_precision,
			       a.language, a.submitted_by, a.created_at,
			       count(p.id) filter (where p.status = 'PENDING') as pending, count(p.id) as proposals
			from article a left join proposal p on p.article_id = a.id
			""";

	/** Any of the three languages' stemming, or none, may match what the editor typed. */
	private static final String QUERY = "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('dutch', :q)"
			+ " || websearch_to_tsquery('french', :q) || websearch_to_tsquery('simple', :q))";

	private final NamedParameterJdbcTemplate jdbc;

	private final Proposals proposals;

	private final DuplicateFinder duplicates;

	ReviewQueries(NamedParameterJdbcTemplate jdbc, Proposals proposals, DuplicateFinder duplicates) {
		this.jdbc = jdbc;
		this.proposals = proposals;
		this.duplicates = duplicates;
	}

	/** How many articles a page of the queue, or of search results, holds. */
	public static final int PAGE_SIZE = 50;

	/** A page number as a person writes it (1, 2, ...; absent is 1), counted from 0. */
	public static int pageIndex(String page) {
		if (page == null || page.isBlank()) {
			return 0;
		}
		if (!page.strip().matches("\\d{1,6}") || Integer.parseInt(page.strip()) < 1) {
			throw new InvalidParameterException("page", "parameter.page.invalid",
					InvalidParameterException.shorten(page));
		}
		return Integer.parseInt(page.strip()) - 1;
	}

	/**
	 * One page (from 0) of the articles with proposals still to decide, newest first, and
	 * how many there are.
	 */
	public ReviewViews.Queue queue(int page) {
		int size = PAGE_SIZE;
		long total = jdbc.queryForObject("""
				select count(distinct article_id) from proposal where status = 'PENDING'""", Map.of(), Long.class);
		int pages = (int) Math.max(1, (total + size - 1) / size);
		if (page < 0 || page >= pages) {
			throw new InvalidParameterException("page",
					pages == 1 ? "parameter.page.beyondOne" : "parameter.page.beyond", page + 1, pages);
		}
		List<ReviewViews.ArticleEntry> articles = jdbc.query(ENTRY + """
				where exists (select 1 from proposal q where q.article_id = a.id and q.status = 'PENDING')
				group by a.id order by a.created_at desc, a.id desc limit :limit offset :offset""",
				Map.of("limit", size, "offset", (long) page * size), ReviewQueries::entry);
		return new ReviewViews.Queue(articles, page, pages, total, page * size + 1);
	}

	/** Articles submitted for review, newest first, whether decided or not. */
	public List<ReviewViews.ArticleEntry> recent(int limit) {
		return jdbc.query(ENTRY + """
				where a.submitted_by is not null
				group by a.id order by a.created_at desc, a.id desc limit :limit""", Map.of("limit", limit),
				ReviewQueries::entry);
	}

	/**
	 * Full-text search in the title, publisher and text of every article, best match
	 * first.
	 */
	public List<ReviewViews.ArticleEntry> search(String q, int limit) {
		return jdbc.query(ENTRY + "where a.search_vector @@ " + QUERY + """
				group by a.id order by ts_rank(a.search_vector, """ + QUERY + """
				) desc, a.created_at desc, a.id desc limit :limit""",
				new MapSqlParameterSource("q", q.strip()).addValue("limit", limit), ReviewQueries::entry);
	}

	public Optional<ReviewViews.ArticleReview> article(long id) {
		return jdbc.query("""
				select id, title, publisher, url, published_from, published_to, published_precision, language,
				       submitted_by, created_at, full_text
				from article where id = :id""", Map.of("id", id), (rs, n) -> {
			String text = rs.getString("full_text");
			List<ReviewViews.ProposalView> views = proposals.ofArticle(id).stream().map(p -> view(p, text)).toList();
			return new ReviewViews.ArticleReview(rs.getLong("id"), rs.getString("title"), rs.getString("publisher"),
					rs.getString("url"), published(rs), rs.getString("language"), rs.getString("submitted_by"),
					rs.getTimestamp("created_at").toInstant(), text, views);
		}).stream().findFirst();
	}

	public Optional<ReviewViews.ProposalView> proposal(long id) {
		return proposals.find(id)
			.map(p -> view(p, jdbc.queryForObject("select full_text from article where id = :id",
					Map.of("id", p.articleId()), String.class)));
	}

	long articleOfProposal(long proposalId) {
		return proposals.find(proposalId).map(Proposals.Stored::articleId).orElseThrow();
	}

	public ReviewViews.Quality quality() {
		Map<String, Long> fields = new LinkedHashMap<>();
		jdbc.query("""
				select f.key, count(*) from proposal p, jsonb_object_keys(p.corrected) f(key)
				where p.corrected is not null and p.status <> 'PENDING'
				group by f.key order by count(*) desc, f.key""", rs -> {
			fields.put(rs.getString(1), rs.getLong(2));
		});
		return jdbc.queryForObject("""
				select count(*),
				       count(*) filter (where status = 'PENDING'),
				       count(*) filter (where status = 'ACCEPTED' and corrected is null),
				       count(*) filter (where status = 'ACCEPTED' and corrected is not null),
				       count(*) filter (where status = 'MERGED'),
				       count(*) filter (where status = 'REJECTED')
				from proposal""", Map.of(), (rs, n) -> new ReviewViews.Quality(rs.getLong(1), rs.getLong(2),
				rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), fields));
	}

	private ReviewViews.ProposalView view(Proposals.Stored p, String text) {
		ProposalValues values = new ProposalValues(p.proposed(), p.corrected());
		String body = text == null ? "" : text;
		List<ReviewViews.EvidenceView> evidence = values.evidence()
			.stream()
			.filter(s -> s.start() >= 0 && s.end() <= body.length() && s.end() > s.start())
			.map(s -> new ReviewViews.EvidenceView(s.start(), s.end(), body.substring(s.start(), s.end()),
					ReviewViews.excerpt(body, s.start(), s.end(), EXCERPT)))
			.toList();
		List<Suggestion> suggestions = List.of();
		Long willMergeInto = null;
		if (p.status() == ProposalStatus.PENDING && p.kind() != ProposalKind.STATISTIC) {
			suggestions = duplicates.suggestions(DuplicateFinder.Event.of(values, p.articleId()));
			willMergeInto = DuplicateFinder.single(suggestions).map(Suggestion::incidentId).orElse(null);
		}
		return new ReviewViews.ProposalView(p.id(), p.position() + 1, p.kind(), p.status(), p.proposed(),
				values.corrected(), values, evidence, suggestions, willMergeInto, p.incidentId(), p.statisticId(),
				p.decidedBy(), p.decidedAt(), p.reason());
	}

	private static ReviewViews.ArticleEntry entry(ResultSet rs, int n) throws SQLException {
		return new ReviewViews.ArticleEntry(rs.getLong("id"), rs.getString("title"), rs.getString("publisher"),
				rs.getString("url"), published(rs), rs.getString("language"), rs.getString("submitted_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("pending"), rs.getInt("proposals"));
	}

	private static DateRange published(ResultSet rs) throws SQLException {
		java.sql.Date from = rs.getDate("published_from");
		java.sql.Date to = rs.getDate("published_to");
		return new DateRange(from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
				DatePrecision.valueOf(rs.getString("published_precision")));
	}

}
