package org.incidentatlas.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the requests whose read-only transactions may go to the read replica
 * ({@link ReadReplica}): GET and HEAD from readers who are not signed in. A signed-in
 * editor reads the primary, and so sees at once what they have just written; the check of
 * their account (AccountSessionFilter) runs before this mark is set, and is on the
 * primary too.
 */
class ReplicaReads extends OncePerRequestFilter {

	private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

	/** Whether the current thread serves a request that may read from the replica. */
	static boolean allowed() {
		return Boolean.TRUE.equals(ALLOWED.get());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated();
		if (!anonymous || !("GET".equals(method) || "HEAD".equals(method))) {
			chain.doFilter(request, response);
			return;
		}
		ALLOWED.set(Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			ALLOWED.remove();
		}
	}

}
