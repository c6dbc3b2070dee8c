package org.incidentatlas.api.analysis;

import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.analysis.CoverageQueries;
import org.incidentatlas.analysis.FilterCoverage;
import org.incidentatlas.api.Filtered;
import org.incidentatlas.api.JsonAnswers;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the counts of a filter rest on: {@code GET /api/coverage?<filters>}. The same
 * object rides as {@code coverage} in the timeline's and the place table's answers and in
 * the exports.
 */
@RestController
class CoverageApiController {

	private final CoverageQueries coverage;

	private final IncidentFilterParser filters;

	private final JsonAnswers answers;

	CoverageApiController(CoverageQueries coverage, IncidentFilterParser filters, JsonAnswers answers) {
		this.coverage = coverage;
		this.filters = filters;
		this.answers = answers;
	}

	@Filtered
	@GetMapping(path = "/api/coverage", produces = "application/json")
	@ApiResponse(responseCode = "200",
			description = "Articles reviewed for the filter's places and dates, and reported figures that exceed what the atlas records",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilterCoverage.class)))
	ResponseEntity<byte[]> coverage(HttpServletRequest request, Locale locale) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		record CoverageAnswer(IncidentFilter filter) {
		}
		return answers.answer(request, new CoverageAnswer(filter), () -> coverage.coverage(filter, locale));
	}

}
