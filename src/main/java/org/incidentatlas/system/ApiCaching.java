package org.incidentatlas.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * GET answers of the API may be cached for a minute and revalidated with an ETag, so that
 * a newsroom's page embedding our data does not hit the database on every view. Exports
 * stream and set their own ETag from the data version instead of buffering a body to hash
 * it.
 */
@Configuration(proxyBeanMethods = false)
class ApiCaching {

	static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiCacheControl() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
						response.setHeader("Cache-Control",
								read && !isEditorsOnly(request.getRequestURI()) ? CACHE_CONTROL : "no-store");
						// names and labels follow the reader's language
						response.setHeader("Vary", "Accept-Language, Cookie");
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns("/api/*", "/feed/*");
		return registration;
	}

	/**
	 * Articles under review and their proposals are for editors: no shared cache may keep
	 * them.
	 */
	static boolean isEditorsOnly(String uri) {
		return uri.startsWith("/api/articles") || uri.startsWith("/api/proposals/") || uri.startsWith("/api/review/");
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {
					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						return request.getRequestURI().startsWith("/api/export/");
					}
				});
		registration.addUrlPatterns("/api/*", "/feed/*");
		return registration;
	}

}
