package org.incidentatlas.system;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that runs on one instance at a time, however many instances share the
 * database. Each task has a session-level PostgreSQL advisory lock, taken with
 * {@code pg_try_advisory_lock} on a connection held for the length of the run: an
 * instance that finds it taken skips its turn (the other one is doing the work), and an
 * instance that dies mid-run loses its connection and the lock with it. Each run that did
 * something is recorded in {@code scheduled_run}.
 * <p>
 * Work that must not be done twice checks, under the lock, whether it is still to do (the
 * map cells' rebuild asks whether they are stale): an instance that takes the lock just
 * after another released it then finds nothing left.
 */
@Component
public class TaskLock {

	private static final Logger log = LoggerFactory.getLogger(TaskLock.class);

	/**
	 * The advisory lock class of scheduled tasks (the second key is the task name's
	 * hash): "TASK".
	 */
	static final int TASK_LOCK_CLASS = 0x5441534B;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final String instance;

	TaskLock(DataSource dataSource, JdbcTemplate jdbc, @Value("${atlas.instance.name:}") String instance) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.instance = instance.isBlank() ? defaultName() : instance;
	}

	/**
	 * This instance as {@code scheduled_run} names it: {@code atlas.instance.name}, or
	 * host name and process id.
	 */
	public String instance() {
		return instance;
	}

	/**
	 * Runs {@code work} unless another instance is running the same task now.
	 * @param work returns whether it did something, which is then recorded
	 * @return whether this instance ran it
	 */
	public boolean runAlone(String task, BooleanSupplier work) {
		Instant started = Instant.now();
		Connection lock;
		try {
			lock = dataSource.getConnection();
		}
		catch (SQLException ex) {
			log.debug("No connection to run {} now: {}", task, ex.getMessage());
			return false;
		}
		boolean held = false;
		try {
			held = call(lock, "select pg_try_advisory_lock(?, ?)", task);
			if (!held) {
				log.debug("{} is running on another instance; skipped here", task);
				return false;
			}
			if (work.getAsBoolean()) {
				jdbc.update("insert into scheduled_run (task, instance, started_at) values (?, ?, ?)", task, instance,
						Timestamp.from(started));
			}
			return true;
		}
		catch (SQLException ex) {
			log.warn("Could not take the lock of {}: {}", task, ex.getMessage());
			return false;
		}
		finally {
			release(lock, task, held);
		}
	}

	/** Forgets runs older than a week. */
	public int forgetOldRuns() {
		return jdbc.update("delete from scheduled_run where started_at < now() - interval '7 days'");
	}

	private static boolean call(Connection connection, String sql, String task) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, TASK_LOCK_CLASS);
			statement.setInt(2, task.hashCode());
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/**
	 * Unlocks and returns the connection; one that cannot unlock is evicted from the
	 * pool, and its lock ends with it.
	 */
	private void release(Connection connection, String task, boolean held) {
		if (held) {
			try {
				call(connection, "select pg_advisory_unlock(?, ?)", task);
			}
			catch (SQLException ex) {
				log.warn("Could not release the lock of {}; closing its connection: {}", task, ex.getMessage());
				try {
					if (dataSource.isWrapperFor(HikariDataSource.class)) {
						dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
						return;
					}
				}
				catch (SQLException ignored) {
					// closed below
				}
			}
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Could not return the lock connection of {}: {}", task, ex.getMessage());
		}
	}

	private static String defaultName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "localhost";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

}
