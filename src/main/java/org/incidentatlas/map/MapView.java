package org.incidentatlas.map;

import java.util.List;

import org.incidentatlas.incident.BoundingBox;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.GeoPrecision;

/**
 * What the map needs for one viewport: clusters and single incidents, with exact counts.
 *
 * @param total incidents that match the filter anywhere, with or without coordinates
 * @param shown incidents drawn in this viewport: the sum of every marker's count
 * @param cell the grid cell size in degrees
 * @param unlocated incidents that match but have no public coordinates, so no map can
 * show them
 * @param areas incidents that match but are located only to a country or region, by area:
 * never in a cluster
 */
public record MapView(long total, long shown, int zoom, double cell, List<Marker> markers, Unlocated unlocated,
		List<Area> areas) {

	/**
	 * Incidents known only to lie somewhere in an area: "somewhere in Belgium: 2".
	 *
	 * @param key the gazetteer key, for a link to the list of the area's incidents; null
	 * without a gazetteer place
	 * @param kind country, region or province
	 */
	public record Area(String key, String name, String kind, long count) {
	}

	/**
	 * One marker: a single incident ({@code count == 1}, with its details) or a cluster.
	 * {@code sameSpot} says every incident in it shares one position, so zooming cannot
	 * split it.
	 */
	public record Marker(double latitude, double longitude, long count, Long killed, Long injured, boolean sameSpot,
			BoundingBox bounds, Single incident) {
	}

	public record Single(long id, IncidentType type, String date, GeoPrecision precision, Integer killed,
			Integer injured, String place) {
	}

	public record Unlocated(long count, List<Single> first) {
	}

}
