package org.incidentatlas.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.place.Gazetteer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's data, aggregated in PostgreSQL so the page never downloads every incident.
 * Below {@link #EXACT_ZOOM} incidents are grouped on a grid aligned to the world, so a cell
 * holds the same incidents however the view is panned; at and above it they are grouped only
 * when they share a position. Every count is a {@code count(*)}: a cluster that says 12 holds 12.
 */
@Repository
@Transactional(readOnly = true)
public class MapQueries {

	public static final int MIN_ZOOM = 0;

	public static final int MAX_ZOOM = 19;

	/** From this zoom on, markers are exact positions. */
	public static final int EXACT_ZOOM = 14;

	/** A cell is about 64 pixels of a 256-pixel tile: a quarter of a tile's width in degrees. */
	static final int CELLS_PER_TILE_LOG2 = 2;

	/** Whatever box a client sends, the grid never has more cells than this. */
	static final int MAX_CELLS = 4096;

	static final int UNLOCATED_LISTED = 20;

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	MapQueries(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
	}

	public MapView view(IncidentFilter filter, BoundingBox viewport, int zoom) {
		IncidentFilter anywhere = filter.withoutBbox();
		double cell = zoom >= EXACT_ZOOM ? 0 : cellSize(viewport, zoom);
		BoundingBox box = cell == 0 ? viewport : viewport.snappedTo(cell);

		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = IncidentQueries.where(anywhere, params);
		params.addValue("west", box.west()).addValue("south", box.south()).addValue("east", box.east()).addValue("north", box.north());
		String group = cell == 0 ? "i.public_longitude, i.public_latitude"
				: "floor(i.public_longitude / :cell), floor(i.public_latitude / :cell)";
		params.addValue("cell", cell);
		List<Cluster> clusters = jdbc.query("""
				select count(*) as n, avg(i.public_latitude) as lat, avg(i.public_longitude) as lon,
				       min(i.public_longitude) as w, min(i.public_latitude) as s, max(i.public_longitude) as e,
				       max(i.public_latitude) as n_lat, sum(i.killed) as killed, sum(i.injured) as injured, min(i.id) as any_id
				from incident i
				where %s and i.public_latitude is not null
				  and point(i.public_longitude, i.public_latitude) <@ box(point(:west, :south), point(:east, :north))
				group by %s""".formatted(where, group), params,
				(rs, n) -> new Cluster(rs.getLong("n"), rs.getDouble("lat"), rs.getDouble("lon"),
						new BoundingBox(rs.getDouble("w"), rs.getDouble("s"), Math.max(rs.getDouble("e"), rs.getDouble("w") + 1e-9),
								Math.max(rs.getDouble("n_lat"), rs.getDouble("s") + 1e-9)),
						rs.getDouble("w") == rs.getDouble("e") && rs.getDouble("s") == rs.getDouble("n_lat"),
						(Long) rs.getObject("killed"), (Long) rs.getObject("injured"), rs.getLong("any_id")));

		Map<Long, MapView.Single> singles = singles(clusters.stream().filter(c -> c.count() == 1).map(Cluster::anyId).toList());
		List<MapView.Marker> markers = new ArrayList<>(clusters.size());
		long shown = 0;
		for (Cluster c : clusters) {
			shown += c.count();
			markers.add(new MapView.Marker(c.latitude(), c.longitude(), c.count(), c.killed(), c.injured(), c.sameSpot(),
					c.bounds(), c.count() == 1 ? singles.get(c.anyId()) : null));
		}

		MapSqlParameterSource totalParams = new MapSqlParameterSource();
		String totalWhere = IncidentQueries.where(anywhere, totalParams);
		Map<String, Object> totals = jdbc.queryForMap("""
				select count(*) as total, count(*) filter (where i.public_latitude is null) as unlocated
				from incident i where """ + " " + totalWhere, totalParams);
		long unlocatedCount = ((Number) totals.get("unlocated")).longValue();
		List<MapView.Single> unlocated = unlocatedCount == 0 ? List.of()
				: jdbc.query("select " + SINGLE_COLUMNS + " from incident i where " + totalWhere
						+ " and i.public_latitude is null order by i.date_from desc nulls last, i.id desc limit "
						+ UNLOCATED_LISTED, totalParams, (rs, n) -> single(rs));
		return new MapView(((Number) totals.get("total")).longValue(), shown, zoom, cell, markers,
				new MapView.Unlocated(unlocatedCount, unlocated));
	}

	/** Incidents that share one position, for a cluster that zooming cannot split. */
	public List<MapView.Single> at(IncidentFilter filter, double latitude, double longitude, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = IncidentQueries.where(filter.withoutBbox(), params);
		params.addValue("lat", latitude).addValue("lon", longitude).addValue("limit", limit);
		return jdbc.query("select " + SINGLE_COLUMNS + " from incident i where " + where
				+ " and i.public_latitude = :lat and i.public_longitude = :lon"
				+ " order by i.date_from desc nulls last, i.id desc limit :limit", params, (rs, n) -> single(rs));
	}

	/**
	 * The grid cell for a zoom: a quarter of a tile, doubled until the box holds at most
	 * {@link #MAX_CELLS} cells, so an oversized box cannot make an oversized answer.
	 */
	static double cellSize(BoundingBox box, int zoom) {
		double cell = 360.0 / Math.pow(2, zoom + CELLS_PER_TILE_LOG2);
		while ((box.width() / cell) * (box.height() / cell) > MAX_CELLS) {
			cell *= 2;
		}
		return cell;
	}

	private static final String SINGLE_COLUMNS = """
			i.id, i.type, i.date_from, i.date_to, i.date_precision, i.country_code, i.place_id, i.locality,
			i.public_geo_precision, i.killed, i.injured""";

	private Map<Long, MapView.Single> singles(List<Long> ids) {
		Map<Long, MapView.Single> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("select " + SINGLE_COLUMNS + " from incident i where i.id in (:ids)", Map.of("ids", ids), rs -> {
				MapView.Single single = single(rs);
				byId.put(single.id(), single);
			});
		}
		return byId;
	}

	private MapView.Single single(java.sql.ResultSet rs) throws java.sql.SQLException {
		GeoPrecision precision = GeoPrecision.valueOf(rs.getString("public_geo_precision"));
		IncidentView.Location location = PublicLocation.of(gazetteer, rs.getString("country_code"),
				(Integer) rs.getObject("place_id"), rs.getString("locality"), null, null, null, precision, false);
		return new MapView.Single(rs.getLong("id"), IncidentType.valueOf(rs.getString("type")),
				IncidentQueries.dateRange(rs, 3).label(Locale.ENGLISH), precision, (Integer) rs.getObject("killed"),
				(Integer) rs.getObject("injured"), location.label());
	}

	private record Cluster(long count, double latitude, double longitude, BoundingBox bounds, boolean sameSpot, Long killed,
			Long injured, long anyId) {
	}

}
