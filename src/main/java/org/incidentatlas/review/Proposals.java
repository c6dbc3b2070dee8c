package org.incidentatlas.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The proposal table: a proposal is inserted as extracted and only its decision changes
 * afterwards.
 */
@Component
class Proposals {

	private static final TypeReference<Map<String, String>> CORRECTIONS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, article_id, position, kind, proposed::text as proposed, status, corrected::text as corrected,
			incident_id, statistic_id, decided_by, decided_at, reason""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	Proposals(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A stored proposal: what was extracted, as its record, and the editor's corrections
	 * (field and new text; null when none).
	 */
	record Stored(long id, long articleId, int position, ProposalKind kind, Proposed proposed, ProposalStatus status,
			Map<String, String> corrected, Long incidentId, Long statisticId, String decidedBy, Instant decidedAt,
			String reason) {
	}

	long insert(long articleId, int position, Proposed proposed) {
		return insert(articleId, position, proposed.kind(), proposed);
	}

	/**
	 * A proposal written by hand, as the JSON object it is stored as: any record or map
	 * Jackson writes.
	 */
	long insert(long articleId, int position, ProposalKind kind, Object proposed) {
		return jdbc.queryForObject(
				"insert into proposal (article_id, position, kind, proposed) values (?, ?, ?, ?::jsonb) returning id",
				Long.class, articleId, position, kind.name(), json.writeValueAsString(proposed));
	}

	List<Stored> ofArticle(long articleId) {
		return jdbc.query("select " + COLUMNS + " from proposal where article_id = ? order by position", this::row,
				articleId);
	}

	Optional<Stored> find(long id) {
		return jdbc.query("select " + COLUMNS + " from proposal where id = ?", this::row, id).stream().findFirst();
	}

	/**
	 * The proposal, locked until the deciding transaction ends, so two editors cannot
	 * decide it twice.
	 */
	Optional<Stored> lockForDecision(long id) {
		return jdbc.query("select " + COLUMNS + " from proposal where id = ? for update", this::row, id)
			.stream()
			.findFirst();
	}

	void decide(long id, ProposalStatus status, Map<String, String> corrected, Long incidentId, Long statisticId,
			String username, String reason) {
		jdbc.update("""
				update proposal set status = ?, corrected = ?::jsonb, incident_id = ?, statistic_id = ?,
				       decided_by = ?, decided_at = now(), reason = ?
				where id = ? and status = 'PENDING'""", status.name(),
				corrected == null || corrected.isEmpty() ? null : json.writeValueAsString(corrected), incidentId,
				statisticId, username, reason, id);
	}

	private Stored row(ResultSet rs, int n) throws SQLException {
		String corrected = rs.getString("corrected");
		java.sql.Timestamp decidedAt = rs.getTimestamp("decided_at");
		ProposalKind kind = ProposalKind.valueOf(rs.getString("kind"));
		return new Stored(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("position"), kind,
				json.readValue(rs.getString("proposed"), Proposed.type(kind)),
				ProposalStatus.valueOf(rs.getString("status")),
				corrected == null ? null : json.readValue(corrected, CORRECTIONS),
				(Long) rs.getObject("incident_id", Long.class), rs.getObject("statistic_id", Long.class),
				rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("reason"));
	}

}
