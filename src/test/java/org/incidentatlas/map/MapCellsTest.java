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
import static org.assertj.core.api.Assertions.within;

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
					assertSameMarkers(cached, live, "zoom %d, %s, %s".formatted(zoom, box, query.keySet()));
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
			assertSameMarkers(map.view(all, BENELUX, zoom, true), map.view(all, BENELUX, zoom, false), "zoom " + zoom);
		}
	}

	/**
	 * The same markers: counts, casualties and single incidents exactly; positions within
	 * a tenth of a metre, since the cache adds coordinates up in another order than SQL's
	 * average does (4.4108125 may print as …12 or …13).
	 */
	private static void assertSameMarkers(MapView cached, MapView live, String as) {
		List<MapView.Marker> c = sorted(cached);
		List<MapView.Marker> l = sorted(live);
		assertThat(c.stream().map(MapCellsTest::counts).toList()).as(as)
			.isEqualTo(l.stream().map(MapCellsTest::counts).toList());
		for (int i = 0; i < c.size(); i++) {
			assertThat(c.get(i).latitude()).as(as).isCloseTo(l.get(i).latitude(), within(1e-6));
			assertThat(c.get(i).longitude()).as(as).isCloseTo(l.get(i).longitude(), within(1e-6));
		}
	}

	private static List<MapView.Marker> sorted(MapView view) {
		return view.markers()
			.stream()
			.sorted(Comparator.comparing(MapCellsTest::counts)
				.thenComparingDouble(MapView.Marker::latitude)
				.thenComparingDouble(MapView.Marker::longitude))
			.toList();
	}

	private static String counts(MapView.Marker m) {
		return "%d k=%s i=%s same=%s id=%s".formatted(m.count(), m.killed(), m.injured(), m.sameSpot(),
				m.incident() == null ? "-" : m.incident().id());
	}

}
