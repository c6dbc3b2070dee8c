package org.incidentatlas.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Anyone reads what is published: pages, GET endpoints, exports. Writing
 * needs an editor: the browser signs in with a form and a session (CSRF-protected), scripts
 * use HTTP Basic on the API. Managing accounts needs an administrator. Unauthenticated API
 * writes get 401, writes the role does not allow get 403, both as problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private final MapProperties map;

	SecurityConfiguration(MapProperties map) {
		this.map = map;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			// article texts belong to their publishers, and proposals are unreviewed: editors only, reading too
			.authorizeHttpRequests(a -> a.requestMatchers("/api/articles", "/api/articles/**", "/api/proposals/**",
					"/api/review/**").hasRole("EDITOR")
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
				.requestMatchers("/api/users/**").hasRole("ADMIN")
				// extraction reads the text it is sent and stores nothing: open to any tool
				.requestMatchers(HttpMethod.POST, "/api/extract").permitAll()
				.anyRequest().hasRole("EDITOR"))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			// CSRF rides on cookies: a browser with its session must send the token; a script that sends
			// its credentials with each request, or no cookie at all, has nothing to forge
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					request -> request.getHeader("Authorization") != null || request.getCookies() == null))
			.exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Your account may not do this, or the request lacks its CSRF token.")));
		headers(http, "'none'");
		// the API sets its own Cache-Control: public data, cacheable for a minute (ApiCaching)
		http.headers(h -> h.cacheControl(c -> c.disable()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain embed(HttpSecurity http) throws Exception {
		http.securityMatcher("/embed/**").authorizeHttpRequests(a -> a.anyRequest().permitAll());
		// the embed is made to sit in other sites' pages
		headers(http, "*");
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers("/admin/**").hasRole("ADMIN")
			.requestMatchers("/editor/**").hasRole("EDITOR")
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/editor", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/").permitAll());
		headers(http, "'none'");
		return http.build();
	}

	private void headers(HttpSecurity http, String frameAncestors) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(frameAncestors)))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(f -> f.disable())
			.contentTypeOptions(c -> {
			}));
	}

	/** Only this site, plus the configured tile server for map images. */
	String contentSecurityPolicy(String frameAncestors) {
		String tiles = tileOrigin(map.tileUrl());
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: " + tiles
				+ "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors " + frameAncestors;
	}

	/** https://{s}.tile.example.org/{z}/{x}/{y}.png becomes https://*.tile.example.org. */
	static String tileOrigin(String tileUrl) {
		String template = tileUrl.replace("{s}.", "wildcard-subdomain.");
		URI uri = URI.create(template.replaceAll("\\{[^}]*}", "0"));
		String host = uri.getHost() == null ? "" : uri.getHost().replace("wildcard-subdomain.", "*.");
		return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws IOException {
		if (ex instanceof InternalAuthenticationServiceException && DatabaseErrors.isOutage(ex)) {
			// the accounts could not be read: not bad credentials, and no reason to ask for others
			DatabaseErrors.answer(request, response);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Incident Atlas\"");
		problem(response, 401, "Unauthorized", "Sign in as an editor: a session from the sign-in page, or HTTP Basic.");
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}

}
