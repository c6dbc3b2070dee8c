package org.incidentatlas.analysis;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the GROUP BY queries over every matching incident (the timeline, the place × year
 * table) share.
 */
final class Aggregates {

	private Aggregates() {
	}

	/**
	 * Gives the current transaction enough memory to hash the groups of up to a million
	 * incidents. With PostgreSQL's default 4 MB the planner, which cannot tell how few
	 * groups there will be, sorts the rows on disk instead: at 1M incidents that doubled
	 * the time of a timeline or table. 16 MB (32 MB of hash memory with PostgreSQL's
	 * default multiplier) holds the groups of the whole million with room to spare; with
	 * the pool's 10 connections, at most 10 such queries run at once. It holds until the
	 * end of the transaction only; the callers are read-only transactions.
	 */
	static void roomToHash(NamedParameterJdbcTemplate jdbc) {
		jdbc.getJdbcTemplate().execute("set local work_mem = '16MB'");
	}

}
