package org.incidentatlas.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction and
 * refuses to run without one, so an audit row and the change it describes commit or fail
 * together.
 */
@Component
public class AuditTrail {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One changed field; values are shown as text, null when absent. */
	public record Change(String field, String before, String after) {

		public static Change of(String field, Object before, Object after) {
			return new Change(field, before == null ? null : before.toString(),
					after == null ? null : after.toString());
		}

		public boolean isChange() {
			return !Objects.equals(before, after);
		}

	}

	public record Entry(long id, String entity, long entityId, AuditAction action, String username, Instant at,
			List<Change> changes, String reason) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entity, long entityId, AuditAction action, String username, List<Change> changes,
			String reason) {
		List<Change> real = changes.stream().filter(Change::isChange).toList();
		jdbc.update("""
				insert into audit_event (entity, entity_id, action, username, changes, reason)
				values (?, ?, ?, ?, ?::jsonb, ?)""", entity, entityId, action.name(), username,
				json.writeValueAsString(real), reason);
	}

	/**
	 * One audit row for each row of {@code rows}, in one statement: a bulk writer's (a
	 * CSV import's), for the same action by the same person.
	 * @param rows a query with the columns {@code entity_id}, {@code changes} (jsonb, a
	 * list of {@link Change} as {@link #record} writes it) and {@code reason}, in the
	 * order they are written
	 * @param args the query's parameters
	 * @return how many rows were written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int recordEach(String entity, AuditAction action, String username, String rows, Object... args) {
		Object[] all = new Object[args.length + 3];
		all[0] = entity;
		all[1] = action.name();
		all[2] = username;
		System.arraycopy(args, 0, all, 3, args.length);
		return jdbc.update("""
				insert into audit_event (entity, entity_id, action, username, changes, reason)
				select ?, r.entity_id, ?, ?, r.changes, r.reason from (%s) r""".formatted(rows), all);
	}

	@Transactional(readOnly = true)
	public List<Entry> history(String entity, long entityId) {
		return jdbc.query("""
				select id, entity, entity_id, action, username, at, changes::text as changes, reason
				from audit_event where entity = ? and entity_id = ? order by at desc, id desc""",
				(rs, n) -> new Entry(rs.getLong("id"), rs.getString("entity"), rs.getLong("entity_id"),
						AuditAction.valueOf(rs.getString("action")), rs.getString("username"),
						rs.getTimestamp("at").toInstant(),
						json.readValue(rs.getString("changes"), new TypeReference<List<Change>>() {
						}), rs.getString("reason")),
				entity, entityId);
	}

	/** When a published record was last corrected (edited or merged), if ever. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastCorrected(String entity, long entityId) {
		Timestamp at = jdbc.queryForObject(
				"select max(at) from audit_event where entity = ? and entity_id = ? and action in ('EDIT', 'MERGE')",
				Timestamp.class, entity, entityId);
		return Optional.ofNullable(at).map(Timestamp::toInstant);
	}

}
