package org.incidentatlas.user;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs in against the accounts table; an administrator is an editor too. Nothing here
 * locks an account: failed sign-ins are slowed down by {@link SignInThrottle} before they
 * reach this.
 */
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
		return principal(account);
	}

	static AccountPrincipal principal(UserAccounts.Account account) {
		List<SimpleGrantedAuthority> roles = account.role() == Role.ADMIN
				? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))
				: List.of(new SimpleGrantedAuthority("ROLE_EDITOR"));
		return new AccountPrincipal(account.username(), account.passwordHash(), account.enabled(), roles,
				account.sessionEpoch(), account.mustChangePassword());
	}

}
