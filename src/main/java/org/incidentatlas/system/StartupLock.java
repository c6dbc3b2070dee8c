package org.incidentatlas.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Instances that start at the same time on one database start one after the other: from
 * the moment its DataSource exists until it is ready, an instance holds a PostgreSQL
 * advisory lock, so that the start-up work that writes (the gazetteer, the launch data,
 * the first administrator) runs on one instance at a time, and the next one finds it
 * done. Flyway has its own lock. An instance that dies while starting loses its
 * connection and the lock with it; one that waits longer than
 * {@code atlas.startup.lock-timeout} (5 minutes) starts anyway and says so.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/** The advisory lock of starting instances: "STRT". */
	static final int STARTUP_LOCK_CLASS = 0x53545254;

	private final Duration timeout;

	private Connection held;

	StartupLock(Environment environment) {
		this.timeout = environment.getProperty("atlas.startup.lock-timeout", Duration.class, Duration.ofMinutes(5));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if ("dataSource".equals(name) && bean instanceof DataSource dataSource && held == null) {
			lock(dataSource);
		}
		return bean;
	}

	private void lock(DataSource dataSource) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			Connection connection = dataSource.getConnection();
			boolean waited = false;
			while (!tryLock(connection)) {
				if (!waited) {
					log.info("Another instance is starting on this database; waiting for it to be ready");
					waited = true;
				}
				if (System.nanoTime() > deadline) {
					log.warn("Another instance has been starting for over {}; starting anyway", timeout);
					connection.close();
					return;
				}
				Thread.sleep(200);
			}
			held = connection;
		}
		catch (SQLException ex) {
			// no database yet, or a wrong password: what comes next says so better
			log.debug("Could not take the start-up lock: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, 0)")) {
			statement.setInt(1, STARTUP_LOCK_CLASS);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
			release();
		}
	}

	private synchronized void release() {
		if (held == null) {
			return;
		}
		try (Connection connection = held;
				PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, 0)")) {
			statement.setInt(1, STARTUP_LOCK_CLASS);
			statement.execute();
		}
		catch (SQLException ex) {
			log.debug("Could not release the start-up lock: {}", ex.getMessage());
		}
		finally {
			held = null;
		}
	}

}
