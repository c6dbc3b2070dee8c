package org.incidentatlas.api.incident;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentGoneException;
import org.incidentatlas.incident.IncidentNotFoundException;
import org.incidentatlas.incident.IncidentPage;
import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.api.JsonAnswers;
import org.incidentatlas.api.Filtered;
import org.incidentatlas.api.PageJson;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published incidents as JSON, filtered with the parameters every view shares. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final IncidentQueries incidents;

	private final IncidentFilterParser filters;

	private final JsonAnswers answers;

	IncidentApiController(IncidentQueries incidents, IncidentFilterParser filters, JsonAnswers answers) {
		this.incidents = incidents;
		this.filters = filters;
		this.answers = answers;
	}

	@Filtered
	@GetMapping
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "A page of incidents",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = IncidentPageJson.class)))
	ResponseEntity<byte[]> list(HttpServletRequest request, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "-date") String sort) {
		if (!sort.equals("date") && !sort.equals("-date")) {
			throw new InvalidParameterException("sort", "parameter.sort.unknown");
		}
		if (page < 0) {
			throw new InvalidParameterException("page", "parameter.page.fromZero");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidParameterException("size", "parameter.size.range", MAX_PAGE_SIZE);
		}
		IncidentFilter filter = filters.parse(request.getParameterMap());
		record IncidentsAnswer(IncidentFilter filter, int page, int size, String sort) {
		}
		return answers.answer(request, new IncidentsAnswer(filter, page, size, sort), () -> {
			IncidentPage result = incidents.find(filter, page, size, sort.equals("date"));
			return new PageJson<>(result.items().stream().map(IncidentJson::of).toList(), result.page(), result.size(),
					result.totalItems(), result.totalPages());
		});
	}

	@GetMapping("/{id}")
	IncidentJson one(@PathVariable long id) {
		return incidents.findPublished(id)
			.map(v -> IncidentJson.of(v).withEarlier(incidents.earlierAtSameStreet(id, false)))
			.orElseThrow(() -> incidents.retraction(id)
				.<RuntimeException>map(IncidentGoneException::new)
				.orElseGet(() -> new IncidentNotFoundException(id)));
	}

	/** The shape of a page of incidents, for the API documentation. */
	record IncidentPageJson(java.util.List<IncidentJson> items, int page, int size, long totalItems, int totalPages) {
	}

}
