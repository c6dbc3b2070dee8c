package org.incidentatlas.user;

import org.incidentatlas.system.TaskLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions and old records of scheduled runs, every minute, on one
 * instance at a time. Spring Session's own clean-up, which would run on every instance at
 * once, is switched off ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class SessionCleanup {

	/**
	 * Absent when the application runs without a web server (the synthetic-data command):
	 * nothing to clean.
	 */
	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	private final TaskLock tasks;

	SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions, TaskLock tasks) {
		this.sessions = sessions;
		this.tasks = tasks;
	}

	@Scheduled(cron = "${atlas.sessions.cleanup-cron:0 * * * * *}")
	void deleteExpired() {
		// not recorded in scheduled_run: a row a minute would tell nothing
		tasks.runAlone("sessions-cleanup", () -> {
			sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
			tasks.forgetOldRuns();
			return false;
		});
	}

}
