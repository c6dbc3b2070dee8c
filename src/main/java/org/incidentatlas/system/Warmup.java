package org.incidentatlas.system;

/**
 * Something a feature computes once at start-up, in the background, so that its first
 * reader does not wait for a cold cache. {@link StartupWarmup} runs every one in their
 * {@code @Order}.
 */
public interface Warmup {

	/** The filters every first visitor asks for: the default view, and every type. */
	java.util.List<java.util.Map<String, String[]>> COMMON_FILTERS = java.util.List.of(java.util.Map.of(),
			java.util.Map.of("family", new String[] { "all" }));

	void warm() throws InterruptedException;

}
