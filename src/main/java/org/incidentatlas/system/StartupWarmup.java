package org.incidentatlas.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs every feature's {@link Warmup} (the unfiltered timeline, place × year table, first
 * list page and the map of both countries at its opening zoom levels), then opens the
 * public pages once, on Boot's task executor right after start-up, so that at a million
 * incidents the first minute is not spent on cold caches. Switch it off with
 * {@code atlas.warmup.enabled=false}.
 */
@Component
class StartupWarmup {

	private static final Logger log = LoggerFactory.getLogger(StartupWarmup.class);

	/** The pages a reader opens first. */
	private static final List<String> PAGES = List.of("/", "/map", "/incidents", "/timeline", "/analysis");

	private final ObjectProvider<Warmup> warmups;

	private final TaskExecutor executor;

	private final boolean enabled;

	private final Environment environment;

	StartupWarmup(ObjectProvider<Warmup> warmups, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			@Value("${atlas.warmup.enabled:true}") boolean enabled, Environment environment) {
		this.warmups = warmups;
		this.executor = executor;
		this.enabled = enabled;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmInTheBackground() {
		if (enabled) {
			executor.execute(this::warm);
		}
	}

	void warm() {
		long started = System.nanoTime();
		try {
			for (Warmup warmup : warmups.orderedStream().toList()) {
				warmup.warm();
			}
			openPages();
			log.info("Common aggregates computed in the background in {} ms",
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// warming is an optimisation: the first visitor computes what failed here
			log.warn("Warming the aggregates at start-up failed: {}", ex.getMessage());
		}
	}

	/**
	 * Asks for the public pages once, over loopback, so that the first reader does not
	 * wait for their templates to be compiled (half a second for the map page at first).
	 */
	private void openPages() throws InterruptedException {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (String page : PAGES) {
			try {
				http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
					.timeout(Duration.ofSeconds(10))
					.header("Accept-Language", "en")
					.build(), HttpResponse.BodyHandlers.discarding());
			}
			catch (IOException ex) {
				log.debug("Could not open {} at start-up: {}", page, ex.getMessage());
			}
		}
	}

}
