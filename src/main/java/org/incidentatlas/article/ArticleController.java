package org.incidentatlas.article;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A source's own page: what it is, where to read it, and the published incidents it supports. */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final JdbcTemplate jdbc;

	ArticleController(ArticleRepository articles, JdbcTemplate jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable long id, Model model, Locale locale, HttpServletRequest request) {
		// an article in review is not shown to the public, not even as existing: the same 404 as no article
		Article article = articles.findById(id)
			.filter(a -> request.isUserInRole("EDITOR") || articles.isCitedPublicly(a.getId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no source " + id + "."));
		model.addAttribute("article", new ArticleView(article.getId(), article.getTitle(), article.getPublisher(),
				article.getUrl(), article.getPublished().label(locale), article.getLanguage()));
		// the summary in the reader's language when there is one, in English otherwise
		model.addAttribute("incidents", jdbc.query("""
				select i.id, i.type, i.date_from, i.date_to, i.date_precision, coalesce(t.summary, i.summary)
				from incident_source s join incident i on i.id = s.incident_id
				left join incident_summary t on t.incident_id = i.id and t.language = ?
				where s.article_id = ? and i.status = 'PUBLISHED'
				order by i.date_from desc nulls last, i.id desc""", (rs, n) -> new Cited(rs.getLong(1),
				rs.getString(2).toLowerCase(Locale.ROOT),
				new DateRange(rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
						rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), DatePrecision.valueOf(rs.getString(5)))
					.label(locale),
				rs.getString(6)), locale.getLanguage(), id));
		return "article/detail";
	}

	record ArticleView(long id, String title, String publisher, String url, String published, String language) {

		/** Only an http(s) address becomes a link. */
		public String safeUrl() {
			return WebAddress.linkOrNull(url);
		}

	}

	record Cited(long id, String type, String date, String summary) {
	}

}
