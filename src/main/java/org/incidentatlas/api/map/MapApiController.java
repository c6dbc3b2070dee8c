package org.incidentatlas.api.map;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.map.MapQueries;
import org.incidentatlas.api.Filtered;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the map draws for one viewport:
 * {@code GET /api/map?bbox=w,s,e,n&zoom=z&<filters>}.
 */
@RestController
@RequestMapping("/api/map")
class MapApiController {

	static final int SPOT_LIMIT = 100;

	private final MapQueries map;

	private final IncidentFilterParser filters;

	MapApiController(MapQueries map, IncidentFilterParser filters) {
		this.map = map;
		this.filters = filters;
	}

	@Filtered
	@GetMapping(produces = { "application/geo+json", "application/json" })
	MapJson view(HttpServletRequest request, @RequestParam(required = false) String zoom) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		if (filter.bbox() == null) {
			throw new InvalidParameterException("bbox", "parameter.bbox.missing");
		}
		return MapJson.of(map.view(filter, filter.bbox(), zoom(zoom)));
	}

	/** The incidents of a cluster that shares one position, newest first. */
	@Filtered
	@GetMapping("/spot")
	List<MapJson.SingleJson> spot(HttpServletRequest request, @RequestParam String lat, @RequestParam String lon) {
		double latitude = coordinate("lat", lat, 90);
		double longitude = coordinate("lon", lon, 180);
		return map.at(filters.parse(request.getParameterMap()), latitude, longitude, SPOT_LIMIT)
			.stream()
			.map(MapJson.SingleJson::of)
			.toList();
	}

	static int zoom(String value) {
		if (value == null) {
			throw new InvalidParameterException("zoom", "parameter.zoom.missing", MapQueries.MIN_ZOOM,
					MapQueries.MAX_ZOOM);
		}
		try {
			int zoom = Integer.parseInt(value.strip());
			if (zoom < MapQueries.MIN_ZOOM || zoom > MapQueries.MAX_ZOOM) {
				throw new InvalidParameterException("zoom", "parameter.zoom.outside", zoom, MapQueries.MIN_ZOOM,
						MapQueries.MAX_ZOOM);
			}
			return zoom;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("zoom", "parameter.zoom.invalid", value);
		}
	}

	private static double coordinate(String name, String value, double limit) {
		try {
			double v = Double.parseDouble(value);
			if (!(Math.abs(v) <= limit)) {
				throw new InvalidParameterException(name, "parameter.coordinate.outside", value, (int) limit);
			}
			return v;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(name, "parameter.number.invalid", value);
		}
	}

}
