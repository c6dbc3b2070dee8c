package org.incidentatlas.api.review;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.review.ArticleIngestion;
import org.incidentatlas.review.ReviewDesk;
import org.incidentatlas.review.ReviewQueries;
import org.incidentatlas.review.ReviewViews;
import org.incidentatlas.review.Submission;
import org.incidentatlas.system.RefusedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Articles for review, over the API: editors only, for reading too (article texts belong
 * to their publishers). A submitted article is stored with the extractor's proposals; a
 * resubmission of an article already here answers 200 with that article and
 * {@code duplicate} set to "url" or "text".
 */
@RestController
class ReviewApiController {

	private final ArticleIngestion ingestion;

	private final ReviewQueries queries;

	private final ReviewDesk desk;

	ReviewApiController(ArticleIngestion ingestion, ReviewQueries queries, ReviewDesk desk) {
		this.ingestion = ingestion;
		this.queries = queries;
		this.desk = desk;
	}

	/**
	 * @param duplicate null for a new article; "url" or "text" when it was here already
	 * @param message what happened, for a person
	 */
	record Submitted(Long id, String duplicate, String message, ReviewViews.ArticleReview article) {
	}

	@Operation(summary = "Submit an article for review",
			description = "Stores the article whole and the extractor's proposals, each PENDING. 201 with the article and its "
					+ "proposals; 200 with the existing article and duplicate = \"url\" or \"text\" when the same address or the "
					+ "same text (compared after normalising case, spacing and Unicode) is already here. Nothing is stored on a 400.")
	@PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Submitted> submit(@RequestBody Submission submission, Principal user) {
		return stored(ingestion.ingest(submission, user.getName()));
	}

	@Operation(summary = "Submit an article for review as a .txt or .html file",
			description = "The same as the JSON form, as multipart/form-data: the fields title, publisher, url, publishedOn "
					+ "and language, and the file (UTF-8, at most 2 MB of text; HTML is reduced to its readable text). "
					+ "The page's title is used when no title is given.")
	@PostMapping(path = "/api/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Submitted> upload(@RequestParam(required = false) String title,
			@RequestParam(required = false) String publisher, @RequestParam(required = false) String url,
			@RequestParam(required = false) String publishedOn, @RequestParam(required = false) String language,
			@RequestPart("file") MultipartFile file, Principal user) throws IOException {
		Submission submission = ingestion.withFile(new Submission(title, publisher, url, publishedOn, language, null),
				file.getOriginalFilename(), file.getBytes());
		return stored(ingestion.ingest(submission, user.getName()));
	}

	private ResponseEntity<Submitted> stored(ArticleIngestion.Ingested ingested) {
		ReviewViews.ArticleReview article = article(ingested.articleId());
		if (ingested.isDuplicate()) {
			return ResponseEntity.ok()
				.location(URI.create("/api/articles/" + ingested.articleId()))
				.body(new Submitted(ingested.articleId(), ingested.duplicateBy(), "This article is already here (same "
						+ ingested.duplicateBy() + "): article " + ingested.articleId() + ". Nothing new was stored.",
						article));
		}
		return ResponseEntity.created(URI.create("/api/articles/" + ingested.articleId()))
			.body(new Submitted(ingested.articleId(), null,
					"Stored with " + ingested.proposals() + " proposals to review.", article));
	}

	@Operation(summary = "Articles awaiting review, or a full-text search over all articles",
			description = "Without q: articles with proposals still PENDING, newest first, 50 a page (page=1, 2, ...); "
					+ "X-Total-Count holds their number and a Link header the next page. With q: full-text search in the "
					+ "title, publisher and text (English, Dutch and French stemming), best match first.")
	@GetMapping("/api/articles")
	ResponseEntity<List<ReviewViews.ArticleEntry>> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String page) {
		if (q != null && q.length() > 200) {
			throw new InvalidParameterException("q", "parameter.q.tooLong", 200);
		}
		if (q != null && !q.isBlank()) {
			return ResponseEntity.ok(queries.search(q, ReviewQueries.PAGE_SIZE));
		}
		ReviewViews.Queue queue = queries.queue(ReviewQueries.pageIndex(page));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.header("X-Total-Count", Long.toString(queue.total()))
			.header("X-Page", (queue.page() + 1) + " of " + queue.pages());
		if (queue.page() + 1 < queue.pages()) {
			answer.header(HttpHeaders.LINK, "</api/articles?page=" + (queue.page() + 2) + ">; rel=\"next\"");
		}
		return answer.body(queue.articles());
	}

	@Operation(summary = "One article with its text and its proposals",
			description = "Each proposal has what was extracted (proposed), the editor's corrections (corrected), the evidence "
					+ "passages with their offsets into text, and, while pending, the existing incidents it may duplicate "
					+ "(suggestions) and willMergeInto: the incident a plain accept adds the article to.")
	@GetMapping("/api/articles/{id}")
	ReviewViews.ArticleReview article(@PathVariable long id) {
		return queries.article(id)
			.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.article",
					"There is no article " + id + ".", String.valueOf(id)));
	}

	/**
	 * @param corrections fields to correct before accepting, such as {"killed": 2,
	 * "date": "2023-04"}
	 * @param mergeInto add the article as a source of this existing incident instead of
	 * creating one
	 * @param createNew create a new incident even when a strong duplicate exists
	 */
	record Acceptance(Map<String, Object> corrections, Long mergeInto, Boolean createNew) {
	}

	record Rejection(String reason) {
	}

	@Operation(summary = "Accept a proposal, as proposed or corrected",
			description = "Creates and publishes an incident (or stores a statistic) with the article as its source. With "
					+ "one strong duplicate and no createNew, the article becomes a source of that incident instead "
					+ "(status merged). 409 when the proposal was already decided.")
	@PostMapping("/api/proposals/{id}/accept")
	ReviewDesk.Decision accept(@PathVariable long id, @RequestBody(required = false) Acceptance acceptance,
			Principal user) {
		Acceptance a = acceptance == null ? new Acceptance(null, null, null) : acceptance;
		return desk.accept(id, a.corrections(), a.mergeInto(), Boolean.TRUE.equals(a.createNew()), user.getName());
	}

	@Operation(summary = "Reject a proposal",
			description = "Optionally with a reason. 409 when it was already decided.")
	@PostMapping("/api/proposals/{id}/reject")
	ReviewDesk.Decision reject(@PathVariable long id, @RequestBody(required = false) Rejection rejection,
			Principal user) {
		return desk.reject(id, rejection == null ? null : rejection.reason(), user.getName());
	}

	@Operation(summary = "How the extractor's proposals fared in review",
			description = "Counts of proposals accepted as proposed, accepted after corrections, merged into existing records, "
					+ "rejected and pending, and how often each field was corrected.")
	@GetMapping("/api/review/quality")
	ReviewViews.Quality quality() {
		return queries.quality();
	}

}
