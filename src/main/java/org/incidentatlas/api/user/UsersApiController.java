package org.incidentatlas.api.user;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.incidentatlas.user.AccountException;
import org.incidentatlas.user.Role;
import org.incidentatlas.user.UserAccounts;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API. Administrators list, create, disable, enable, promote, demote
 * and reset accounts ({@code /api/users/**}); every editor changes their own password
 * ({@code /api/account/password}). A password is never returned, except a generated one,
 * once.
 */
@RestController
class UsersApiController {

	private final UserAccounts accounts;

	private final MessageSource messages;

	UsersApiController(UserAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/api/users")
	List<UserJson> users() {
		return accounts.all().stream().map(UserJson::of).toList();
	}

	@PostMapping("/api/users")
	ResponseEntity<UserJson> create(@Valid @RequestBody NewUser user, Principal admin) {
		UserAccounts.Account account = accounts.create(user.username(), user.password(), user.role(), admin.getName());
		return ResponseEntity.created(URI.create("/api/users/" + account.id())).body(UserJson.of(account));
	}

	/**
	 * Changes the role or the state of an account; either may be left out. Its sessions
	 * end.
	 */
	@PutMapping("/api/users/{id}")
	UserJson update(@PathVariable long id, @RequestBody AccountChange change, Principal admin) {
		if (change.role() != null) {
			accounts.setRole(id, change.role(), admin.getName());
		}
		if (change.enabled() != null) {
			accounts.setEnabled(id, change.enabled(), admin.getName());
		}
		return accounts.all().stream().filter(a -> a.id() == id).findFirst().map(UserJson::of).orElseThrow();
	}

	@PostMapping("/api/users/{id}/password-reset")
	GeneratedPassword reset(@PathVariable long id, Principal admin) {
		return new GeneratedPassword(accounts.resetPassword(id, admin.getName()),
				"Hand this password over in person; its owner must choose their own at the next sign-in.");
	}

	@PostMapping("/api/account/password")
	ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change, Principal me) {
		accounts.changePassword(me.getName(), change.current(), change.password());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(AccountException.class)
	ProblemDetail refused(AccountException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.problem().code(), ex.problem().args(), locale));
		problem.setTitle("Account change refused");
		problem.setProperty("code", ex.problem().code());
		return problem;
	}

	record NewUser(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password,
			@NotNull Role role) {
	}

	record AccountChange(Role role, Boolean enabled) {
	}

	record PasswordChange(@NotBlank @Size(max = 128) String current, @NotBlank @Size(max = 128) String password) {
	}

	record GeneratedPassword(String password, String note) {
	}

	record UserJson(long id, String username, String role, boolean enabled, boolean mustChangePassword,
			int failedSignIns) {

		static UserJson of(UserAccounts.Account a) {
			return new UserJson(a.id(), a.username(), a.role().name().toLowerCase(Locale.ROOT), a.enabled(),
					a.mustChangePassword(), a.failedAttempts());
		}

	}

}
