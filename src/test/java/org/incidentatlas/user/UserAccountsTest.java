package org.incidentatlas.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountsTest {

	@ParameterizedTest(name = "{0} / {1} is refused")
	@CsvSource({ "ed, a long enough secret", "Editor, a long enough secret", "editor, short", "editor, editor-password-1",
			"editor, aaaaaaaaaaaaaaaa", "'a b', a long enough secret" })
	void weakPasswordsAndOddUsernamesAreRefused(String username, String password) {
		assertThat(UserAccounts.problemWith(username, password)).isNotNull();
	}

	@ParameterizedTest
	@CsvSource({ "editor, correct horse battery", "jan.peeters, Vlaanderen-2025-veilig" })
	void goodOnesPass(String username, String password) {
		assertThat(UserAccounts.problemWith(username, password)).isNull();
	}

}
