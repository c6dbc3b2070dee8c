package org.incidentatlas.api.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;

import io.swagger.v3.oas.annotations.Operation;
import org.incidentatlas.extraction.Extraction;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.reading.ExtractionJson;
import org.incidentatlas.article.ArticleText;
import org.incidentatlas.system.ServiceBusyException;
import org.incidentatlas.time.DateRange;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the extractor on a text and answers with its proposals. Nothing is stored:
 * ingesting an article for review is {@code /editor/articles} and the articles API. Open
 * to anyone, so bounded: per client ({@link ExtractRateLimit}), in extractions at once,
 * in time, and in the size of the answer ({@link ExtractProperties}).
 */
@RestController
class ExtractApiController {

	static final int RETRY_AFTER_SECONDS = 2;

	static final String BUSY = "Every processor for extraction is busy; try again in " + RETRY_AFTER_SECONDS
			+ " seconds.";

	private final Extractor extractor;

	private final ExtractProperties limits;

	/** Extractions running now: each takes a processor for up to a second per MB. */
	final Semaphore running;

	/** What "today" is when a publication date is checked; tests may fix it. */
	private final java.time.Clock clock;

	ExtractApiController(Extractor extractor, ExtractProperties limits, java.time.Clock clock) {
		this.clock = clock;
		this.extractor = extractor;
		this.limits = limits;
		this.running = new Semaphore(limits.concurrency());
	}

	/**
	 * @param text the article's text
	 * @param publishedOn the publication date, YYYY-MM-DD; relative dates ("last year",
	 * "on Thursday") resolve against it
	 * @param language en, nl or fr; detected when absent
	 */
	record ExtractRequest(String text, String publishedOn, String language) {
	}

	@Operation(
			summary = "Propose the incidents, enforcement events and statistics a text reports, without storing anything")
	@PostMapping("/api/extract")
	ExtractionJson extract(@RequestBody ExtractRequest request) {
		// the same checks as an article submitted for review: empty, over 2 MB, binary
		ArticleText.problem(request.text()).ifPresent(problem -> {
			throw InvalidParameterException.coded("text", problem.code(), problem.english(), (Object[]) problem.args());
		});
		Language language = null;
		if (request.language() != null && !request.language().isBlank()) {
			language = Language.fromToken(request.language())
				.orElseThrow(() -> new InvalidParameterException("language", "parameter.language.unknown",
						shorten(request.language())));
		}
		DateRange published = published(request.publishedOn());
		if (!running.tryAcquire()) {
			throw new ServiceBusyException("problem.busy.extract", BUSY, RETRY_AFTER_SECONDS);
		}
		try {
			long deadline = System.nanoTime() + limits.timeLimit().toNanos();
			Extraction extraction = extractor.extract(request.text(), published, language,
					() -> System.nanoTime() > deadline);
			return ExtractionJson.of(extraction,
					new ExtractionJson.Bounds(limits.maxProposals(), limits.maxEvidence(), limits.maxEvidenceChars()));
		}
		catch (CancellationException ex) {
			throw new ServiceBusyException("problem.busy.extract.slow",
					"The text took longer than " + limits.timeLimit().toSeconds()
							+ " seconds to read; send a shorter one, or try again later.",
					RETRY_AFTER_SECONDS, String.valueOf(limits.timeLimit().toSeconds()));
		}
		finally {
			running.release();
		}
	}

	private DateRange published(String publishedOn) {
		if (publishedOn == null || publishedOn.isBlank()) {
			return DateRange.unknown();
		}
		LocalDate day;
		try {
			day = LocalDate.parse(publishedOn.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("publishedOn", "parameter.date.invalid", shorten(publishedOn));
		}
		DateRange published = DateRange.day(day);
		ArticleText.publicationProblem(published, publishedOn.strip(), java.time.LocalDate.now(clock))
			.ifPresent(problem -> {
				throw InvalidParameterException.coded("publishedOn", problem.code(), problem.english(),
						(Object[]) problem.args());
			});
		return published;
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
