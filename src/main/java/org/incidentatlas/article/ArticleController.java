package org.incidentatlas.article;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.system.RefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A source's own page: what it is, where to read it, and the published incidents it
 * supports.
 */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final ArticleQueries queries;

	ArticleController(ArticleRepository articles, ArticleQueries queries) {
		this.articles = articles;
		this.queries = queries;
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable long id, Model model, Locale locale, HttpServletRequest request) {
		// an article in review is not shown to the public, not even as existing: the same
		// 404 as no article
		Article article = articles.findById(id)
			.filter(a -> request.isUserInRole("EDITOR") || articles.isCitedPublicly(a.getId()))
			.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.source",
					"There is no source " + id + ".", String.valueOf(id)));
		model.addAttribute("article", new ArticleView(article.getId(), article.getTitle(), article.getPublisher(),
				article.getUrl(), article.getPublished().label(locale), article.getLanguage()));
		// the summary in the reader's language when there is one, in English otherwise
		model.addAttribute("incidents", queries.citedBy(id, locale));
		return "article/detail";
	}

	record ArticleView(long id, String title, String publisher, String url, String published, String language) {

		/** Only an http(s) address becomes a link. */
		public String safeUrl() {
			return WebAddress.linkOrNull(url);
		}

	}

}
