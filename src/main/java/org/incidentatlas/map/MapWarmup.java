package org.incidentatlas.map;

import java.time.Duration;
import java.util.Map;

import org.incidentatlas.incident.BoundingBox;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.system.Warmup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, once the map cells are rebuilt: both countries at the map's opening zoom
 * levels.
 */
@Component
@Order(3)
class MapWarmup implements Warmup {

	/** Belgium and the Netherlands, as the map opens on them. */
	private static final BoundingBox BOTH_COUNTRIES = new BoundingBox(2.5, 49.4, 7.3, 53.6);

	private final IncidentFilterParser filters;

	private final MapQueries map;

	private final MapCells cells;

	MapWarmup(IncidentFilterParser filters, MapQueries map, MapCells cells) {
		this.filters = filters;
		this.map = map;
		this.cells = cells;
	}

	@Override
	public void warm() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (!cells.isFresh() && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		for (Map<String, String[]> query : COMMON_FILTERS) {
			var filter = filters.parse(query);
			for (int zoom = 5; zoom <= 8; zoom++) {
				map.view(filter, BOTH_COUNTRIES, zoom);
			}
		}
	}

}
