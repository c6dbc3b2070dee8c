package org.incidentatlas.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 that names the parameter, query and form parameters that no text
 * can hold: percent-encoded bytes that are not UTF-8, and NUL characters (PostgreSQL
 * cannot store or compare them). Checked before anything reads the parameters, so neither
 * a query nor the servlet container's own parsing fails on them later.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ParameterEncodingCheck extends OncePerRequestFilter {

	/** How the servlet container names the parameter it could not decode. */
	private static final Pattern CONTAINER_NAMES = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = queryProblem(request.getQueryString());
		if (problem == null && isForm(request)) {
			problem = formProblem(request);
		}
		if (problem != null) {
			refuse(request, response, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The name of the first parameter of a query string that cannot be used, or null. */
	static String queryProblem(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String rawName = equals < 0 ? pair : pair.substring(0, equals);
			String name = decode(rawName);
			if (name == null || name.indexOf('\0') >= 0) {
				return "";
			}
			if (equals >= 0) {
				String value = decode(pair.substring(equals + 1));
				if (value == null || value.indexOf('\0') >= 0) {
					return name;
				}
			}
		}
		return null;
	}

	/**
	 * application/x-www-form-urlencoded, strictly: null when a %-escape is broken or the
	 * bytes are not UTF-8.
	 */
	static String decode(String encoded) {
		if (encoded.indexOf('%') < 0) {
			return encoded.replace('+', ' ');
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(plain, 0, plain.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	/**
	 * Form fields are decoded by the container; a field it cannot decode, or one holding
	 * NUL, is refused.
	 */
	private static String formProblem(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			if (!causedByDecoding(ex)) {
				throw ex;
			}
			Matcher named = CONTAINER_NAMES.matcher(String.valueOf(ex.getMessage()));
			return named.find() && decode(named.group(1)) != null ? named.group(1) : "";
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
					return parameter.getKey().replace('\0', ' ');
				}
			}
		}
		return null;
	}

	private static boolean causedByDecoding(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String parameter)
			throws IOException {
		if (parameter.isEmpty()) {
			Problems.send(request, response, 400, "Invalid parameter name",
					"A parameter name is not valid UTF-8 text or holds a NUL character.", Map.of());
			return;
		}
		String shown = parameter.length() > 40 ? parameter.substring(0, 40) + "…" : parameter;
		Problems.send(request, response, 400, "Invalid parameter '" + shown + "'",
				"The value of '" + shown + "' is not valid UTF-8 text or holds a NUL character.",
				Map.of("parameter", parameter));
	}

}
