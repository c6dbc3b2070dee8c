package org.incidentatlas.user;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in PostgreSQL, with bcrypt hashes. Every change of role, state or password
 * bumps the account's session epoch, which ends the sessions signed in before it, and is
 * audited. The last enabled administrator can be neither disabled nor demoted. Failed
 * sign-ins are counted so that each further guess waits longer ({@link #backoff});
 * nothing locks the real user out.
 */
@Service
@Transactional
public class UserAccounts {

	static final String ENTITY = "USER";

	/**
	 * Failed sign-ins in a row that cost nothing; from the next one on, each waits
	 * longer.
	 */
	public static final int FREE_FAILURES = 5;

	/** The longest wait between two guesses at one account. */
	public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	/** A run of failures older than this is forgotten at the next one. */
	static final Duration FAILURE_MEMORY = Duration.ofHours(1);

	private static final String GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, AuditTrail audit) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
	}

	public record Account(long id, String username, String passwordHash, Role role, boolean enabled, int failedAttempts,
			Instant lastFailedAt, int sessionEpoch, boolean mustChangePassword, Instant createdAt) {

		/**
		 * How long the next sign-in to this account must wait, from a browser it never
		 * signed in from.
		 */
		public Duration backoff(Instant now) {
			if (failedAttempts < FREE_FAILURES || lastFailedAt == null
					|| lastFailedAt.isBefore(now.minus(FAILURE_MEMORY))) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failedAttempts - FREE_FAILURES, 20);
			Duration wait = Duration.ofSeconds(1L << doublings);
			Duration capped = wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
			Duration left = Duration.between(now, lastFailedAt.plus(capped));
			return left.isNegative() ? Duration.ZERO : left;
		}

		public boolean isThrottled(Instant now) {
			return !backoff(now).isZero();
		}

	}

	/** The first problem with this username and password, if any. */
	public static Optional<AccountProblem> problemWith(String username, String password) {
		return PasswordPolicy.usernameProblem(username).or(() -> PasswordPolicy.passwordProblem(username, password));
	}

	public Account create(String username, String password, Role role, String actor) {
		problemWith(username, password).ifPresent(p -> {
			throw new AccountException(p);
		});
		return insert(username, password, role, false, actor);
	}

	/**
	 * An account with a generated password, which its owner must change at first sign-in.
	 * @return the generated password, to be shown once
	 */
	public String createWithGeneratedPassword(String username, Role role, String actor) {
		PasswordPolicy.usernameProblem(username).ifPresent(p -> {
			throw new AccountException(p);
		});
		String generated = generatePassword();
		insert(username, generated, role, true, actor);
		return generated;
	}

	private Account insert(String username, String password, Role role, boolean mustChange, String actor) {
		try {
			Long id = jdbc.queryForObject("""
					insert into app_user (username, password_hash, role, must_change_password, password_changed_at)
					values (?, ?, ?, ?, now()) returning id""", Long.class, username, passwords.encode(password),
					role.name(), mustChange);
			audit.record(ENTITY, id, AuditAction.CREATE, actor,
					List.of(AuditTrail.Change.of("username", null, username), AuditTrail.Change.of("role", null, role)),
					null);
			return byId(id);
		}
		catch (DuplicateKeyException ex) {
			throw new AccountException("account.problem.taken", username);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return jdbc.query("select * from app_user where username = ?", UserAccounts::account, username)
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return jdbc.query("select * from app_user order by username", UserAccounts::account);
	}

	@Transactional(readOnly = true)
	public long count() {
		Long n = jdbc.queryForObject("select count(*) from app_user", Long.class);
		return n == null ? 0 : n;
	}

	/**
	 * The owner changes their own password, proving they know the current one; their
	 * other sessions end.
	 */
	public void changePassword(String username, String current, String chosen) {
		Account account = find(username).orElseThrow(() -> new AccountException("account.problem.unknown"));
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			throw new AccountException("account.problem.currentWrong");
		}
		if (current.equals(chosen)) {
			throw new AccountException("account.problem.unchanged");
		}
		problemWith(username, chosen).ifPresent(p -> {
			throw new AccountException(p);
		});
		jdbc.update("""
				update app_user set password_hash = ?, must_change_password = false, password_changed_at = now(),
				       session_epoch = session_epoch + 1, updated_at = now() where id = ?""", passwords.encode(chosen),
				account.id());
		audit.record(ENTITY, account.id(), AuditAction.EDIT, username,
				List.of(new AuditTrail.Change("password", null, "changed")), null);
	}

	/**
	 * An administrator gives an account a new generated password, which its owner must
	 * change at the next sign-in; the account's sessions end and its failed sign-ins are
	 * forgotten.
	 * @return the generated password, to be handed over once
	 */
	public String resetPassword(long id, String actor) {
		Account account = byId(id);
		String generated = generatePassword();
		jdbc.update("""
				update app_user set password_hash = ?, must_change_password = true, password_changed_at = now(),
				       failed_attempts = 0, last_failed_at = null, session_epoch = session_epoch + 1, updated_at = now()
				where id = ?""", passwords.encode(generated), id);
		audit.record(ENTITY, id, AuditAction.EDIT, actor, List.of(new AuditTrail.Change("password", null, "reset")),
				"Password reset by an administrator");
		return generated;
	}

	/**
	 * Enables or disables an account; a disabled account's sessions end at their next
	 * request.
	 */
	public void setEnabled(long id, boolean enabled, String actor) {
		Account account = byId(id);
		if (account.enabled() == enabled) {
			return;
		}
		if (!enabled) {
			refuseToRemoveLastAdmin(account);
		}
		jdbc.update(
				"update app_user set enabled = ?, session_epoch = session_epoch + 1, updated_at = now() where id = ?",
				enabled, id);
		audit.record(ENTITY, id, AuditAction.EDIT, actor, List.of(AuditTrail.Change.of("enabled", !enabled, enabled)),
				null);
	}

	/**
	 * Changes an account's role; its sessions end, so the new role applies from the next
	 * sign-in.
	 */
	public void setRole(long id, Role role, String actor) {
		Account account = byId(id);
		if (account.role() == role) {
			return;
		}
		if (role != Role.ADMIN) {
			refuseToRemoveLastAdmin(account);
		}
		jdbc.update("update app_user set role = ?, session_epoch = session_epoch + 1, updated_at = now() where id = ?",
				role.name(), id);
		audit.record(ENTITY, id, AuditAction.EDIT, actor, List.of(AuditTrail.Change.of("role", account.role(), role)),
				null);
	}

	/**
	 * The enabled administrators are locked for the rest of the transaction, so two
	 * administrators disabling each other at once cannot both succeed.
	 */
	private void refuseToRemoveLastAdmin(Account account) {
		List<Long> admins = jdbc.queryForList(
				"select id from app_user where role = 'ADMIN' and enabled order by id for update", Long.class);
		if (admins.contains(account.id()) && admins.size() == 1) {
			throw new AccountException("account.problem.lastAdmin");
		}
	}

	public void recordFailure(String username) {
		jdbc.update(
				"""
						update app_user set failed_attempts = case when last_failed_at is null or last_failed_at < now() - ?::interval
						                                           then 1 else failed_attempts + 1 end,
						                    last_failed_at = now()
						where username = ?""",
				FAILURE_MEMORY.toSeconds() + " seconds", username);
	}

	public void recordSuccess(String username) {
		jdbc.update(
				"update app_user set failed_attempts = 0, last_failed_at = null where username = ? and failed_attempts > 0",
				username);
	}

	/** An administrator forgets an account's failed sign-ins, so it waits no longer. */
	public void clearFailures(long id) {
		jdbc.update("update app_user set failed_attempts = 0, last_failed_at = null, updated_at = now() where id = ?",
				id);
	}

	private Account byId(long id) {
		return jdbc.query("select * from app_user where id = ?", UserAccounts::account, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new AccountException("account.problem.unknown"));
	}

	private static String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(GENERATED_ALPHABET.charAt(RANDOM.nextInt(GENERATED_ALPHABET.length())));
		}
		return password.toString();
	}

	private static Account account(ResultSet rs, int n) throws SQLException {
		Timestamp failed = rs.getTimestamp("last_failed_at");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				failed == null ? null : failed.toInstant(), rs.getInt("session_epoch"),
				rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant());
	}

}
