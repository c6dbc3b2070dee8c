package org.incidentatlas.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie sent over HTTPS is Secure. The servlet container marks its session cookie
 * so when the request is secure; this does the same for the others (the language). Behind
 * a TLS proxy the request is secure when the proxy says so with X-Forwarded-Proto and is
 * trusted ({@code server.forward-headers-strategy=native},
 * {@code server.tomcat.remoteip.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class SecureCookies extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, request.isSecure() ? new Secured(response) : response);
	}

	static String secure(String setCookie) {
		return setCookie.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?$") ? setCookie
				: setCookie + "; Secure";
	}

	private static final class Secured extends HttpServletResponseWrapper {

		Secured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addCookie(jakarta.servlet.http.Cookie cookie) {
			cookie.setSecure(true);
			super.addCookie(cookie);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name,
					HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null ? secure(value) : value);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name,
					HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null ? secure(value) : value);
		}

	}

}
