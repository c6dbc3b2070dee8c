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
 * @param unlocated incidents that match but have no public coordinates, so no map can show them
 */
public record MapView(long total, long shown, int zoom, double cell, List<Marker> markers, Unlocated unlocated) {

	/**
	 * One marker: a single incident ({@code count == 1}, with its details) or a cluster.
	 * {@code sameSpot} says every incident in it shares one position, so zooming cannot split it.
	 */
	public record Marker(double latitude, double longitude, long count, Long killed, Long injured, boolean sameSpot,
			BoundingBox bounds, Single incident) {
	}

	public record Single(long id, IncidentType type, String date, GeoPrecision precision, Integer killed, Integer injured,
			String place) {
	}

	public record Unlocated(long count, List<Single> first) {
	}

}
