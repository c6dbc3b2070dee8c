package org.incidentatlas.user;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks each signed-in request against the account as it is now, not as it was at
 * sign-in. A session whose account was disabled, or whose role or password changed since
 * (the session epoch moved on), is ended at once and the request goes on unauthenticated.
 * An account that must choose a new password may do nothing else until it has.
 */
class AccountSessionFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private final UserAccounts accounts;

	AccountSessionFilter(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		boolean mustChange = principal.mustChangePassword();
		if (session != null) {
			Optional<UserAccounts.Account> now = accounts.find(principal.getUsername());
			if (now.isEmpty() || !now.get().enabled() || now.get().sessionEpoch() != principal.sessionEpoch()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				chain.doFilter(request, response);
				return;
			}
			mustChange = now.get().mustChangePassword();
		}
		if (mustChange && !mayGoBeforeChangingPassword(BrowserRequests.path(request))) {
			if (BrowserRequests.path(request).startsWith("/api/")) {
				response.setStatus(403);
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
							+ "\"detail\":\"This account's password was generated: choose your own first, with POST "
							+ "/api/account/password.\"}");
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mayGoBeforeChangingPassword(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/api/account/password") || path.equals("/logout")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/favicon") || path.startsWith("/error");
	}

}
