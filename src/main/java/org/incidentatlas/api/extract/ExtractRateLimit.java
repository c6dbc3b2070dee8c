package org.incidentatlas.api.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.system.Caches;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.incidentatlas.system.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for {@code POST /api/extract}, checked before the
 * body is read: a client over its budget gets 429 with Retry-After and costs no more than
 * that. When every extraction slot is taken, the 503 is also given before the body is
 * read. The address is the one the servlet container reports, which behind a trusted
 * proxy is the client's (server.forward-headers-strategy).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ExtractRateLimit extends OncePerRequestFilter {

	static final long BYTES_PER_TOKEN = 256 * 1024;

	/** A body of unknown length may be as large as the request limit allows. */
	static final long UNKNOWN_LENGTH_TOKENS = 12;

	private final ExtractProperties properties;

	/** A bucket per client address. */
	private final Cache<String, Bucket> buckets;

	private final ExtractApiController extractions;

	ExtractRateLimit(ExtractProperties properties, ExtractApiController extractions, Caches caches) {
		this.buckets = caches.create("api.extract-addresses",
				Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000));
		this.properties = properties;
		this.extractions = extractions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/api/extract".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.get(request.getRemoteAddr(),
				address -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(properties.perClientPerMinute())
						.refillGreedy(properties.perClientPerMinute(), Duration.ofMinutes(1))
						.build())
					.build());
		long cost = Math.min(cost(request.getContentLengthLong()), properties.perClientPerMinute());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(cost);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			response.setHeader("Retry-After", String.valueOf(seconds));
			Problems.write(response, 429, "Too many requests",
					"This address has sent more text to extract than " + properties.perClientPerMinute()
							+ " units a minute allow (1 per started 256 KB). Try again in " + seconds + " seconds.",
					Map.of());
			return;
		}
		if (extractions.running.availablePermits() == 0) {
			// every slot is taken: say so now, rather than after reading and parsing a
			// body that would wait
			response.setHeader("Retry-After", String.valueOf(ExtractApiController.RETRY_AFTER_SECONDS));
			Problems.write(response, 503, "Busy", ExtractApiController.BUSY, Map.of());
			return;
		}
		chain.doFilter(request, response);
	}

	static long cost(long contentLength) {
		return contentLength < 0 ? UNKNOWN_LENGTH_TOKENS : 1 + contentLength / BYTES_PER_TOKEN;
	}

}
