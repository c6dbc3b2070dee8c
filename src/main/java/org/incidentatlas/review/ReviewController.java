package org.incidentatlas.review;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.system.InvalidFieldsException;
import org.incidentatlas.system.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's review pages: submit an article, the queue with search and quality, and
 * one article's proposals.
 */
@Controller
class ReviewController {

	private final ArticleIngestion ingestion;

	private final ReviewQueries queries;

	private final ReviewDesk desk;

	private final MessageSource messages;

	ReviewController(ArticleIngestion ingestion, ReviewQueries queries, ReviewDesk desk, MessageSource messages) {
		this.ingestion = ingestion;
		this.queries = queries;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/editor/review")
	String queue(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		ReviewViews.Queue queue = queries.queue(ReviewQueries.pageIndex(page));
		model.addAttribute("queue", queue);
		model.addAttribute("previousPage", queue.page() > 0 ? "/editor/review?page=" + queue.page() : null);
		model.addAttribute("nextPage",
				queue.page() + 1 < queue.pages() ? "/editor/review?page=" + (queue.page() + 2) : null);
		model.addAttribute("recent", queries.recent(20));
		model.addAttribute("quality", queries.quality());
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query.length() > 200 ? query.substring(0, 200) : query);
		if (!query.isEmpty()) {
			model.addAttribute("results",
					queries.search(query.length() > 200 ? query.substring(0, 200) : query, ReviewQueries.PAGE_SIZE));
		}
		return "review/queue";
	}

	@GetMapping("/editor/review/new")
	String newArticle(Model model) {
		return form(model, Submission.empty(), Map.of());
	}

	@PostMapping("/editor/review/articles")
	String submit(@RequestParam(required = false) String title, @RequestParam(required = false) String publisher,
			@RequestParam(required = false) String url, @RequestParam(required = false) String publishedOn,
			@RequestParam(required = false) String language, @RequestParam(required = false) String text,
			@RequestParam(required = false) MultipartFile file, Principal user, Model model,
			HttpServletResponse response, RedirectAttributes flash, java.util.Locale locale) throws IOException {
		Submission submission = new Submission(title, publisher, url, publishedOn, language, text);
		try {
			if (file != null && !file.isEmpty()) {
				submission = ingestion.withFile(submission, file.getOriginalFilename(), file.getBytes());
			}
			ArticleIngestion.Ingested ingested = ingestion.ingest(submission, user.getName());
			flash.addFlashAttribute("notice",
					ingested.isDuplicate()
							? messages.getMessage("review.duplicate." + ingested.duplicateBy(),
									new Object[] { ingested.articleId() }, locale)
							: messages.getMessage("review.stored", new Object[] { ingested.proposals() }, locale));
			return "redirect:/editor/review/articles/" + ingested.articleId();
		}
		catch (InvalidFieldsException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			// the text of a rejected upload is not shown again: it may be binary junk
			Submission shown = file != null && !file.isEmpty() ? submission.withText(text == null ? "" : text)
					: submission;
			return form(model, shown, ex.byField(messages, locale));
		}
	}

	private String form(Model model, Submission submission, Map<String, String> problems) {
		model.addAttribute("form", submission);
		model.addAttribute("problems", problems);
		return "review/submit";
	}

	@GetMapping("/editor/review/articles/{id}")
	String article(@PathVariable long id, Model model) {
		model.addAttribute("article",
				queries.article(id)
					.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.article",
							"There is no article " + id + ".", String.valueOf(id))));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("metrics", Metric.values());
		addCodingChoices(model);
		model.addAttribute("qualifiers", Qualifier.values());
		return "review/article";
	}

	/**
	 * @param decision "accept" (merging into the one strong duplicate, if any), "new" (a
	 * new incident regardless) or "merge" (into {@code mergeInto})
	 */
	@PostMapping("/editor/review/proposals/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "accept") String decision,
			@RequestParam(required = false) String mergeInto, HttpServletRequest request, Principal user,
			RedirectAttributes flash, java.util.Locale locale) {
		ReviewViews.ProposalView proposal = queries.proposal(id)
			.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.proposal",
					"There is no proposal " + id + ".", String.valueOf(id)));
		long article = articleOf(id);
		Map<String, Object> corrections = new LinkedHashMap<>();
		for (String field : proposal.kind().fields()) {
			String value = request.getParameter(field);
			if (value != null) {
				corrections.put(field, value);
			}
		}
		try {
			Long into = null;
			if (decision.equals("merge")) {
				try {
					into = Long.valueOf(mergeInto == null ? "" : mergeInto.strip().replaceFirst("^#", ""));
				}
				catch (NumberFormatException ex) {
					throw InvalidFieldsException.submission("mergeInto", "review.mergeInto.invalid");
				}
			}
			ReviewDesk.Decision done = desk.accept(id, corrections, into, decision.equals("new"), user.getName());
			flash
				.addFlashAttribute("notice",
						messages
							.getMessage("review.decided." + done.status().token(),
									new Object[] { proposal.number(),
											done.incidentId() != null ? done.incidentId() : done.statisticId() },
									locale));
		}
		catch (InvalidFieldsException ex) {
			flash.addFlashAttribute("problem", proposal.number() + ": " + String.join(" ",
					ex.problems().stream().map(p -> p.field() + ": " + p.message(messages, locale)).toList()));
		}
		catch (ResponseStatusException ex) {
			if (ex.getStatusCode() != HttpStatus.CONFLICT) {
				throw ex;
			}
			flash.addFlashAttribute("problem", ex.getReason());
		}
		return "redirect:/editor/review/articles/" + article + "#proposal-" + proposal.number();
	}

	@PostMapping("/editor/review/proposals/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Principal user,
			RedirectAttributes flash, java.util.Locale locale) {
		ReviewViews.ProposalView proposal = queries.proposal(id)
			.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.proposal",
					"There is no proposal " + id + ".", String.valueOf(id)));
		try {
			desk.reject(id, reason, user.getName());
			flash.addFlashAttribute("notice",
					messages.getMessage("review.decided.rejected", new Object[] { proposal.number(), "" }, locale));
		}
		catch (InvalidFieldsException ex) {
			flash.addFlashAttribute("problem", ex.problems().get(0).message(messages, locale));
		}
		catch (ResponseStatusException ex) {
			if (ex.getStatusCode() != HttpStatus.CONFLICT) {
				throw ex;
			}
			flash.addFlashAttribute("problem", ex.getReason());
		}
		return "redirect:/editor/review/articles/" + articleOf(id) + "#proposal-" + proposal.number();
	}

	private long articleOf(long proposalId) {
		return queries.articleOfProposal(proposalId);
	}

	/** The kinds (by type) and targets the review form offers for the coding. */
	private static void addCodingChoices(Model model) {
		Map<IncidentType, List<org.incidentatlas.incident.IncidentSubtype>> kinds = new LinkedHashMap<>();
		for (IncidentType type : IncidentType.values()) {
			if (!org.incidentatlas.incident.IncidentSubtype.of(type).isEmpty()) {
				kinds.put(type, org.incidentatlas.incident.IncidentSubtype.of(type));
			}
		}
		model.addAttribute("subtypesByType", kinds);
		model.addAttribute("targets", org.incidentatlas.incident.IncidentTarget.values());
	}

}
