package org.incidentatlas.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt that must wait (see {@link SignInThrottle}) before its password
 * is checked: the sign-in form is sent back to the sign-in page with how long to wait, an
 * API request with HTTP Basic gets 429 with {@code Retry-After}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(BrowserRequests.path(request));
		String basicUser = form ? null : basicUsername(request.getHeader("Authorization"));
		if (!form && basicUser == null) {
			chain.doFilter(request, response);
			return;
		}
		String username = form ? request.getParameter("username") : basicUser;
		Optional<Duration> wait = throttle.waitFor(username, request.getRemoteAddr(), knownBrowser(request));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader("Retry-After", Long.toString(seconds));
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
			return;
		}
		response.setStatus(429);
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
					+ "\"detail\":\"Too many failed sign-ins from this address or for this account. Try again in "
					+ seconds + " seconds.\",\"retryAfter\":" + seconds + "}");
	}

	private static String knownBrowser(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SignInThrottle.KNOWN_BROWSER_COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/**
	 * The username of an HTTP Basic header, or null when there is none or it is
	 * malformed.
	 */
	static String basicUsername(String authorization) {
		if (authorization == null || authorization.length() < 6
				|| !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
