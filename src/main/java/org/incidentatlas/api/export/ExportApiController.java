package org.incidentatlas.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.incidentatlas.incident.IncidentExports;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.system.InterruptedDownload;
import org.incidentatlas.system.ServiceBusyException;
import org.incidentatlas.api.Filtered;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data, with the active filters, as GeoJSON (RFC 7946), CSV or JSON. Each streams
 * from a database cursor to the response, so the whole dataset exports with flat memory.
 * <p>
 * A client must never take a broken file for a whole one. The parameters are checked and
 * the query runs before the first byte is sent, so those failures are ordinary error
 * answers. The first {@value #BUFFER_BYTES} bytes are held back: an export that ends
 * within them is sent whole, with an ETag. A longer one streams without an ETag, and if
 * it fails after its first bytes have left, the connection is ended without HTTP's
 * closing chunk, which every client reports as an error. At most
 * {@code atlas.export.max-concurrent} exports stream at once; one more gets 503.
 */
@RestController
class ExportApiController {

	/** Bytes held back before the first leaves; exports within them get an ETag. */
	static final int BUFFER_BYTES = 256 * 1024;

	static final List<String> COLUMNS = ExportFormats.COLUMNS;

	private static final Logger log = LoggerFactory.getLogger(ExportApiController.class);

	private final IncidentExports exports;

	private final IncidentFilterParser filters;

	private final JsonMapper json;

	private final DataVersion mapCells;

	private final ExportProperties properties;

	private final Semaphore streams;

	private final org.incidentatlas.analysis.CoverageQueries coverage;

	ExportApiController(IncidentExports exports, IncidentFilterParser filters, JsonMapper json, DataVersion mapCells,
			ExportProperties properties, org.incidentatlas.analysis.CoverageQueries coverage) {
		this.exports = exports;
		this.filters = filters;
		this.json = json;
		this.mapCells = mapCells;
		this.properties = properties;
		this.streams = new Semaphore(properties.maxConcurrent());
		this.coverage = coverage;
	}

	@Filtered
	@GetMapping("/api/export/incidents.csv")
	void csv(HttpServletRequest request, HttpServletResponse response,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String sep) throws IOException {
		export(request, response, ExportFormats.csv(dialect(sep)));
	}

	/**
	 * {@code sep=semicolon} for spreadsheets set to Dutch or French; comma, RFC 4180's,
	 * otherwise.
	 */
	static org.incidentatlas.csv.Csv.Dialect dialect(String sep) {
		if (sep == null || sep.isBlank() || sep.equalsIgnoreCase("comma")) {
			return org.incidentatlas.csv.Csv.Dialect.COMMA;
		}
		if (sep.equalsIgnoreCase("semicolon")) {
			return org.incidentatlas.csv.Csv.Dialect.SEMICOLON;
		}
		throw new org.incidentatlas.incident.InvalidParameterException("sep", "parameter.sep.unknown",
				org.incidentatlas.incident.InvalidParameterException.shorten(sep));
	}

	@Filtered
	@GetMapping("/api/export/incidents.geojson")
	void geojson(HttpServletRequest request, HttpServletResponse response) throws IOException {
		export(request, response, ExportFormats.geojson(json));
	}

	@Filtered
	@GetMapping("/api/export/incidents.json")
	void jsonArray(HttpServletRequest request, HttpServletResponse response) throws IOException {
		export(request, response, ExportFormats.json(json));
	}

	private void export(HttpServletRequest request, HttpServletResponse response, ExportFormats.Format format)
			throws IOException {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		String etag = etag(request, format);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			return;
		}
		if (!streams.tryAcquire()) {
			throw new ServiceBusyException("problem.busy.export",
					"Too many exports are running; try again in " + properties.retryAfterSeconds() + " seconds.",
					properties.retryAfterSeconds());
		}
		try {
			describeCoverage(request, response, filter);
			stream(response, format, filter, etag, ExportFileName.of(filter, extension(format)));
		}
		finally {
			streams.release();
		}
	}

	private void stream(HttpServletResponse response, ExportFormats.Format format, IncidentFilter filter, String etag,
			String filename) throws IOException {
		response.setBufferSize(BUFFER_BYTES);
		response.setContentType(format.contentType());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		// the container's writer: its characters wait in the response buffer, and nothing
		// is sent before it fills
		Writer out = response.getWriter();
		boolean[] begun = { false };
		try {
			exports.stream(filter, row -> {
				try {
					if (!begun[0]) {
						format.begin(out);
					}
					format.row(out, row, !begun[0]);
					begun[0] = true;
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			if (!begun[0]) {
				format.begin(out);
			}
			format.end(out);
		}
		catch (RuntimeException ex) {
			if (!response.isCommitted()) {
				response.reset(); // nothing has left: the error answers as any other,
									// without the export's headers
				throw ex;
			}
			Throwable cause = ex instanceof java.io.UncheckedIOException io ? io.getCause() : ex;
			if (cause instanceof ClientAbortException gone) {
				throw gone; // the client left: nothing to tell it
			}
			log.warn("An export failed after its first bytes were sent; ending the connection", ex);
			throw new InterruptedDownload.Interrupted("The export failed part-way");
		}
		if (!response.isCommitted()) {
			response.setHeader(HttpHeaders.ETAG, etag); // whole and still in the buffer:
														// safe to validate later
		}
	}

	private static String extension(ExportFormats.Format format) {
		String name = format.filename();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/**
	 * What the file's counts rest on, in its headers: the file itself stays plain rows.
	 */
	private void describeCoverage(HttpServletRequest request, HttpServletResponse response, IncidentFilter filter) {
		org.incidentatlas.api.CoverageHeaders.add(response, request, coverage.coverage(filter,
				org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
	}

	/** The same data version and the same query give the same file. */
	private String etag(HttpServletRequest request, ExportFormats.Format format) {
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		return "W/\"" + mapCells.validator() + "-" + format.filename() + "-" + Integer.toHexString(query.hashCode())
				+ "\"";
	}

	/** If-None-Match, with weak comparison as RFC 9110 asks for GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",")) {
			String c = candidate.strip();
			if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

}
