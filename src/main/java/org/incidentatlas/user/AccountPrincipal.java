package org.incidentatlas.user;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account, as kept in its session: with the session epoch it signed in under,
 * so a later change of role, state or password can end the session, and whether it must
 * first choose a new password.
 */
public class AccountPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final int sessionEpoch;

	private final boolean mustChangePassword;

	AccountPrincipal(String username, String password, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, int sessionEpoch, boolean mustChangePassword) {
		super(username, password, enabled, true, true, true, authorities);
		this.sessionEpoch = sessionEpoch;
		this.mustChangePassword = mustChangePassword;
	}

	public int sessionEpoch() {
		return sessionEpoch;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
