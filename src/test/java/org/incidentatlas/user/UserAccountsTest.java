package org.incidentatlas.user;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountsTest {

	@ParameterizedTest(name = "{0} / {1} is refused")
	@CsvSource({ "ed, a long enough secret", "Editor, a long enough secret", "editor, short",
			"editor, editor-password-1", "editor, aaaaaaaaaaaaaaaa", "'a b', a long enough secret" })
	void weakPasswordsAndOddUsernamesAreRefused(String username, String password) {
		assertThat(UserAccounts.problemWith(username, password)).isPresent();
	}

	@ParameterizedTest(name = "{0} is too common")
	@CsvSource({ "password1234", "Password123456", "qwertyuiop123", "iloveyou12345", "123456789012", "football2024!",
			"abcdefghijklmn", "1q2w3e4r5t6y7u" })
	void theMostCommonPasswordsAreRefused(String password) {
		assertThat(UserAccounts.problemWith("editor", password)).map(AccountProblem::code)
			.contains("account.problem.common");
	}

	@ParameterizedTest
	@CsvSource({ "editor, correct horse battery", "jan.peeters, Vlaanderen-2025-veilig",
			"anna, tram 7 naar Zuid om negen" })
	void goodOnesPass(String username, String password) {
		assertThat(UserAccounts.problemWith(username, password)).isEmpty();
	}

	@Test
	void theLengthRuleCountsTheBytesBcryptReads() {
		// 36 letters with an accent are 72 bytes in UTF-8: the most bcrypt reads
		String accents = "éàèùâêîôûçëïüœæ".repeat(3).substring(0, 36);
		assertThat(UserAccounts.problemWith("editor", accents.substring(0, 35) + "x")).map(AccountProblem::code)
			.isNotEqualTo(java.util.Optional.of("account.problem.length"));
		assertThat(UserAccounts.problemWith("editor", accents + "x")).map(AccountProblem::code)
			.contains("account.problem.length");
		assertThat(UserAccounts.problemWith("editor", "a sentence that is long enough to pass bcrypt's limit of bytes"))
			.isEmpty();
		assertThat(UserAccounts.problemWith("editor",
				"a sentence that is long enough to pass bcrypt's limit of seventy-two bytes"))
			.map(AccountProblem::code)
			.contains("account.problem.length");
	}

	private static UserAccounts.Account failed(int times, Instant last) {
		return new UserAccounts.Account(1, "anna", "x", Role.EDITOR, true, times, last, 0, false, Instant.EPOCH);
	}

	@Test
	void eachGuessAfterTheFirstFewWaitsTwiceAsLongUpToFiveMinutes() {
		Instant now = Instant.parse("2026-12-03T10:00:00Z");
		assertThat(failed(4, now).backoff(now)).isZero();
		assertThat(failed(5, now).backoff(now)).isEqualTo(Duration.ofSeconds(1));
		assertThat(failed(7, now).backoff(now)).isEqualTo(Duration.ofSeconds(4));
		assertThat(failed(40, now).backoff(now)).isEqualTo(Duration.ofMinutes(5));
		assertThat(failed(7, now.minusSeconds(3)).backoff(now)).isEqualTo(Duration.ofSeconds(1));
		// a run of failures an hour old is forgotten
		assertThat(failed(40, now.minus(Duration.ofMinutes(61))).backoff(now)).isZero();
	}

}
