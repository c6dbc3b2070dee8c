package org.incidentatlas.api.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exports ({@code /api/export/incidents.*}).
 *
 * @param maxConcurrent exports streaming at once; each holds a database connection until
 * it ends, and one more is refused with 503 and Retry-After (the pool has 10 connections)
 * @param retryAfterSeconds what a refused export is told to wait
 */
@ConfigurationProperties("atlas.export")
record ExportProperties(@DefaultValue("4") int maxConcurrent, @DefaultValue("10") int retryAfterSeconds) {

	ExportProperties {
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("atlas.export.max-concurrent must be at least 1");
		}
	}

}
