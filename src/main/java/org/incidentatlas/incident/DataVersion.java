package org.incidentatlas.incident;

import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.incidentatlas.system.DatabaseErrors;
import org.incidentatlas.system.ReadReplica;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data version: a number that grows with every committed change to incidents or
 * reported figures (a statement trigger counts it in {@code data_version_slot}, in the
 * same transaction as the change, without a row that all writers wait for: see V26).
 * Every cache of answers, on every instance, is keyed by it.
 * <p>
 * While the database cannot be reached, the last version read stands in, so that answers
 * cached for it keep being served; uncached ones are refused at once
 * ({@link #requireReachable}).
 */
@Component
public class DataVersion {

	private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

	private static final long RECENT_NANOS = 1_000_000_000L;

	static final long OUTAGE_RECHECK_MILLIS = 1000;

	private final JdbcTemplate jdbc;

	/**
	 * The version read at most a second ago; replaced (not merely cleared) by
	 * {@link #forget}, see {@link #recent}.
	 */
	private final AtomicReference<Known> recent = new AtomicReference<>(new Known(null, 0));

	/** The last shared version read, served while the database cannot be reached. */
	private volatile Read lastKnown;

	private volatile boolean outage;

	private volatile long recheckAt;

	private final AtomicBoolean probing = new AtomicBoolean();

	/**
	 * The read replica, when one is configured: the version is then always read on the
	 * primary.
	 */
	private final ReadReplica replica;

	DataVersion(JdbcTemplate jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.replica = dataSource instanceof ReadReplica r ? r : null;
	}

	/**
	 * @param version the data version as the reader sees it
	 * @param transaction the reader's transaction id when it has written anything (its
	 * view is its own), else 0
	 */
	public record Read(long version, long transaction) {

		/**
		 * Whether others see the same data under this version, so that answers may be
		 * cached by it.
		 */
		public boolean shared() {
			return transaction == 0;
		}

	}

	private record Known(Read read, long at) {
	}

	/**
	 * The version as of now, in the caller's transaction, for keying caches of answers;
	 * empty when the caller's transaction has changed data itself, since what it reads is
	 * uncommitted and no cache may keep it.
	 */
	public OptionalLong current() {
		Read read = readOrLastKnown();
		return read.shared() ? OptionalLong.of(read.version()) : OptionalLong.empty();
	}

	/**
	 * The answer cached under the key made from the {@link #current} version, computed
	 * once per version; in a transaction that changed data itself (no current version) it
	 * is computed and not kept.
	 */
	public <K, V> V cached(Cache<K, V> cache, LongFunction<K> key, Supplier<V> compute) {
		OptionalLong version = current();
		return version.isEmpty() ? compute.get() : cache.get(key.apply(version.getAsLong()), k -> compute.get());
	}

	/**
	 * The version as of at most a second ago: a change made by another instance reaches
	 * this one within a second, and a change made here at once ({@link #forget}). A
	 * version read inside a transaction that changed data is that transaction's own and
	 * is never remembered.
	 */
	public Read recent() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a transaction that may have written: only the database can say what it sees
			return read();
		}
		Known known = recent.get();
		long now = System.nanoTime();
		if (known.read() != null && now - known.at() <= RECENT_NANOS) {
			return known.read();
		}
		Read read = readOrLastKnown();
		// only if nothing replaced what we saw meanwhile: a version read before a commit
		// here must not
		// be remembered after the commit's forget, or this instance would serve the old
		// version
		if (read.shared()) {
			recent.compareAndSet(known, new Known(read, now));
		}
		return read;
	}

	/**
	 * A cheap validator for caches and ETags, as of at most a second ago. Inside a
	 * transaction that changed data it is a negative number of that transaction, which no
	 * committed state has.
	 */
	public long validator() {
		Read read = recent();
		return read.shared() ? read.version() : -1 - read.transaction();
	}

	/**
	 * Drops the remembered version, after this application changed data itself (after the
	 * commit).
	 */
	public void forget() {
		recent.set(new Known(null, 0));
	}

	/**
	 * Refuses at once, as the database would after the pool's timeout, while it is known
	 * to be unreachable: an answer that is not cached then costs a request nothing but
	 * its 503.
	 */
	public void requireReachable() {
		if (outage) {
			throw new DataAccessResourceFailureException("The database is unreachable");
		}
	}

	/** The version as the caller's transaction sees it, read from the database now. */
	public Read read() {
		if (replica != null && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// this transaction may be on the replica; a read-only one has written nothing
			// of its own
			return new Read(replica.primaryVersion(), 0);
		}
		Read read = jdbc.queryForObject(
				"select data_version(), coalesce(pg_current_xact_id_if_assigned()::text::bigint, 0)",
				(rs, n) -> new Read(rs.getLong(1), rs.getLong(2)));
		if (replica != null && read.shared()) {
			replica.sawOnPrimary(read.version());
		}
		return read;
	}

	/**
	 * The version, or during a database outage the last shared one read. Then the
	 * database is asked again at most every {@value #OUTAGE_RECHECK_MILLIS} ms, by one
	 * request at a time, so that the others do not each wait out the pool's connection
	 * timeout.
	 */
	private Read readOrLastKnown() {
		Read last = lastKnown;
		if (outage && last != null && (System.nanoTime() < recheckAt || !probing.compareAndSet(false, true))) {
			return last;
		}
		try {
			Read now = read();
			if (now.shared()) {
				lastKnown = now;
			}
			if (outage) {
				outage = false;
				log.info("The database answers again");
			}
			return now;
		}
		catch (DataAccessException ex) {
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

}
