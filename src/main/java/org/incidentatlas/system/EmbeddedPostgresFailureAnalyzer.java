package org.incidentatlas.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an embedded-database failure into a short message instead of a stack of bean
 * errors.
 */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other Incident Atlas instance, or configure an external PostgreSQL with SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (or run with the 'postgres' profile).",
				cause);
	}

}
