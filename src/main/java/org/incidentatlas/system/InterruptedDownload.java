package org.incidentatlas.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A download that fails after its first bytes have left must not look whole to the
 * client. Thrown as {@link Interrupted}, the failure reaches the servlet container, which
 * ends the connection at once: no closing chunk of HTTP's chunked encoding, so every
 * client reports an error. Its error page adds nothing to the bytes already sent.
 */
@Configuration(proxyBeanMethods = false)
@Controller
public class InterruptedDownload {

	static final String ERROR_PAGE = "/error/interrupted";

	/** A stream that failed part-way. Carries no cause: the caller logs it. */
	public static final class Interrupted extends RuntimeException {

		public Interrupted(String message) {
			super(message, null, false, false);
		}

	}

	@Bean
	ErrorPageRegistrar interruptedDownloadPage() {
		return registry -> registry.addErrorPages(new ErrorPage(Interrupted.class, ERROR_PAGE));
	}

	/**
	 * Included after the partial body, before the container closes the connection: writes
	 * nothing.
	 */
	@RequestMapping(ERROR_PAGE)
	void nothing(HttpServletResponse response) {
	}

}
