package org.incidentatlas.user;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in against the accounts table; an administrator is an editor too. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccounts.Account account = accounts.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		List<SimpleGrantedAuthority> roles = account.role() == Role.ADMIN
				? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))
				: List.of(new SimpleGrantedAuthority("ROLE_EDITOR"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(roles)
			.disabled(!account.enabled())
			.accountLocked(account.isLocked(Instant.now()))
			.build();
	}

}
