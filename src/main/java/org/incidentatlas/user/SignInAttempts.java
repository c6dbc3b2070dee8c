package org.incidentatlas.user;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the throttle of every failed and successful sign-in, by form or by HTTP Basic.
 */
@Component
class SignInAttempts {

	private final SignInThrottle throttle;

	SignInAttempts(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName());
	}

	private static String address(Object details) {
		return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}

}
