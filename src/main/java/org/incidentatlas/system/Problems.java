package org.incidentatlas.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers written by filters, before Spring MVC: an RFC 9457 problem on {@code /api/**}
 * and the feeds, the error page (through {@code sendError}) elsewhere. Every text is ours
 * and JSON-escaped.
 */
public final class Problems {

	private Problems() {
	}

	/** Whether the request is answered in JSON rather than with a page. */
	public static boolean wantsJson(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.startsWith("/api/") || path.startsWith("/feed/");
	}

	/**
	 * A problem detail for the API, the error page for a browser.
	 * @param extra further members of the problem ({@code parameter}), JSON only
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail, Map<String, String> extra) throws IOException {
		if (wantsJson(request)) {
			write(response, status, title, detail, extra);
		}
		else {
			response.sendError(status, detail);
		}
	}

	/** Writes a problem detail as the whole answer. */
	public static void write(HttpServletResponse response, int status, String title, String detail,
			Map<String, String> extra) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":").append(quote(title))
			.append(",\"status\":")
			.append(status)
			.append(",\"detail\":")
			.append(quote(detail));
		extra.forEach((name, value) -> json.append(',').append(quote(name)).append(':').append(quote(value)));
		response.getWriter().write(json.append('}').toString());
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || Character.isSurrogate(c)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
