package org.incidentatlas.review;

/** The end-to-end test's first article, shared with the browser test. */
public final class ReviewEndToEndTestText {

	public static final String FIRST = ReviewEndToEndTest.FIRST;

	private ReviewEndToEndTestText() {
	}

}
