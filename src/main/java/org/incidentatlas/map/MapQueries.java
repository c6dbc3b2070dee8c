package org.incidentatlas.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.system.Caches;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.incident.FilterSql;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.BoundingBox;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.IncidentView;
import org.incidentatlas.incident.PublicLocation;
import org.incidentatlas.incident.IncidentQueries;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's data, aggregated in PostgreSQL so the page never downloads every incident.
 * <p>
 * Incidents are grouped on a grid aligned to the world, half a map tile (128 pixels) per
 * cell, so a cell holds the same incidents however the view is panned, and a viewport
 * never has more than {@link #MAX_CELLS} markers. A cell of one is a single incident; a
 * cell whose incidents share one position is a spot that no zoom can split. Every count
 * is a {@code count(*)}: a cluster that says 12 holds 12.
 * <p>
 * Cells are computed a tile of {@value #TILE} × {@value #TILE} cells at a time, from the
 * {@code map_cell} table when it can answer the filter (types and years, zoom below
 * {@link #LIVE_ZOOM}) or from the incidents through a covering index otherwise, and kept
 * in memory under the data version that every change to incidents bumps. Neighbouring
 * viewports share tiles, so a journalist panning around costs the database almost
 * nothing.
 */
@Repository
@Transactional(readOnly = true, timeoutString = "${atlas.database.read-timeout:10}")
public class MapQueries {

	public static final int MIN_ZOOM = 0;

	public static final int MAX_ZOOM = 19;

	/**
	 * From this zoom on, the {@code map_cell} table has no level and cells come from the
	 * incidents.
	 */
	public static final int LIVE_ZOOM = 17;

	/** A cell is 128 pixels of a 256-pixel tile: half a tile's width in degrees. */
	static final int CELLS_PER_TILE_LOG2 = 1;

	/**
	 * Whatever box a client sends, the grid never has more cells than this, which bounds
	 * the answer's size.
	 */
	static final int MAX_CELLS = 1024;

	/** Cells per side of a cached tile. */
	static final int TILE = 16;

	/**
	 * Cells held in memory, about 150 bytes each: at most about 75 MB of a 512 MB heap.
	 */
	static final long MAX_CACHED_CELLS = 500_000;

	static final int UNLOCATED_LISTED = 20;

	/**
	 * Public precisions whose point is only an area's centre: such incidents are never
	 * clustered with located ones, which would make the centre of Belgium look like a
	 * hotspot; the map lists them apart by area ({@link MapView.Area}).
	 */
	static final String VAGUE = "('COUNTRY', 'REGION')";

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	private final MapCells cells;

	private final Cache<TileKey, List<Cluster>> tiles;

	private final Cache<FilterKey, Totals> totals;

	private final Cache<SingleKey, MapView.Single> singles;

	MapQueries(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer, MapCells cells, Caches caches) {
		this.tiles = caches.create("map.tiles",
				Caffeine.newBuilder()
					.maximumWeight(MAX_CACHED_CELLS)
					.weigher((TileKey key, List<Cluster> value) -> value.size() + 1));
		this.totals = caches.create("map.totals", Caffeine.newBuilder().maximumSize(10_000));
		this.singles = caches.create("map.singles", Caffeine.newBuilder().maximumSize(100_000));
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.cells = cells;
	}

	public MapView view(IncidentFilter filter, BoundingBox viewport, int zoom) {
		return view(filter, viewport, zoom, true);
	}

	/**
	 * With {@code mayUseCaches} false everything is counted from the incidents: the
	 * reference the caches are tested against.
	 */
	MapView view(IncidentFilter filter, BoundingBox viewport, int zoom, boolean mayUseCaches) {
		IncidentFilter anywhere = filter.withoutBbox();
		double cell = cellSize(viewport, zoom);
		CellRange range = CellRange.of(viewport, cell);
		List<Cluster> clusters;
		Totals counts;
		MapCells.State state = mayUseCaches ? cells.recentState() : null;
		// a transaction that changed incidents sees its own uncommitted rows: nothing it
		// reads may be cached
		if (state != null && state.shared()) {
			boolean tableAnswers = !state.stale() && FilterSql.cellsCanAnswer(anywhere);
			clusters = new ArrayList<>();
			for (long tx = Math.floorDiv(range.x0(), TILE); tx <= Math.floorDiv(range.x1(), TILE); tx++) {
				for (long ty = Math.floorDiv(range.y0(), TILE); ty <= Math.floorDiv(range.y1(), TILE); ty++) {
					CellRange tile = new CellRange(tx * TILE, tx * TILE + TILE - 1, ty * TILE, ty * TILE + TILE - 1);
					boolean fromTable = tableAnswers && cell >= MapCells.cellSize(MapCells.FINEST_LEVEL);
					List<Cluster> tileCells = tiles.get(new TileKey(state.version(), anywhere, cell, tx, ty),
							k -> fromTable ? tableCells(anywhere, tile, cell) : liveCells(anywhere, tile, cell));
					for (Cluster c : tileCells) {
						if (range.contains(c.cx(), c.cy())) {
							clusters.add(c);
						}
					}
				}
			}
			counts = totals.get(new FilterKey(state.version(), anywhere),
					k -> tableAnswers ? tableTotals(anywhere) : liveTotals(anywhere));
			String language = LocaleContextHolder.getLocale().getLanguage();
			return assemble(zoom, cell, clusters, counts,
					id -> singles.get(new SingleKey(state.version(), id, language), k -> null));
		}
		clusters = liveCells(anywhere, range, cell);
		counts = liveTotals(anywhere);
		return assemble(zoom, cell, clusters, counts, id -> null);
	}

	/** Incidents that share one position, for a cluster that zooming cannot split. */
	public List<MapView.Single> at(IncidentFilter filter, double latitude, double longitude, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter.withoutBbox(), params);
		params.addValue("lat", latitude).addValue("lon", longitude).addValue("limit", limit);
		return jdbc.query(
				"select " + SINGLE_COLUMNS + " from incident i where " + where + " and " + AT_POINT
						+ " order by i.date_from desc nulls last, i.id desc limit :limit",
				params, (rs, n) -> single(rs));
	}

	/**
	 * The grid cell for a zoom: half a tile, doubled until the box holds at most
	 * {@link #MAX_CELLS} cells, so an oversized box cannot make an oversized answer.
	 */
	static double cellSize(BoundingBox box, int zoom) {
		double cell = 360.0 / Math.pow(2, zoom + CELLS_PER_TILE_LOG2);
		while ((box.width() / cell) * (box.height() / cell) > MAX_CELLS) {
			cell *= 2;
		}
		return cell;
	}

	private List<Cluster> liveCells(IncidentFilter filter, CellRange range, double cell) {
		MapSqlParameterSource params = range.parameters(cell);
		String where = FilterSql.incidents(filter, params);
		// the column ranges let the covering index answer; the cell ranges make the edges
		// exact
		return jdbc
			.query("""
					select floor(i.public_longitude / :cell)::bigint as cx, floor(i.public_latitude / :cell)::bigint as cy,
					       count(*) as n, avg(i.public_latitude) as lat, avg(i.public_longitude) as lon,
					       min(i.public_longitude) as w, min(i.public_latitude) as s, max(i.public_longitude) as e,
					       max(i.public_latitude) as n_lat, sum(i.killed) as killed, sum(i.injured) as injured, min(i.id) as any_id
					from incident i
					where %s and i.public_latitude is not null and i.public_geo_precision not in %s
					  and i.public_longitude between :west and :east and i.public_latitude between :south and :north
					  and floor(i.public_longitude / :cell) between :x0 and :x1
					  and floor(i.public_latitude / :cell) between :y0 and :y1
					group by 1, 2"""
				.formatted(where, VAGUE), params, MapQueries::cluster);
	}

	private List<Cluster> tableCells(IncidentFilter filter, CellRange range, double cell) {
		MapSqlParameterSource params = range.parameters(cell)
			.addValue("level", (int) Math.round(Math.log(360.0 / cell) / Math.log(2)) - CELLS_PER_TILE_LOG2)
			.addValue("types", filter.types().stream().map(Enum::name).toList());
		return jdbc.query("""
				select cx::bigint as cx, cy::bigint as cy, sum(n) as n, sum(sum_lat) / sum(n) as lat,
				       sum(sum_lon) / sum(n) as lon, min(min_lon) as w, min(min_lat) as s, max(max_lon) as e,
				       max(max_lat) as n_lat, sum(killed)::bigint as killed, sum(injured)::bigint as injured,
				       min(min_id) as any_id
				from map_cell
				where level = :level and cx between :x0 and :x1 and cy between :y0 and :y1 and type in (:types) %s
				group by cx, cy""".formatted(FilterSql.cellYears(filter, params)), params, MapQueries::cluster);
	}

	private Totals liveTotals(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, params);
		Map<String, Object> row = jdbc.queryForMap("""
				select count(*) as total, count(*) filter (where i.public_latitude is null) as unlocated
				from incident i where\s""" + where, params);
		Map<Integer, Long> areas = new java.util.LinkedHashMap<>();
		jdbc.query("""
				select coalesce(i.place_id, -1) as area, count(*) as n from incident i
				where %s and i.public_latitude is not null and i.public_geo_precision in %s
				group by 1""".formatted(where, VAGUE), params, rs -> {
			areas.put(rs.getInt("area"), rs.getLong("n"));
		});
		return new Totals(((Number) row.get("total")).longValue(), ((Number) row.get("unlocated")).longValue(),
				unlocated(where, params, ((Number) row.get("unlocated")).longValue()), areas(areas));
	}

	private Totals tableTotals(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Map<String, Object> row = jdbc.queryForMap(
				"""
						select coalesce(sum(n), 0) as total, coalesce(sum(n) filter (where level = -1 and cy = 0), 0) as unlocated
						from\s"""
						+ FilterSql.cellTotals(filter, params),
				params);
		long unlocatedCount = ((Number) row.get("unlocated")).longValue();
		Map<Integer, Long> areas = new java.util.LinkedHashMap<>();
		MapSqlParameterSource areaParams = new MapSqlParameterSource();
		jdbc.query("select cx, sum(n) as n from " + FilterSql.cellTotals(filter, areaParams)
				+ " and level = -1 and cy = 1 group by cx", areaParams, rs -> {
					areas.put(rs.getInt("cx"), rs.getLong("n"));
				});
		MapSqlParameterSource listParams = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, listParams);
		return new Totals(((Number) row.get("total")).longValue(), unlocatedCount,
				unlocated(where, listParams, unlocatedCount), areas(areas));
	}

	/**
	 * Areas by size, largest first, named in the reader's language; -1 is an incident
	 * with a country code only.
	 */
	private List<MapView.Area> areas(Map<Integer, Long> counts) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		List<MapView.Area> areas = new ArrayList<>();
		counts.forEach((placeId, n) -> {
			var place = gazetteer.byId(placeId).orElse(null);
			areas.add(new MapView.Area(place == null ? null : place.key(), place == null ? null : place.name(locale),
					place == null ? null : place.kind().name().toLowerCase(java.util.Locale.ROOT), n));
		});
		areas.sort(java.util.Comparator.comparingLong(MapView.Area::count)
			.reversed()
			.thenComparing(a -> a.name() == null ? "" : a.name()));
		return List.copyOf(areas);
	}

	private List<MapView.Single> unlocated(String where, MapSqlParameterSource params, long count) {
		return count == 0 ? List.of()
				: jdbc.query("select " + SINGLE_COLUMNS + " from incident i where " + where
						+ " and i.public_latitude is null order by i.date_from desc nulls last, i.id desc limit "
						+ UNLOCATED_LISTED, params, (rs, n) -> single(rs));
	}

	private MapView assemble(int zoom, double cell, List<Cluster> clusters, Totals counts,
			java.util.function.LongFunction<MapView.Single> cachedSingle) {
		Map<Long, MapView.Single> details = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Cluster c : clusters) {
			if (c.count() == 1) {
				MapView.Single known = cachedSingle.apply(c.anyId());
				if (known != null) {
					details.put(c.anyId(), known);
				}
				else {
					missing.add(c.anyId());
				}
			}
		}
		details.putAll(singlesById(missing));
		List<MapView.Marker> markers = new ArrayList<>(clusters.size());
		long shown = 0;
		for (Cluster c : clusters) {
			shown += c.count();
			markers.add(new MapView.Marker(c.latitude(), c.longitude(), c.count(), c.killed(), c.injured(),
					c.sameSpot(), c.bounds(), c.count() == 1 ? details.get(c.anyId()) : null));
		}
		return new MapView(counts.total(), shown, zoom, cell, markers,
				new MapView.Unlocated(counts.unlocated(), counts.firstUnlocated()), counts.areas());
	}

	/** Exactly one position, asked so that the spatial index answers it. */
	private static final String AT_POINT = """
			point(i.public_longitude, i.public_latitude) <@ box(point(:lon, :lat), point(:lon, :lat))
			and i.public_latitude = :lat and i.public_longitude = :lon""";

	private static final String SINGLE_COLUMNS = """
			i.id, i.type, i.date_from, i.date_to, i.date_precision, i.country_code, i.place_id, i.locality,
			i.public_geo_precision, i.killed, i.injured""";

	private Map<Long, MapView.Single> singlesById(List<Long> ids) {
		Map<Long, MapView.Single> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			MapCells.State state = cells.recentState();
			jdbc.query("select " + SINGLE_COLUMNS + " from incident i where i.id in (:ids)", Map.of("ids", ids), rs -> {
				MapView.Single single = single(rs);
				byId.put(single.id(), single);
				if (state.shared()) {
					singles.put(
							new SingleKey(state.version(), single.id(), LocaleContextHolder.getLocale().getLanguage()),
							single);
				}
			});
		}
		return byId;
	}

	private MapView.Single single(ResultSet rs) throws SQLException {
		GeoPrecision precision = GeoPrecision.valueOf(rs.getString("public_geo_precision"));
		IncidentView.Location location = PublicLocation.of(gazetteer, rs.getString("country_code"),
				(Integer) rs.getObject("place_id"), rs.getString("locality"), null, null, null, precision, false);
		return new MapView.Single(rs.getLong("id"), IncidentType.valueOf(rs.getString("type")),
				IncidentQueries.dateRange(rs, 3).label(LocaleContextHolder.getLocale()), precision,
				(Integer) rs.getObject("killed"), (Integer) rs.getObject("injured"), location.label());
	}

	private static Cluster cluster(ResultSet rs, int row) throws SQLException {
		double w = rs.getDouble("w");
		double s = rs.getDouble("s");
		double e = rs.getDouble("e");
		double north = rs.getDouble("n_lat");
		return new Cluster(rs.getLong("cx"), rs.getLong("cy"), rs.getLong("n"), rs.getDouble("lat"),
				rs.getDouble("lon"), new BoundingBox(w, s, Math.max(e, w + 1e-9), Math.max(north, s + 1e-9)),
				w == e && s == north, (Long) rs.getObject("killed"), (Long) rs.getObject("injured"),
				rs.getLong("any_id"));
	}

	/**
	 * Cells x0..x1 by y0..y1, inclusive; cell x holds longitudes [x·cell, (x+1)·cell).
	 */
	record CellRange(long x0, long x1, long y0, long y1) {

		static CellRange of(BoundingBox box, double cell) {
			return new CellRange((long) Math.floor(box.west() / cell), (long) Math.ceil(box.east() / cell) - 1,
					(long) Math.floor(box.south() / cell), (long) Math.ceil(box.north() / cell) - 1);
		}

		boolean contains(long cx, long cy) {
			return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
		}

		MapSqlParameterSource parameters(double cell) {
			return new MapSqlParameterSource().addValue("cell", cell)
				.addValue("x0", x0)
				.addValue("x1", x1)
				.addValue("y0", y0)
				.addValue("y1", y1)
				.addValue("west", Math.max(-180, x0 * cell))
				.addValue("east", Math.min(180, (x1 + 1) * cell))
				.addValue("south", Math.max(-90, y0 * cell))
				.addValue("north", Math.min(90, (y1 + 1) * cell));
		}

	}

	private record Totals(long total, long unlocated, List<MapView.Single> firstUnlocated, List<MapView.Area> areas) {
	}

	private record TileKey(long dataVersion, IncidentFilter filter, double cell, long tx, long ty) {
	}

	private record FilterKey(long dataVersion, IncidentFilter filter) {
	}

	/** Labels are in the reader's language, so the language is part of the key. */
	private record SingleKey(long dataVersion, long id, String language) {
	}

	private record Cluster(long cx, long cy, long count, double latitude, double longitude, BoundingBox bounds,
			boolean sameSpot, Long killed, Long injured, long anyId) {
	}

}
