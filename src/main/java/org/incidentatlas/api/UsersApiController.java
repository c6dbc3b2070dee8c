package org.incidentatlas.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.incidentatlas.user.Role;
import org.incidentatlas.user.UserAccounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creating accounts over the API: administrators only. The password is never returned. */
@RestController
class UsersApiController {

	private final UserAccounts accounts;

	UsersApiController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/users")
	ResponseEntity<?> create(@Valid @RequestBody NewUser user) {
		try {
			UserAccounts.Account account = accounts.create(user.username(), user.password(), user.role());
			return ResponseEntity.created(URI.create("/api/users/" + account.id()))
				.body(new UserJson(account.id(), account.username(), account.role().name().toLowerCase()));
		}
		catch (IllegalArgumentException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
			problem.setTitle("Invalid account");
			return ResponseEntity.badRequest().body(problem);
		}
	}

	record NewUser(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password,
			@NotNull Role role) {
	}

	record UserJson(long id, String username, String role) {
	}

}
