package org.incidentatlas.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's DataSource when a read replica is configured
 * ({@code atlas.datasource.read.url}): the primary, except for public reads, which the
 * replica serves while it is not behind.
 * <p>
 * A connection is taken only at its first statement
 * ({@link LazyConnectionDataSourceProxy}), when the transaction's synchronization says
 * whether it is read-only. A read-only one, in an anonymous GET or HEAD request
 * ({@link ReplicaReads}), goes to the replica when the replica has replayed at least the
 * newest data version this instance has read on the primary, the version its caches are
 * keyed by; otherwise, and when the replica cannot be reached, to the primary. So an
 * answer computed on the replica and cached under version V holds at least the data of V,
 * never older: a lagging replica sends the reads to the primary instead of serving old
 * answers as new. Everything else (writes, sign-ins and the sessions, the accounts'
 * checks, the editors' pages, the data version itself, background work) stays on the
 * primary.
 */
public final class ReadReplica extends LazyConnectionDataSourceProxy implements Closeable {

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReadReplica.class);

	/** How often a replica found behind is asked again. */
	static final long RECHECK_NANOS = 200_000_000L;

	/**
	 * How long a replica that could not be reached is left alone (asking it may wait the
	 * pool's timeout).
	 */
	static final long UNREACHABLE_NANOS = 5_000_000_000L;

	private final DataSource primary;

	private final HikariDataSource replica;

	/** The newest data version read on the primary. */
	private final AtomicLong primarySeen = new AtomicLong(-1);

	/**
	 * The newest data version seen on the replica; only grows, as the replica replays.
	 */
	private final AtomicLong replicaSeen = new AtomicLong(-1);

	private volatile long recheckAt;

	private final AtomicLong servedByReplica = new AtomicLong();

	private final AtomicLong servedByPrimary = new AtomicLong();

	ReadReplica(DataSource primary, HikariDataSource replica) {
		this.primary = primary;
		this.replica = replica;
		setTargetDataSource(new PublicReads());
		afterPropertiesSet();
	}

	/**
	 * The data version, read on the primary whatever transaction the caller is in, and
	 * remembered: no read goes to the replica until it has replayed it.
	 */
	public long primaryVersion() {
		try (Connection connection = primary.getConnection();
				PreparedStatement statement = connection.prepareStatement("select data_version()");
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			long version = rs.getLong(1);
			sawOnPrimary(version);
			return version;
		}
		catch (SQLException ex) {
			throw new org.springframework.dao.DataAccessResourceFailureException("Could not read the data version", ex);
		}
	}

	/**
	 * A data version read on the primary some other way (in a transaction that may
	 * write).
	 */
	public void sawOnPrimary(long version) {
		primarySeen.accumulateAndGet(version, Math::max);
	}

	/**
	 * Read-only connections the replica gave, and those the primary gave in its stead
	 * (behind, or unreachable).
	 */
	public long servedByReplica() {
		return servedByReplica.get();
	}

	public long servedByPrimary() {
		return servedByPrimary.get();
	}

	/**
	 * Whether the replica has replayed what this instance has seen on the primary, asking
	 * it again when due.
	 */
	boolean caughtUp() {
		long needed = primarySeen.get();
		if (needed >= 0 && replicaSeen.get() >= needed) {
			return true;
		}
		long now = System.nanoTime();
		if (now < recheckAt) {
			return false;
		}
		recheckAt = now + RECHECK_NANOS;
		try (Connection connection = replica.getConnection();
				PreparedStatement statement = connection.prepareStatement("select data_version()");
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			long seen = replicaSeen.accumulateAndGet(rs.getLong(1), Math::max);
			return needed >= 0 && seen >= needed;
		}
		catch (SQLException ex) {
			log.debug("The read replica cannot be asked for its data version: {}", ex.getMessage());
			recheckAt = System.nanoTime() + UNREACHABLE_NANOS;
			return false;
		}
	}

	@Override
	public void close() throws IOException {
		replica.close();
		if (primary instanceof AutoCloseable closeable) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				throw new IOException(ex);
			}
		}
	}

	/**
	 * Where a connection is taken from at its first statement, once the transaction has
	 * said whether it is read-only: the replica for a read-only transaction of a request
	 * that may use it, while it has caught up.
	 */
	private final class PublicReads implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			boolean publicRead = ReplicaReads.allowed()
					&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
			if (publicRead && caughtUp()) {
				try {
					Connection connection = replica.getConnection();
					servedByReplica.incrementAndGet();
					return connection;
				}
				catch (SQLException ex) {
					log.warn("The read replica is unreachable; reading from the primary: {}", ex.getMessage());
					recheckAt = System.nanoTime() + UNREACHABLE_NANOS;
					replicaSeen.set(-1);
				}
			}
			if (publicRead) {
				servedByPrimary.incrementAndGet();
			}
			return primary.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() throws SQLException {
			return primary.getLogWriter();
		}

		@Override
		public void setLogWriter(PrintWriter out) throws SQLException {
			primary.setLogWriter(out);
		}

		@Override
		public void setLoginTimeout(int seconds) throws SQLException {
			primary.setLoginTimeout(seconds);
		}

		@Override
		public int getLoginTimeout() throws SQLException {
			return primary.getLoginTimeout();
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			return primary.getParentLogger();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			return primary.unwrap(type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) throws SQLException {
			return primary.isWrapperFor(type);
		}

	}

}
