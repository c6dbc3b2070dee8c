package org.incidentatlas.statistic;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What the GROUP BY queries over every matching incident (the timeline, the place × year table) share. */
final class Aggregates {

	private Aggregates() {
	}

	/**
	 * Gives the current transaction enough memory to hash the groups of up to a million incidents.
	 * With PostgreSQL's default 4 MB the planner, which cannot tell how few groups there will be,
	 * sorts the rows on disk instead: at 1M incidents that doubled the time of a timeline or table.
	 * It holds until the end of the transaction only; the callers are read-only transactions.
	 */
	static void roomToHash(NamedParameterJdbcTemplate jdbc) {
		jdbc.getJdbcTemplate().execute("set local work_mem = '32MB'");
	}

}
