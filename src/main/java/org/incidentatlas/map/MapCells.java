package org.incidentatlas.map;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.system.TaskLock;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code map_cell} cache of map clusters, built from one data version
 * ({@link DataVersion}).
 * <p>
 * The cells are rebuilt in the background when the data version moved on: the finest
 * level from the incidents, each coarser level from the one below, in one repeatable-read
 * transaction that reads the incidents and the version in one snapshot and labels the
 * cells with that version. Readers see the old cells or the new ones; writers never wait
 * for a rebuild. Undated incidents are kept under year 0, which no year filter matches.
 * <p>
 * Level -1 holds what the map draws no cluster for: incidents without public coordinates
 * ({@code cy = 0}) and incidents located only to a country or region ({@code cy = 1},
 * {@code cx} = their place), which the map lists apart by area. Level -1 and level 0
 * together hold every published incident once.
 */
@Component
public class MapCells {

	private static final Logger log = LoggerFactory.getLogger(MapCells.class);

	/** Cached levels are the map's zoom levels below {@link MapQueries#LIVE_ZOOM}. */
	static final int FINEST_LEVEL = MapQueries.LIVE_ZOOM - 1;

	/**
	 * The advisory lock of the rebuild, so that several instances on one database do not
	 * all rebuild at once.
	 */
	private static final int REBUILD_LOCK_CLASS = 0x4D415043; // "MAPC"

	private static final long RECENT_NANOS = 1_000_000_000L;

	private final JdbcTemplate jdbc;

	private final DataVersion dataVersion;

	private final TransactionTemplate rebuildTransaction;

	private final TaskLock tasks;

	/** The cells' version read at most a second ago, forgotten after a rebuild here. */
	private final AtomicReference<Known> recent = new AtomicReference<>(new Known(-1, 0));

	MapCells(JdbcTemplate jdbc, DataVersion dataVersion, PlatformTransactionManager transactions, TaskLock tasks) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
		this.tasks = tasks;
		this.rebuildTransaction = new TransactionTemplate(transactions);
		this.rebuildTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Whether the cells describe the data as they are now. */
	public boolean isFresh() {
		return !state().stale();
	}

	/** The data version and the cells' version, read now. */
	State state() {
		return new State(dataVersion.read(),
				jdbc.queryForObject("select version from map_cell_state where id = 1", Long.class));
	}

	/**
	 * The data version and the cells' version, as of at most a second ago (see
	 * {@link DataVersion#recent}).
	 */
	State recentState() {
		return new State(dataVersion.recent(), recentCellsVersion());
	}

	private long recentCellsVersion() {
		Known known = recent.get();
		long now = System.nanoTime();
		if (known.version() >= 0 && now - known.at() <= RECENT_NANOS) {
			return known.version();
		}
		try {
			long version = jdbc.queryForObject("select version from map_cell_state where id = 1", Long.class);
			recent.compareAndSet(known, new Known(version, now));
			return version;
		}
		catch (DataAccessException ex) {
			if (known.version() >= 0) {
				// the database is away: the cells as last seen, which the cached tiles
				// were made from
				return known.version();
			}
			throw ex;
		}
	}

	/**
	 * @param data the data version as the reader sees it
	 * @param cellsVersion the data version the map cells were built from
	 */
	record State(DataVersion.Read data, long cellsVersion) {

		long version() {
			return data.version();
		}

		boolean stale() {
			return cellsVersion != data.version();
		}

		/**
		 * Whether others see the same data under this version, so that answers may be
		 * cached by it.
		 */
		boolean shared() {
			return data.shared();
		}

	}

	private record Known(long version, long at) {
	}

	@Scheduled(initialDelayString = "${atlas.map.cache-check-delay:2s}",
			fixedDelayString = "${atlas.map.cache-check-interval:10s}")
	public void rebuildIfStale() {
		// on one instance at a time; staleness is asked under the lock, so the rebuild of
		// a version runs once
		tasks.runAlone("map-cells-rebuild", () -> {
			if (isFresh()) {
				return false;
			}
			rebuild();
			return true;
		});
	}

	public void rebuild() {
		long started = System.nanoTime();
		Long built;
		try {
			built = rebuildTransaction.execute(status -> {
				// one rebuild at a time, across instances: a second one waits for the
				// first, and then finds
				// that its snapshot (taken before it waited) is older than the cells, and
				// gives way below
				jdbc.queryForObject("select pg_advisory_xact_lock(?, 1)", Object.class, REBUILD_LOCK_CLASS);
				// the version and the incidents below are read in this transaction's one
				// snapshot
				long version = jdbc.queryForObject("select data_version()", Long.class);
				jdbc.update("delete from map_cell");
				jdbc.update(
						"""
								insert into map_cell
								select ?, floor(public_longitude / ?)::int, floor(public_latitude / ?)::int, type,
								       coalesce(extract(year from date_from)::int, 0), coalesce(extract(year from date_to)::int, 0),
								       count(*), sum(public_latitude), sum(public_longitude), min(public_latitude), min(public_longitude),
								       max(public_latitude), max(public_longitude), sum(killed), sum(injured), min(id)
								from incident
								where status = 'PUBLISHED' and public_latitude is not null and public_geo_precision not in %s
								group by 2, 3, type, 5, 6"""
							.formatted(MapQueries.VAGUE),
						FINEST_LEVEL, cellSize(FINEST_LEVEL), cellSize(FINEST_LEVEL));
				for (int level = FINEST_LEVEL - 1; level >= MapQueries.MIN_ZOOM; level--) {
					// cells halve at each level, so a coarser cell is the floor of half
					// the finer one
					jdbc.update(
							"""
									insert into map_cell
									select ?, floor(cx / 2.0)::int, floor(cy / 2.0)::int, type, year_from, year_to, sum(n), sum(sum_lat),
									       sum(sum_lon), min(min_lat), min(min_lon), max(max_lat), max(max_lon), sum(killed), sum(injured),
									       min(min_id)
									from map_cell where level = ?
									group by 2, 3, type, year_from, year_to""",
							level, level + 1);
				}
				// level -1 counts what no map can show, so totals need no pass over the
				// incidents either
				jdbc.update(
						"""
								insert into map_cell
								select -1, case when public_latitude is null then 0 else coalesce(place_id, -1) end,
								       case when public_latitude is null then 0 else 1 end, type,
								       coalesce(extract(year from date_from)::int, 0),
								       coalesce(extract(year from date_to)::int, 0), count(*), 0, 0, 0, 0, 0, 0, sum(killed), sum(injured),
								       min(id)
								from incident
								where status = 'PUBLISHED' and (public_latitude is null or public_geo_precision in %s)
								group by 2, 3, type, 5, 6"""
							.formatted(MapQueries.VAGUE));
				jdbc.update("update map_cell_state set version = ?, built_at = now() where id = 1", version);
				return version;
			});
		}
		catch (ConcurrencyFailureException | DuplicateKeyException ex) {
			// rebuilt by another caller after this transaction's snapshot: those cells
			// are at least as new
			log.debug("Map cells were rebuilt elsewhere meanwhile: {}", ex.getMessage());
			forgetCells();
			return;
		}
		forgetCells();
		log.info("Map cells of data version {} rebuilt in {} ms", built, (System.nanoTime() - started) / 1_000_000);
	}

	private void forgetCells() {
		recent.set(new Known(-1, 0));
	}

	static double cellSize(int level) {
		return 360.0 / Math.pow(2, level + MapQueries.CELLS_PER_TILE_LOG2);
	}

}
