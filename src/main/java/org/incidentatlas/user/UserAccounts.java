package org.incidentatlas.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in PostgreSQL, with bcrypt hashes and a lock after repeated failed sign-ins. */
@Service
@Transactional
public class UserAccounts {

	public static final int MIN_PASSWORD = 12;

	public static final int MAX_PASSWORD = 128;

	/** After this many failed sign-ins in a row the account is locked for {@link #LOCK}. */
	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK = Duration.ofMinutes(15);

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	public record Account(long id, String username, String passwordHash, Role role, boolean enabled, int failedAttempts,
			Instant lockedUntil, Instant createdAt) {

		public boolean isLocked(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

	}

	/** Why a password or username cannot be used; null when it can. */
	public static String problemWith(String username, String password) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			return "A username has 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores.";
		}
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			return "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.";
		}
		if (password.toLowerCase().contains(username.toLowerCase()) || password.chars().distinct().count() < 5) {
			return "The password is too easy to guess: avoid the username and repeated characters.";
		}
		return null;
	}

	public Account create(String username, String password, Role role) {
		String problem = problemWith(username, password);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		try {
			Long id = jdbc.queryForObject("insert into app_user (username, password_hash, role) values (?, ?, ?) returning id",
					Long.class, username, passwords.encode(password), role.name());
			return find(username).filter(a -> a.id() == id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("The username " + username + " is taken.");
		}
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return jdbc.query("select * from app_user where username = ?", (rs, n) -> account(rs), username).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return jdbc.query("select * from app_user order by username", (rs, n) -> account(rs));
	}

	@Transactional(readOnly = true)
	public long count() {
		Long n = jdbc.queryForObject("select count(*) from app_user", Long.class);
		return n == null ? 0 : n;
	}

	public void recordFailure(String username) {
		jdbc.update("""
				update app_user set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= ? then now() + ?::interval else locked_until end
				where username = ?""", MAX_FAILURES, LOCK.toSeconds() + " seconds", username);
	}

	public void recordSuccess(String username) {
		jdbc.update("update app_user set failed_attempts = 0, locked_until = null where username = ? and failed_attempts > 0",
				username);
	}

	public void setEnabled(long id, boolean enabled) {
		jdbc.update("update app_user set enabled = ?, updated_at = now() where id = ?", enabled, id);
	}

	public void unlock(long id) {
		jdbc.update("update app_user set failed_attempts = 0, locked_until = null, updated_at = now() where id = ?", id);
	}

	private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				locked == null ? null : locked.toInstant(), rs.getTimestamp("created_at").toInstant());
	}

}
