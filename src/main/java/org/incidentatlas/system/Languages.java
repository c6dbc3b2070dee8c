package org.incidentatlas.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * English, Dutch and French. A first visit follows the browser's Accept-Language; the
 * switcher's {@code ?lang=nl} choice is remembered in a cookie. Other languages fall back
 * to English.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("atlas-lang");
		resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(Languages::fromBrowser);
		return resolver;
	}

	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header is no choice at all
			}
		}
		return Locale.ENGLISH;
	}

	/** {@code ?lang=fr} switches the language, but only to one the atlas speaks. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String lang;
				try {
					lang = request.getParameter("lang");
				}
				catch (IllegalStateException ex) {
					// a query the container cannot decode: ParameterEncodingCheck refused
					// it, and this is its error page
					return true;
				}
				if (lang != null) {
					SUPPORTED.stream()
						.filter(l -> l.getLanguage().equalsIgnoreCase(lang.strip()))
						.findFirst()
						.ifPresent(l -> RequestContextUtils.getLocaleResolver(request).setLocale(request, response, l));
				}
				return true;
			}
		});
	}

}
