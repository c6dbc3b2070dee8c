package org.incidentatlas.user;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a script's request from a browser's, for CSRF. A browser's write carries its
 * session cookie, or, when a page of another site makes it, the {@code Origin} or
 * {@code Sec-Fetch-Site} headers browsers add by themselves. Such a write needs the CSRF
 * token whatever credentials ride along, because a browser attaches cached credentials on
 * its own. A script sends its credentials (HTTP Basic) with no cookie and no foreign
 * origin.
 */
final class BrowserRequests {

	/** The servlet container's and Spring Session's default session cookies. */
	private static final Set<String> SESSION_COOKIES = Set.of("JSESSIONID", "SESSION");

	private BrowserRequests() {
	}

	/**
	 * True for a request that needs no CSRF token: no session cookie, and not sent by
	 * another site's page.
	 */
	static boolean isScript(HttpServletRequest request) {
		return !carriesSession(request) && !comesFromAnotherSite(request);
	}

	static boolean carriesSession(HttpServletRequest request) {
		if (request.getRequestedSessionId() != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIES.contains(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean comesFromAnotherSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
	}

	/**
	 * scheme://host[:port] as the client sees this site (behind a proxy, from its
	 * forwarded headers).
	 */
	static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

	/** The path within the application, whatever the servlet mapping. */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
