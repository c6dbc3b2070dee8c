package org.incidentatlas;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test that needs something from outside the project (Chromium, the launch articles
 * beside the checkout) is skipped on a developer's machine that lacks it, and fails on CI
 * ({@code CI=true}), where a skipped quality gate would hide what it exists to catch.
 */
public final class QualityGate {

	private QualityGate() {
	}

	/**
	 * Whether this run is a CI build, as GitHub Actions, GitLab CI and most others say:
	 * {@code CI=true}.
	 */
	public static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Goes on when {@code present}; otherwise skips the test, or fails it on CI. */
	public static void require(boolean present, String missing) {
		require(present, missing, onCi());
	}

	static void require(boolean present, String missing, boolean onCi) {
		if (!present && onCi) {
			fail("CI=true, and a quality gate may not be skipped: " + missing);
		}
		assumeTrue(present, missing);
	}

}
