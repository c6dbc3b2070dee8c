package org.incidentatlas.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.reading.ExtractionJson;
import org.incidentatlas.review.ArticleText;
import org.incidentatlas.time.DateRange;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the extractor on a text and answers with its proposals. Nothing is stored: ingesting an
 * article for review is {@code /editor/articles} and the articles API.
 */
@RestController
class ExtractApiController {

	private final Extractor extractor;

	ExtractApiController(Extractor extractor) {
		this.extractor = extractor;
	}

	/**
	 * @param text the article's text
	 * @param publishedOn the publication date, YYYY-MM-DD; relative dates ("last year", "on Thursday") resolve against it
	 * @param language en, nl or fr; detected when absent
	 */
	record ExtractRequest(String text, String publishedOn, String language) {
	}

	@Operation(summary = "Propose the incidents, enforcement events and statistics a text reports, without storing anything")
	@PostMapping("/api/extract")
	ExtractionJson extract(@RequestBody ExtractRequest request) {
		// the same checks as an article submitted for review: empty, over 2 MB, binary
		ArticleText.problem(request.text()).ifPresent(message -> {
			throw new InvalidParameterException("text", message);
		});
		Language language = null;
		if (request.language() != null && !request.language().isBlank()) {
			language = Language.fromToken(request.language())
				.orElseThrow(() -> new InvalidParameterException("language", "'" + shorten(request.language())
						+ "' is not a language the extractor reads: use en, nl or fr"));
		}
		return ExtractionJson.of(extractor.extract(request.text(), published(request.publishedOn()), language));
	}

	private static DateRange published(String publishedOn) {
		if (publishedOn == null || publishedOn.isBlank()) {
			return DateRange.unknown();
		}
		LocalDate day;
		try {
			day = LocalDate.parse(publishedOn.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("publishedOn", "'" + shorten(publishedOn) + "' is not a date: use YYYY-MM-DD");
		}
		DateRange published = DateRange.day(day);
		ArticleText.publicationProblem(published, publishedOn.strip()).ifPresent(message -> {
			throw new InvalidParameterException("publishedOn", message);
		});
		return published;
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
