package org.incidentatlas.api.map;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.incidentatlas.map.MapView;

/**
 * The map's data as a GeoJSON FeatureCollection (RFC 7946). Each feature is a cluster or
 * a single incident; {@code total}, {@code shown} and {@code unlocated} are foreign
 * members that let the page say "N incidents match, M shown on the map".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MapJson(String type, List<Feature> features, long total, long shown, int zoom, double cell, Unlocated unlocated,
		List<Area> areas) {

	static MapJson of(MapView view) {
		return new MapJson("FeatureCollection", view.markers().stream().map(Feature::of).toList(), view.total(),
				view.shown(), view.zoom(), view.cell(),
				new Unlocated(view.unlocated().count(), view.unlocated().first().stream().map(SingleJson::of).toList()),
				view.areas().stream().map(a -> new Area(a.key(), a.name(), a.kind(), a.count())).toList());
	}

	/**
	 * Incidents located only to a country or region ("somewhere in Belgium: 2"), never
	 * drawn as or inside a cluster. With {@code total}, {@code shown} and
	 * {@code unlocated} they add up.
	 */
	record Area(String key, String name, String kind, long count) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Feature(String type, Long id, Map<String, Object> geometry, Properties properties) {

		static Feature of(MapView.Marker m) {
			Map<String, Object> point = Map.of("type", "Point", "coordinates",
					List.of(round(m.longitude()), round(m.latitude())));
			if (m.incident() != null) {
				return new Feature("Feature", m.incident().id(), point,
						new Properties("incident", 1, null, null, null, null, SingleJson.of(m.incident())));
			}
			var b = m.bounds();
			return new Feature("Feature", null, point, new Properties("cluster", m.count(), m.killed(), m.injured(),
					m.sameSpot(), List.of(round(b.west()), round(b.south()), round(b.east()), round(b.north())), null));
		}

	}

	/**
	 * {@code killed}/{@code injured} sum what is reported; incidents that report nothing
	 * add nothing.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Properties(String kind, long count, Long killed, Long injured, Boolean sameSpot, List<Double> bounds,
			SingleJson incident) {
	}

	/**
	 * Lean on purpose: hundreds ride in one response. The incident's page is
	 * {@code /incidents/{id}}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SingleJson(long id, String type, String date, String precision, Integer killed, Integer injured,
			String place) {

		static SingleJson of(MapView.Single s) {
			return new SingleJson(s.id(), s.type().token(), s.date(), s.precision().token(), s.killed(), s.injured(),
					s.place());
		}

	}

	record Unlocated(long count, List<SingleJson> first) {
	}

	/**
	 * Five decimals are a metre: enough for any map, and a third of the bytes of a full
	 * double.
	 */
	private static double round(double degrees) {
		return Math.round(degrees * 100_000d) / 100_000d;
	}

}
