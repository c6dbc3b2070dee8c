package org.incidentatlas.user;

import java.security.SecureRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys the application makes itself, once, and keeps in PostgreSQL so that every instance
 * of it signs and checks with the same one. None is ever written in the repository or a
 * log.
 */
@Component
class AppSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	AppSecrets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The key of this name, created at first use; two instances creating it at once agree
	 * on one.
	 */
	@Transactional
	byte[] key(String name) {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		jdbc.update("insert into app_secret (name, value) values (?, ?) on conflict (name) do nothing", name, fresh);
		return jdbc.queryForObject("select value from app_secret where name = ?", byte[].class, name);
	}

}
