package org.incidentatlas.api.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.IncidentStatus;
import org.incidentatlas.incident.InvalidParameterException;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed since a moment, so that people who downloaded the data can bring their
 * copy up to date, as ACLED's deletions API lets them:
 * {@code GET /api/incidents/changes?since=2025-10-01T00:00:00Z}. It lists incidents
 * published, corrected or retracted since then; drafts never appear, nor does a draft
 * retracted or merged away before it was published. A merged duplicate counts as
 * retracted.
 */
@RestController
class ChangesApiController {

	static final int MAX = 10_000;

	private final IncidentQueries incidents;

	private final Clock clock;

	ChangesApiController(IncidentQueries incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
	}

	@GetMapping("/api/incidents/changes")
	@Transactional(readOnly = true)
	ChangesJson changes(@RequestParam(required = false) String since) {
		if (since == null || since.isBlank()) {
			throw new InvalidParameterException("since", "parameter.since.missing");
		}
		Instant from;
		try {
			from = Instant.parse(since.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("since", "parameter.since.invalid", since);
		}
		Instant until = clock.instant();
		List<ChangeJson> changes = incidents.changesSince(from, MAX)
			.stream()
			.map(c -> new ChangeJson(c.id(), c.kind().name().toLowerCase(Locale.ROOT), c.at(),
					c.status().name().toLowerCase(Locale.ROOT), c.reason(),
					c.status() == IncidentStatus.PUBLISHED ? "/api/incidents/" + c.id() : null))
			.toList();
		return new ChangesJson(from, until, changes);
	}

	/**
	 * @param url where to fetch the incident now; null when it is retracted and no longer
	 * public
	 */
	record ChangeJson(long id, String change, Instant at, String status, String reason, String url) {
	}

	record ChangesJson(Instant since, Instant until, List<ChangeJson> changes) {
	}

}
