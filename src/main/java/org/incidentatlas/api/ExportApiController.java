package org.incidentatlas.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.incident.ExportRow;
import org.incidentatlas.incident.IncidentExports;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.MapCells;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The data, with the active filters, as GeoJSON (RFC 7946), CSV or JSON. Each streams from a
 * database cursor to the response, so the whole dataset exports with flat memory.
 */
@RestController
class ExportApiController {

	/**
	 * The CSV columns, in order. Dates are the first and last possible day plus their precision;
	 * coordinates are what the public may see, at location_precision; killed and injured are
	 * empty when not reported; sources are separated by " | ".
	 */
	static final List<String> COLUMNS = List.of("id", "type", "family", "date_from", "date_to", "date_precision",
			"date_label", "country_code", "country", "region", "city", "district", "street", "locality", "latitude",
			"longitude", "location_precision", "location_hidden", "killed", "injured", "summary", "source_count",
			"source_titles", "source_urls");

	private final IncidentExports exports;

	private final IncidentFilterParser filters;

	private final JsonMapper json;

	private final MapCells mapCells;

	ExportApiController(IncidentExports exports, IncidentFilterParser filters, JsonMapper json, MapCells mapCells) {
		this.exports = exports;
		this.filters = filters;
		this.json = json;
		this.mapCells = mapCells;
	}

	/** True when the client's copy is current: the same data version and the same query. */
	private boolean notModified(HttpServletRequest request, HttpServletResponse response, String format) {
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		String etag = "W/\"" + mapCells.dataVersion() + "-" + format + "-" + Integer.toHexString(query.hashCode()) + "\"";
		return new ServletWebRequest(request, response).checkNotModified(etag);
	}

	@Filtered
	@GetMapping("/api/export/incidents.csv")
	void csv(HttpServletRequest request, HttpServletResponse response) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		if (notModified(request, response, "csv")) {
			return;
		}
		try (Csv csv = Csv.attachment(response, "incident-atlas-incidents.csv")) {
			csv.row(COLUMNS);
			exports.stream(filter, row -> csv.row(values(row)));
		}
	}

	@Filtered
	@GetMapping("/api/export/incidents.geojson")
	void geojson(HttpServletRequest request, HttpServletResponse response) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		if (notModified(request, response, "geojson")) {
			return;
		}
		response.setContentType("application/geo+json;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"incident-atlas-incidents.geojson\"");
		try (Writer out = writer(response)) {
			out.write("{\"type\":\"FeatureCollection\",\"features\":[");
			boolean[] first = { true };
			exports.stream(filter, row -> write(out, (first[0] ? "" : ",") + json.writeValueAsString(feature(row)), first));
			out.write("]}");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Filtered
	@GetMapping("/api/export/incidents.json")
	void jsonArray(HttpServletRequest request, HttpServletResponse response) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		if (notModified(request, response, "json")) {
			return;
		}
		response.setContentType("application/json;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"incident-atlas-incidents.json\"");
		try (Writer out = writer(response)) {
			out.write("[");
			boolean[] first = { true };
			exports.stream(filter, row -> write(out, (first[0] ? "" : ",") + json.writeValueAsString(properties(row)), first));
			out.write("]");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Writer writer(HttpServletResponse response) throws IOException {
		return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
	}

	private static void write(Writer out, String text, boolean[] first) {
		try {
			out.write(text);
			first[0] = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GeoJSON feature: [longitude, latitude] in WGS 84; no geometry when no place is known. */
	private static Map<String, Object> feature(ExportRow row) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", row.id());
		feature.put("geometry", row.latitude() == null ? null
				: Map.of("type", "Point", "coordinates", List.of(row.longitude(), row.latitude())));
		feature.put("properties", properties(row));
		return feature;
	}

	private static Map<String, Object> properties(ExportRow row) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<Object> values = values(row);
		for (int i = 0; i < COLUMNS.size(); i++) {
			properties.put(COLUMNS.get(i), values.get(i));
		}
		return properties;
	}

	private static List<Object> values(ExportRow r) {
		List<Object> v = new ArrayList<>(COLUMNS.size());
		v.add(r.id());
		v.add(r.type());
		v.add(r.family());
		v.add(r.dateFrom());
		v.add(r.dateTo());
		v.add(r.datePrecision());
		v.add(r.dateLabel());
		v.add(r.countryCode());
		v.add(r.country());
		v.add(r.region());
		v.add(r.city());
		v.add(r.district());
		v.add(r.street());
		v.add(r.locality());
		v.add(r.latitude());
		v.add(r.longitude());
		v.add(r.locationPrecision());
		v.add(r.locationHidden());
		v.add(r.killed());
		v.add(r.injured());
		v.add(r.summary());
		v.add(r.sourceCount());
		v.add(r.sourceTitles());
		v.add(r.sourceUrls());
		return v;
	}

}
