package org.incidentatlas.incident;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.incidentatlas.system.DatabaseErrors;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data version, and the {@code map_cell} cache of map clusters built from one version.
 * <p>
 * Every committed change to incidents or reported figures makes the data version grow (a
 * statement trigger counts it in {@code data_version_slot}, in the same transaction as the
 * change, without a row that all writers wait for: see V26). Caches of answers are keyed by it.
 * <p>
 * The cells are rebuilt in the background when the version moved on: the finest level from the
 * incidents, each coarser level from the one below, in one repeatable-read transaction that
 * reads the incidents and the version in one snapshot and labels the cells with that version.
 * Readers see the old cells or the new ones; writers never wait for a rebuild. Undated
 * incidents are kept under year 0, which no year filter matches.
 */
@Component
public class MapCells {

	private static final Logger log = LoggerFactory.getLogger(MapCells.class);

	/** Cached levels are the map's zoom levels below {@link MapQueries#LIVE_ZOOM}. */
	static final int FINEST_LEVEL = MapQueries.LIVE_ZOOM - 1;

	/** The advisory lock of the rebuild, so that several instances on one database do not all rebuild at once. */
	private static final int REBUILD_LOCK_CLASS = 0x4D415043; // "MAPC"

	private static final long RECENT_NANOS = 1_000_000_000L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate rebuildTransaction;

	/** The state read at most a second ago; replaced (not merely cleared) by {@link #forgetState}, see {@link #recentState}. */
	private final AtomicReference<Known> recent = new AtomicReference<>(new Known(null, 0));

	static final long OUTAGE_RECHECK_MILLIS = 1000;

	/** The last shared state read, served while the database cannot be reached. */
	private volatile State lastKnown;

	private volatile boolean outage;

	private volatile long recheckAt;

	private final java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean();

	MapCells(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.rebuildTransaction = new TransactionTemplate(transactions);
		this.rebuildTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	public boolean isFresh() {
		return !state().stale();
	}

	/**
	 * The state as of at most a second ago: cached answers are keyed by the data version, so a
	 * change made by another instance reaches this one within a second, and a change made here
	 * at once ({@link #forgetState}). A state read inside a transaction that changed data is
	 * that transaction's own and is never remembered.
	 */
	State recentState() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a transaction that may have written: only the database can say what it sees
			return state();
		}
		Known known = recent.get();
		long now = System.nanoTime();
		if (known.state() != null && now - known.at() <= RECENT_NANOS) {
			return known.state();
		}
		State state = stateOrLastKnown();
		// only if nothing replaced what we saw meanwhile: a state read before a commit here must not
		// be remembered after the commit's forgetState, or this instance would serve the old version
		if (state.shared()) {
			recent.compareAndSet(known, new Known(state, now));
		}
		return state;
	}

	/**
	 * The data version as of now, in the caller's transaction, for keying caches of answers;
	 * empty when the caller's transaction has changed data itself, since what it reads is
	 * uncommitted and no cache may keep it. While the database cannot be reached, the last
	 * version read: answers cached for it are still right, and keep being served.
	 */
	public OptionalLong currentDataVersion() {
		State state = stateOrLastKnown();
		return state.shared() ? OptionalLong.of(state.version()) : OptionalLong.empty();
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
	 * The state, or during a database outage the last shared one read. Then the database is
	 * asked again at most every {@value #OUTAGE_RECHECK_MILLIS} ms, by one request at a time, so
	 * that the others do not each wait out the pool's connection timeout.
	 */
	private State stateOrLastKnown() {
		State last = lastKnown;
		if (outage && last != null && (System.nanoTime() < recheckAt || !probing.compareAndSet(false, true))) {
			return last;
		}
		try {
			State now = state();
			if (now.shared()) {
				lastKnown = now;
			}
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

	/**
	 * A number that changes whenever any incident changes, as of at most a second ago: a cheap
	 * validator for caches and ETags. Inside a transaction that changed data it is a negative
	 * number of that transaction, which no committed state has.
	 */
	public long dataVersion() {
		State state = recentState();
		return state.shared() ? state.version() : -1 - state.transaction();
	}

	/** Drops the remembered state, after this application changed incidents itself (call it after the commit). */
	public void forgetState() {
		recent.set(new Known(null, 0));
	}

	/** The data version, the version the cells describe, and whether the caller's transaction has written. */
	State state() {
		return jdbc.queryForObject("""
				select data_version(), version, coalesce(pg_current_xact_id_if_assigned()::text::bigint, 0)
				from map_cell_state where id = 1""", (rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
	}

	/**
	 * @param version the data version as the reader sees it
	 * @param cellsVersion the data version the map cells were built from
	 * @param transaction the reader's transaction id when it has written anything (its view is its own), else 0
	 */
	record State(long version, long cellsVersion, long transaction) {

		boolean stale() {
			return cellsVersion != version;
		}

		/** Whether others see the same data under this version, so that answers may be cached by it. */
		boolean shared() {
			return transaction == 0;
		}

	}

	private record Known(State state, long at) {
	}

	@Scheduled(initialDelayString = "${atlas.map.cache-check-delay:2s}", fixedDelayString = "${atlas.map.cache-check-interval:10s}")
	public void rebuildIfStale() {
		if (!isFresh()) {
			rebuild();
		}
	}

	public void rebuild() {
		long started = System.nanoTime();
		Long built;
		try {
			built = rebuildTransaction.execute(status -> {
				// one rebuild at a time, across instances: a second one waits for the first, and then finds
				// that its snapshot (taken before it waited) is older than the cells, and gives way below
				jdbc.queryForObject("select pg_advisory_xact_lock(?, 1)", Object.class, REBUILD_LOCK_CLASS);
				// the version and the incidents below are read in this transaction's one snapshot
				long version = jdbc.queryForObject("select data_version()", Long.class);
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
				jdbc.update("update map_cell_state set version = ?, built_at = now() where id = 1", version);
				return version;
			});
		}
		catch (ConcurrencyFailureException | DuplicateKeyException ex) {
			// rebuilt by another caller after this transaction's snapshot: those cells are at least as new
			log.debug("Map cells were rebuilt elsewhere meanwhile: {}", ex.getMessage());
			forgetState();
			return;
		}
		forgetState();
		log.info("Map cells of data version {} rebuilt in {} ms", built, (System.nanoTime() - started) / 1_000_000);
	}

	static double cellSize(int level) {
		return 360.0 / Math.pow(2, level + MapQueries.CELLS_PER_TILE_LOG2);
	}

}
