package org.incidentatlas.user;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.system.DatabaseErrors;
import org.incidentatlas.system.MapProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Anyone reads what is published: pages, GET endpoints, exports. Writing
 * needs an editor: the browser signs in with a form and a session (CSRF-protected),
 * scripts use HTTP Basic on the API. Managing accounts needs an administrator.
 * Unauthenticated API writes get 401, writes the role does not allow get 403, both as
 * problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private final MapProperties map;

	private final UserAccounts accounts;

	private final SignInThrottle throttle;

	SecurityConfiguration(MapProperties map, UserAccounts accounts, SignInThrottle throttle) {
		this.map = map;
		this.accounts = accounts;
		this.throttle = throttle;
	}

	/**
	 * Throttling before any password is checked; the account's current state checked
	 * before any access decision.
	 */
	private void accountChecks(HttpSecurity http, Class<? extends jakarta.servlet.Filter> authentication) {
		http.addFilterBefore(new SignInThrottleFilter(throttle), authentication)
			.addFilterBefore(new AccountSessionFilter(accounts), AuthorizationFilter.class);
	}

	/**
	 * Actuator: the health (status only, details for administrators) is public, so that a
	 * load balancer or a container's health check can ask; every other endpoint is for
	 * administrators, by HTTP Basic or a signed-in session.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(a -> a.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BrowserRequests::isScript))
			.exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Only an administrator may read this.")));
		accountChecks(http, BasicAuthenticationFilter.class);
		headers(http, "'none'");
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			// article texts belong to their publishers, and proposals are unreviewed:
			// editors only, reading too
			.authorizeHttpRequests(
					a -> a.requestMatchers("/api/articles", "/api/articles/**", "/api/proposals/**", "/api/review/**")
						.hasRole("EDITOR")
						.requestMatchers(HttpMethod.GET, "/api/**")
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, "/api/**")
						.permitAll()
						.requestMatchers("/api/users/**")
						.hasRole("ADMIN")
						// extraction reads the text it is sent and stores nothing: open
						// to any tool
						.requestMatchers(HttpMethod.POST, "/api/extract")
						.permitAll()
						.anyRequest()
						.hasRole("EDITOR"))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			// a browser's write (its session cookie, or another site's page) needs the
			// CSRF token whatever
			// else it carries; a script sends HTTP Basic with no cookie, and has nothing
			// to forge
			.csrf(csrf -> csrf.ignoringRequestMatchers(BrowserRequests::isScript))
			.exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Your account may not do this, or the request lacks its CSRF token.")));
		accountChecks(http, BasicAuthenticationFilter.class);
		headers(http, "'none'");
		// the API sets its own Cache-Control: public data, cacheable for a minute
		// (ApiCaching)
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
		http.authorizeHttpRequests(a -> a.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/editor/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login").successHandler(signedIn()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/").permitAll());
		accountChecks(http, UsernamePasswordAuthenticationFilter.class);
		headers(http, "'none'");
		return http.build();
	}

	/**
	 * After a sign-in by form: this browser is remembered as one the account signed in
	 * from (it may then sign in while the account is being guessed at), and a generated
	 * password is changed before anything else.
	 */
	private SavedRequestAwareAuthenticationSuccessHandler signedIn() {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws IOException, jakarta.servlet.ServletException {
				ResponseCookie cookie = ResponseCookie
					.from(SignInThrottle.KNOWN_BROWSER_COOKIE, throttle.knownBrowserCookie(authentication.getName()))
					.path(request.getContextPath() + "/login")
					.maxAge(SignInThrottle.KNOWN_BROWSER_LIFETIME)
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Lax")
					.build();
				response.addHeader("Set-Cookie", cookie.toString());
				if (authentication.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
					getRedirectStrategy().sendRedirect(request, response, AccountSessionFilter.PASSWORD_PAGE);
					return;
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		next.setDefaultTargetUrl("/editor");
		return next;
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

	/**
	 * https://{s}.tile.example.org/{z}/{x}/{y}.png becomes https://*.tile.example.org.
	 */
	static String tileOrigin(String tileUrl) {
		String template = tileUrl.replace("{s}.", "wildcard-subdomain.");
		URI uri = URI.create(template.replaceAll("\\{[^}]*}", "0"));
		String host = uri.getHost() == null ? "" : uri.getHost().replace("wildcard-subdomain.", "*.");
		return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
	}

	/**
	 * A 401 must name a challenge, but not Basic: a browser would prompt for it and then
	 * send the cached credentials with any other site's form post. Scripts send Basic
	 * credentials up front.
	 */
	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws IOException {
		if (ex instanceof InternalAuthenticationServiceException && DatabaseErrors.isOutage(ex)) {
			// the accounts could not be read: not bad credentials, and no reason to ask
			// for others
			DatabaseErrors.answer(request, response);
			return;
		}
		response.setHeader("WWW-Authenticate", "Session realm=\"Incident Atlas\"");
		problem(response, 401, "Unauthorized",
				"Sign in as an editor: a session from the sign-in page, or HTTP Basic credentials sent with the request.");
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
