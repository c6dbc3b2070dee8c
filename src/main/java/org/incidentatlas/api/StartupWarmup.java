package org.incidentatlas.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.incident.BoundingBox;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.MapCells;
import org.incidentatlas.incident.MapQueries;
import org.incidentatlas.statistic.CityYearQueries;
import org.incidentatlas.statistic.TimelineInterval;
import org.incidentatlas.statistic.TimelineQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Computes the aggregates every first visitor asks for (the unfiltered timeline, place × year
 * table, first list page and the map of both countries at its opening zoom levels), then opens
 * the public pages once, in the background right after start-up, so that at a million incidents
 * the first minute is not spent on cold caches. The map waits for its cell cache to be rebuilt
 * first. Switch it off with {@code atlas.warmup.enabled=false}.
 */
@Component
class StartupWarmup {

	private static final Logger log = LoggerFactory.getLogger(StartupWarmup.class);

	/** Belgium and the Netherlands, as the map opens on them. */
	private static final BoundingBox BOTH_COUNTRIES = new BoundingBox(2.5, 49.4, 7.3, 53.6);

	private final IncidentFilterParser filters;

	private final IncidentQueries incidents;

	private final TimelineQueries timelines;

	private final CityYearQueries cities;

	private final MapQueries map;

	private final MapCells cells;

	private final boolean enabled;

	private final Environment environment;

	/** The pages a reader opens first. */
	private static final List<String> PAGES = List.of("/", "/map", "/incidents", "/timeline", "/analysis");

	StartupWarmup(IncidentFilterParser filters, IncidentQueries incidents, TimelineQueries timelines,
			CityYearQueries cities, MapQueries map, MapCells cells,
			@Value("${atlas.warmup.enabled:true}") boolean enabled, Environment environment) {
		this.filters = filters;
		this.incidents = incidents;
		this.timelines = timelines;
		this.cities = cities;
		this.map = map;
		this.cells = cells;
		this.enabled = enabled;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmInTheBackground() {
		if (enabled) {
			Thread thread = new Thread(this::warm, "startup-warmup");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			thread.start();
		}
	}

	/**
	 * Asks for the public pages once, over loopback, so that the first reader does not wait for
	 * their templates to be compiled (half a second for the map page at first).
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

	void warm() {
		long started = System.nanoTime();
		try {
			List<IncidentFilter> common = List.of(IncidentFilter.none(),
					filters.parse(Map.of("family", new String[] { "all" })));
			for (IncidentFilter filter : common) {
				for (TimelineInterval interval : TimelineInterval.values()) {
					timelines.timeline(filter, interval, Locale.ENGLISH);
				}
				cities.table(filter, "city", Locale.ENGLISH);
				incidents.find(filter, 0, 50);
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (!cells.isFresh() && System.nanoTime() < deadline) {
				Thread.sleep(500);
			}
			for (IncidentFilter filter : common) {
				for (int zoom = 5; zoom <= 8; zoom++) {
					map.view(filter, BOTH_COUNTRIES, zoom);
				}
			}
			openPages();
			log.info("Common aggregates computed in the background in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// warming is an optimisation: the first visitor computes what failed here
			log.warn("Warming the aggregates at start-up failed: {}", ex.getMessage());
		}
	}

}
