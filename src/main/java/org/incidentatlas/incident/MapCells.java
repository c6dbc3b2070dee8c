package org.incidentatlas.incident;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.incidentatlas.system.DatabaseErrors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@code map_cell} cache of map clusters. Any change to incidents marks it stale
 * (a trigger does that in the same transaction as the change), and this job rebuilds it:
 * the finest level from the incidents, each coarser level from the one below, in one
 * transaction, so readers see either the old cells or the new ones. Undated incidents are
 * kept under year 0, which no year filter matches.
 */
@Component
public class MapCells {

	private static final Logger log = LoggerFactory.getLogger(MapCells.class);

	/** Cached levels are the map's zoom levels below {@link MapQueries#LIVE_ZOOM}. */
	static final int FINEST_LEVEL = MapQueries.LIVE_ZOOM - 1;

	private static final long RECENT_NANOS = 1_000_000_000L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private volatile State recent;

	static final long OUTAGE_RECHECK_MILLIS = 1000;

	private volatile State lastKnown;

	private volatile boolean outage;

	private volatile long recheckAt;

	private final java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean();

	private volatile long recentAt;

	MapCells(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	public boolean isFresh() {
		return !state().stale();
	}

	/**
	 * The state as of at most a second ago: cached answers are keyed by the data version, so a
	 * change elsewhere reaches the map within a second, and a change made here at once.
	 */
	State recentState() {
		State known = recent;
		long now = System.nanoTime();
		if (known == null || now - recentAt > RECENT_NANOS) {
			known = stateOrLastKnown();
			recent = known;
			recentAt = now;
		}
		return known;
	}

	/**
	 * The data version as of now, in the caller's transaction: exact, for caches of aggregates.
	 * While the database cannot be reached, the last version read: answers cached for it are
	 * still right, and keep being served.
	 */
	public long currentDataVersion() {
		return stateOrLastKnown().version();
	}

	/**
	 * Refuses at once, as the database would after the pool's timeout, while it is known to be
	 * unreachable: an answer that is not cached then costs a request nothing but its 503.
	 */
	public void requireReachable() {
		if (outage) {
			throw new org.springframework.dao.DataAccessResourceFailureException("The database is unreachable");
		}
	}

	/**
	 * The state, or during a database outage the last one read. Then the database is asked
	 * again at most every {@value #OUTAGE_RECHECK_MILLIS} ms, by one request at a time, so
	 * that the others do not each wait out the pool's connection timeout.
	 */
	private State stateOrLastKnown() {
		State last = lastKnown;
		if (outage && last != null
				&& (System.nanoTime() < recheckAt || !probing.compareAndSet(false, true))) {
			return last;
		}
		try {
			State now = state();
			lastKnown = now;
			if (outage) {
				outage = false;
				log.info("The database answers again");
			}
			return now;
		}
		catch (org.springframework.dao.DataAccessException ex) {
			if (last == null || !DatabaseErrors.isOutage(ex)) {
				throw ex;
			}
			if (!outage) {
				log.warn("The database cannot be reached; serving answers cached for data version {}", last.version());
			}
			outage = true;
			recheckAt = System.nanoTime() + OUTAGE_RECHECK_MILLIS * 1_000_000L;
			return last;
		}
		finally {
			probing.set(false);
		}
	}

	/** A number that changes whenever any incident changes: a cheap validator for caches and ETags. */
	public long dataVersion() {
		return recentState().version();
	}

	/** Drops the remembered state, after this application changed incidents itself. */
	public void forgetState() {
		recent = null;
	}

	/** Whether the cells are stale, and the version of the incident data, which every change bumps. */
	State state() {
		return jdbc.queryForObject("select stale, version from map_cell_state where id = 1",
				(rs, n) -> new State(rs.getBoolean(1), rs.getLong(2)));
	}

	record State(boolean stale, long version) {
	}

	@Scheduled(initialDelayString = "${atlas.map.cache-check-delay:2s}", fixedDelayString = "${atlas.map.cache-check-interval:10s}")
	public void rebuildIfStale() {
		if (!isFresh()) {
			rebuild();
		}
	}

	public void rebuild() {
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			// taken first: a change committed while we rebuild waits for us, then marks the cache stale again
			jdbc.update("update map_cell_state set stale = false, built_at = now() where id = 1");
			jdbc.update("delete from map_cell");
			jdbc.update("""
					insert into map_cell
					select ?, floor(public_longitude / ?)::int, floor(public_latitude / ?)::int, type,
					       coalesce(extract(year from date_from)::int, 0), coalesce(extract(year from date_to)::int, 0),
					       count(*), sum(public_latitude), sum(public_longitude), min(public_latitude), min(public_longitude),
					       max(public_latitude), max(public_longitude), sum(killed), sum(injured), min(id)
					from incident
					where status = 'PUBLISHED' and public_latitude is not null
					group by 2, 3, type, 5, 6""", FINEST_LEVEL, cellSize(FINEST_LEVEL), cellSize(FINEST_LEVEL));
			for (int level = FINEST_LEVEL - 1; level >= MapQueries.MIN_ZOOM; level--) {
				// cells halve at each level, so a coarser cell is the floor of half the finer one
				jdbc.update("""
						insert into map_cell
						select ?, floor(cx / 2.0)::int, floor(cy / 2.0)::int, type, year_from, year_to, sum(n), sum(sum_lat),
						       sum(sum_lon), min(min_lat), min(min_lon), max(max_lat), max(max_lon), sum(killed), sum(injured),
						       min(min_id)
						from map_cell where level = ?
						group by 2, 3, type, year_from, year_to""", level, level + 1);
			}
			// level -1 counts what no map can show, so totals need no pass over the incidents either
			jdbc.update("""
					insert into map_cell
					select -1, 0, 0, type, coalesce(extract(year from date_from)::int, 0),
					       coalesce(extract(year from date_to)::int, 0), count(*), 0, 0, 0, 0, 0, 0, sum(killed), sum(injured),
					       min(id)
					from incident
					where status = 'PUBLISHED' and public_latitude is null
					group by type, 5, 6""");
		});
		forgetState();
		log.info("Map cells rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	static double cellSize(int level) {
		return 360.0 / Math.pow(2, level + MapQueries.CELLS_PER_TILE_LOG2);
	}

}
