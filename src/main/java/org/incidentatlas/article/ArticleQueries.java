package org.incidentatlas.article;

import java.util.List;
import java.util.Locale;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads for a source's page, straight into view records. */
@Repository
@Transactional(readOnly = true)
class ArticleQueries {

	private final JdbcTemplate jdbc;

	ArticleQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published incidents an article supports, newest first, each with its summary in
	 * the reader's language when there is one, in English otherwise.
	 */
	List<Cited> citedBy(long articleId, Locale locale) {
		return jdbc.query("""
				select i.id, i.type, i.date_from, i.date_to, i.date_precision, coalesce(t.summary, i.summary)
				from incident_source s join incident i on i.id = s.incident_id
				left join incident_summary t on t.incident_id = i.id and t.language = ?
				where s.article_id = ? and i.status = 'PUBLISHED'
				order by i.date_from desc nulls last, i.id desc""",
				(rs, n) -> new Cited(rs.getLong(1), rs.getString(2).toLowerCase(Locale.ROOT),
						new DateRange(rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
								rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
								DatePrecision.valueOf(rs.getString(5)))
							.label(locale),
						rs.getString(6)),
				locale.getLanguage(), articleId);
	}

	/**
	 * A published incident as the article page lists it: its type token, its date as the
	 * reader reads it.
	 */
	record Cited(long id, String type, String date, String summary) {
	}

}
