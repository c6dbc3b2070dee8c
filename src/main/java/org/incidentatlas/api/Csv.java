package org.incidentatlas.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted and their quotes doubled. UTF-8 with a byte-order mark, so that Excel
 * shows Liège as Liège. Cells that a spreadsheet would run as a formula are prefixed with '.
 */
public final class Csv implements AutoCloseable {

	private final Writer out;

	private Csv(Writer out) {
		this.out = out;
	}

	public static Csv attachment(HttpServletResponse response, String filename) {
		try {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
			Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			return new Csv(writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Csv to(Writer writer) {
		return new Csv(writer);
	}

	public Csv row(List<?> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(values.get(i)));
			}
			out.write("\r\n");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public void close() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
