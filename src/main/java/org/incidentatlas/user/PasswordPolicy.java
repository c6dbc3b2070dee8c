package org.incidentatlas.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a username and a password must be. A password has at least 12 characters and at
 * most 72 bytes, because bcrypt reads no further than 72 bytes: a longer one would be cut
 * without a word. It must not be guessable: zxcvbn estimates the guesses an attacker
 * needs, with its list of the 30,000 most common passwords (shipped in its jar),
 * dictionary words, names, keyboard patterns, dates and the username itself; anything
 * under 10^8 guesses is refused.
 */
final class PasswordPolicy {

	static final int MIN_CHARACTERS = 12;

	/** bcrypt's limit. */
	static final int MAX_BYTES = 72;

	/** zxcvbn's score 3: "safely unguessable", at least 10^8 guesses. */
	private static final int MIN_SCORE = 3;

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private static final Zxcvbn ESTIMATOR = new Zxcvbn();

	private PasswordPolicy() {
	}

	static Optional<AccountProblem> usernameProblem(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			return Optional.of(new AccountProblem("account.problem.username"));
		}
		return Optional.empty();
	}

	static Optional<AccountProblem> passwordProblem(String username, String password) {
		if (password == null || password.length() < MIN_CHARACTERS
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(new AccountProblem("account.problem.length", MIN_CHARACTERS, MAX_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if ((username != null && lower.contains(username.toLowerCase(Locale.ROOT)))
				|| password.chars().distinct().count() < 5) {
			return Optional.of(new AccountProblem("account.problem.guessable"));
		}
		if (score(password, username) < MIN_SCORE) {
			return Optional.of(new AccountProblem("account.problem.common"));
		}
		return Optional.empty();
	}

	private static synchronized int score(String password, String username) {
		List<String> ownWords = username == null ? List.of("incident", "atlas")
				: List.of(username, "incident", "atlas");
		return ESTIMATOR.measure(password, ownWords).getScore();
	}

}
