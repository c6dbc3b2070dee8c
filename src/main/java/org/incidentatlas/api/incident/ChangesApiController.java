package org.incidentatlas.api.incident;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.incidentatlas.incident.InvalidParameterException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What changed since a moment, so that people who downloaded the data can bring their copy up
 * to date, as ACLED's deletions API lets them: {@code GET /api/incidents/changes?since=2025-10-01T00:00:00Z}.
 * It lists incidents published, corrected or retracted since then; drafts never appear, nor does a
 * draft retracted or merged away before it was published. A merged duplicate counts as retracted.
 */
@RestController
class ChangesApiController {

	static final int MAX = 10_000;

	private final JdbcTemplate jdbc;

	ChangesApiController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/incidents/changes")
	@Transactional(readOnly = true)
	ChangesJson changes(@RequestParam(required = false) String since) {
		if (since == null || since.isBlank()) {
			throw new InvalidParameterException("since", "Give since as an ISO-8601 instant, such as 2025-10-01T00:00:00Z.");
		}
		Instant from;
		try {
			from = Instant.parse(since.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("since", "'" + since + "' is not an instant; use 2025-10-01T00:00:00Z.");
		}
		Instant until = Instant.now();
		// only what the public could see: a change to an incident published by then. A merge retracts
		// the duplicate (its status changes to RETRACTED) and corrects the incident kept.
		List<ChangeJson> changes = jdbc.query("""
				select e.entity_id, e.action, e.at, i.status, e.reason,
				       e.changes @> '[{"field": "status", "after": "RETRACTED"}]'::jsonb as retracts
				from audit_event e join incident i on i.id = e.entity_id
				where e.entity = 'INCIDENT' and e.at > ? and e.action in ('PUBLISH', 'EDIT', 'MERGE', 'RETRACT')
				  and i.status in ('PUBLISHED', 'RETRACTED')
				  and (e.action = 'PUBLISH' or exists (select 1 from audit_event p where p.entity = 'INCIDENT'
				       and p.entity_id = e.entity_id and p.action = 'PUBLISH' and p.at <= e.at))
				order by e.at, e.id limit ?""", (rs, n) -> new ChangeJson(rs.getLong(1),
				rs.getString(2).equals("PUBLISH") ? "published"
						: rs.getString(2).equals("RETRACT") || rs.getBoolean(6) ? "retracted" : "corrected",
				rs.getTimestamp(3).toInstant(), rs.getString(4).toLowerCase(), rs.getString(5),
				rs.getString(4).equals("PUBLISHED") ? "/api/incidents/" + rs.getLong(1) : null),
				java.sql.Timestamp.from(from), MAX);
		return new ChangesJson(from, until, changes);
	}

	/** @param url where to fetch the incident now; null when it is retracted and no longer public */
	record ChangeJson(long id, String change, Instant at, String status, String reason, String url) {
	}

	record ChangesJson(Instant since, Instant until, List<ChangeJson> changes) {
	}

}
