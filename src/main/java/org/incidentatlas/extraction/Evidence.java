package org.incidentatlas.extraction;

/**
 * A passage of the article that supports a proposal.
 *
 * @param start offset of the first character in the article text
 * @param end offset just past the last character
 * @param text the passage itself, {@code text.substring(start, end)}
 */
public record Evidence(int start, int end, String text) {

	public Evidence {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("evidence must run forwards from offset 0 or later");
		}
	}

}
