package org.incidentatlas.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.incidentatlas.incident.ExportRow;
import org.incidentatlas.system.WellFormed;
import org.incidentatlas.csv.Csv;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each export writes its rows: a beginning, one row at a time, an end. Every text
 * goes through {@link WellFormed#text}, so the file encodes as UTF-8 whatever is stored.
 */
final class ExportFormats {

	/**
	 * The CSV columns, in order. Dates are the first and last possible day plus their
	 * precision; coordinates are what the public may see, at location_precision; killed
	 * and injured are empty when not reported; sources are separated by " | ". The coding
	 * comes last: subtype, target, time_of_day (night, morning, afternoon, evening), time
	 * (HH:MM, empty when only the part of the day is known), time_precision (minute,
	 * hour, part_of_day) and groups (separated by " | ").
	 */
	static final List<String> COLUMNS = List.of("id", "type", "family", "date_from", "date_to", "date_precision",
			"date_label", "country_code", "country", "region", "city", "district", "street", "locality", "latitude",
			"longitude", "location_precision", "location_hidden", "killed", "injured", "summary", "source_count",
			"source_titles", "source_urls", "subtype", "target", "time_of_day", "time", "time_precision", "groups");

	private ExportFormats() {
	}

	/** One export format, writing to a character stream. */
	interface Format {

		String contentType();

		String filename();

		void begin(Writer out) throws IOException;

		void row(Writer out, ExportRow row, boolean first) throws IOException;

		void end(Writer out) throws IOException;

	}

	/** RFC 4180 CSV, UTF-8 with a byte-order mark, so that Excel shows Liège as Liège. */
	static Format csv() {
		return csv(Csv.Dialect.COMMA);
	}

	/** The CSV in a dialect: {@code SEMICOLON} for Belgian and Dutch spreadsheets. */
	static Format csv(Csv.Dialect dialect) {
		return new Format() {
			@Override
			public String contentType() {
				return "text/csv;charset=UTF-8";
			}

			@Override
			public String filename() {
				return "incident-atlas-incidents.csv";
			}

			@Override
			public void begin(Writer out) throws IOException {
				out.write('\uFEFF');
				Csv.to(out, dialect).row(COLUMNS);
			}

			@Override
			public void row(Writer out, ExportRow row, boolean first) {
				Csv.to(out, dialect).row(values(row));
			}

			@Override
			public void end(Writer out) {
			}
		};
	}

	/**
	 * An RFC 7946 FeatureCollection: [longitude, latitude] in WGS 84; no geometry when no
	 * place is known.
	 */
	static Format geojson(JsonMapper json) {
		return jsonArray(json, "application/geo+json;charset=UTF-8", "incident-atlas-incidents.geojson",
				"{\"type\":\"FeatureCollection\",\"features\":[", "]}", ExportFormats::feature);
	}

	/** A JSON array of objects with the CSV's columns as members. */
	static Format json(JsonMapper json) {
		return jsonArray(json, "application/json;charset=UTF-8", "incident-atlas-incidents.json", "[", "]",
				ExportFormats::properties);
	}

	/**
	 * A JSON array written a row at a time: {@code open}, the rows' values separated by
	 * commas, {@code close}.
	 */
	private static Format jsonArray(JsonMapper json, String contentType, String filename, String open, String close,
			Function<ExportRow, Object> value) {
		return new Format() {
			@Override
			public String contentType() {
				return contentType;
			}

			@Override
			public String filename() {
				return filename;
			}

			@Override
			public void begin(Writer out) throws IOException {
				out.write(open);
			}

			@Override
			public void row(Writer out, ExportRow row, boolean first) throws IOException {
				out.write((first ? "" : ",") + json.writeValueAsString(value.apply(row)));
			}

			@Override
			public void end(Writer out) throws IOException {
				out.write(close);
			}
		};
	}

	static Map<String, Object> feature(ExportRow row) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", row.id());
		feature.put("geometry", row.latitude() == null ? null
				: Map.of("type", "Point", "coordinates", List.of(row.longitude(), row.latitude())));
		feature.put("properties", properties(row));
		return feature;
	}

	static Map<String, Object> properties(ExportRow row) {
		Map<String, Object> properties = new LinkedHashMap<>();
		List<Object> values = values(row);
		for (int i = 0; i < COLUMNS.size(); i++) {
			properties.put(COLUMNS.get(i), values.get(i));
		}
		return properties;
	}

	static List<Object> values(ExportRow r) {
		List<Object> v = new ArrayList<>(COLUMNS.size());
		v.add(r.id());
		v.add(r.type());
		v.add(r.family());
		v.add(r.dateFrom());
		v.add(r.dateTo());
		v.add(r.datePrecision());
		v.add(text(r.dateLabel()));
		v.add(r.countryCode());
		v.add(text(r.country()));
		v.add(text(r.region()));
		v.add(text(r.city()));
		v.add(text(r.district()));
		v.add(text(r.street()));
		v.add(text(r.locality()));
		v.add(r.latitude());
		v.add(r.longitude());
		v.add(r.locationPrecision());
		v.add(r.locationHidden());
		v.add(r.killed());
		v.add(r.injured());
		v.add(text(r.summary()));
		v.add(r.sourceCount());
		v.add(text(r.sourceTitles()));
		v.add(text(r.sourceUrls()));
		v.add(r.subtype());
		v.add(r.target());
		v.add(r.timeOfDay());
		v.add(r.time());
		v.add(r.timePrecision());
		v.add(text(r.groups()));
		return v;
	}

	private static String text(String s) {
		return WellFormed.text(s);
	}

}
