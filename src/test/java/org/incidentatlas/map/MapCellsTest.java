package org.incidentatlas.map;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.incident.BoundingBox;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clusters from either cache and the ones computed from the incidents are the same,
 * marker for marker.
 */
@IntegrationTest
class MapCellsTest {

	static final BoundingBox WORLD = new BoundingBox(-180, -85, 180, 85);

	static final BoundingBox BENELUX = new BoundingBox(2.5, 49.4, 7.3, 53.6);

	@Autowired
	MapQueries map;

	@Autowired
	MapCells cells;

	@Autowired
	IncidentFilterParser filters;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void cachedClustersEqualLiveClustersAtEveryZoomAndFilter() {
		cells.rebuild();
		assertThat(cells.isFresh()).isTrue();
		for (Map<String, String[]> query : List.of(Map.<String, String[]>of(), Map.of("family", new String[] { "all" }),
				Map.of("type", new String[] { "shooting", "homicide" }),
				Map.of("year", new String[] { "2022", "2025" }),
				Map.of("family", new String[] { "enforcement" }, "year", new String[] { "2024" }),
				Map.of("city", new String[] { "Antwerp" }), Map.of("minKilled", new String[] { "1" }),
				Map.of("q", new String[] { "cocaine" }, "family", new String[] { "all" }),
				Map.of("from", new String[] { "2023-01-01" }, "to", new String[] { "2024-12-31" }))) {
			IncidentFilter filter = filters.parse(query);
			for (BoundingBox box : List.of(WORLD, BENELUX, new BoundingBox(4.2, 51.1, 4.6, 51.4))) {
				for (int zoom = 0; zoom < MapQueries.LIVE_ZOOM; zoom++) {
					MapView cached = map.view(filter, box, zoom, true);
					MapView live = map.view(filter, box, zoom, false);
					assertThat(markers(cached)).as("zoom %d, %s, %s", zoom, box, query.keySet())
						.isEqualTo(markers(live));
					assertThat(cached.shown()).isEqualTo(live.shown());
				}
			}
		}
	}

	@Test
	void aChangeToAnIncidentMarksTheCacheStaleUntilItIsRebuilt() {
		cells.rebuild();
		assertThat(cells.isFresh()).isTrue();
		long before = cells.state().version();
		jdbc.update("update incident set summary = summary where external_key = 'launch-2023-merksem-girl-killed'");
		assertThat(cells.isFresh()).isFalse();
		assertThat(cells.state().version()).as("cached answers are keyed by this").isGreaterThan(before);
		cells.rebuildIfStale();
		assertThat(cells.isFresh()).isTrue();
	}

	@Test
	void rebuildsRunningAtOnceAsOnSeveralInstancesLeaveOneFreshSetOfCells() throws Exception {
		jdbc.update("update incident set summary = summary where external_key = 'launch-2023-merksem-girl-killed'");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<?>> rebuilds = new java.util.ArrayList<>();
			for (int i = 0; i < 3; i++) {
				rebuilds.add(pool.submit(() -> {
					start.await();
					cells.rebuild();
					return null;
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<?> rebuild : rebuilds) {
				rebuild.get(); // none fails
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(cells.isFresh()).isTrue();
		IncidentFilter all = filters.parse(Map.of("family", new String[] { "all" }));
		for (int zoom : List.of(3, 8, 12)) {
			assertThat(markers(map.view(all, BENELUX, zoom, true)))
				.isEqualTo(markers(map.view(all, BENELUX, zoom, false)));
		}
	}

	private static List<String> markers(MapView view) {
		return view.markers()
			.stream()
			.map(m -> "%d@%.6f,%.6f k=%s i=%s same=%s id=%s".formatted(m.count(), m.latitude(), m.longitude(),
					m.killed(), m.injured(), m.sameSpot(), m.incident() == null ? "-" : m.incident().id()))
			.sorted(Comparator.naturalOrder())
			.toList();
	}

}
