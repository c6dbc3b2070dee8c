package org.incidentatlas.article;

import java.util.regex.Pattern;

/**
 * A source address is shown as a link only when it is http(s): never javascript:, data:
 * or file:.
 */
public final class WebAddress {

	private static final Pattern HTTP = Pattern.compile("(?i)^https?://[^\\s<>\"]+$");

	private WebAddress() {
	}

	public static String linkOrNull(String url) {
		return url != null && HTTP.matcher(url).matches() ? url : null;
	}

}
