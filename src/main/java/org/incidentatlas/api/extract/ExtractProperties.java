package org.incidentatlas.api.extract;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code POST /api/extract}, which anyone may call: one client cannot take the
 * processors, and one text cannot answer with megabytes.
 *
 * @param perClientPerMinute what one client address may spend a minute; a request costs 1
 * per started 256 KB of body (a 2 MB text costs 9; a body of unknown length, 12); over
 * it, 429 with Retry-After
 * @param maxConcurrent extractions running at once, 0 for half the processors (at least
 * one), so that readers keep a processor however many texts arrive; one more gets 503
 * with Retry-After
 * @param timeLimit how long one extraction may read before it stops with 503; a client
 * that has gone frees its processor at the latest then
 * @param maxProposals incidents, enforcement events and statistics in one answer, each
 * @param maxEvidence passages per proposal
 * @param maxEvidenceChars characters per passage
 */
@ConfigurationProperties("atlas.extract")
record ExtractProperties(@DefaultValue("30") int perClientPerMinute, @DefaultValue("0") int maxConcurrent,
		@DefaultValue("10s") Duration timeLimit, @DefaultValue("100") int maxProposals,
		@DefaultValue("3") int maxEvidence, @DefaultValue("500") int maxEvidenceChars) {

	int concurrency() {
		return maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

}
