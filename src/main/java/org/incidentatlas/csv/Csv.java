package org.incidentatlas.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 has it, read and written by Apache Commons CSV: comma-separated, CRLF
 * line ends, fields with a comma, quote or line break quoted and their quotes doubled.
 * Files are written as UTF-8 with a byte-order mark, so that Excel shows Liège as Liège,
 * and a mark is dropped when read. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) are written with a leading '.
 */
public final class Csv implements AutoCloseable {

	private static final CSVFormat WRITE = CSVFormat.RFC4180;

	private static final CSVFormat WRITE_SEMICOLON = CSVFormat.RFC4180.builder().setDelimiter(';').get();

	/**
	 * How cells are separated. {@code COMMA} is RFC 4180; {@code SEMICOLON} is what
	 * Belgian and Dutch spreadsheets open by double-click: cells separated by ';' and
	 * decimals written with a comma (51,219), so that numbers stay numbers in a
	 * spreadsheet set to Dutch or French.
	 */
	public enum Dialect {

		COMMA(',', WRITE), SEMICOLON(';', WRITE_SEMICOLON);

		private final char delimiter;

		private final CSVFormat format;

		Dialect(char delimiter, CSVFormat format) {
			this.delimiter = delimiter;
			this.format = format;
		}

	}

	/**
	 * Blank lines are skipped; text after a closing quote, or a quote never closed, is an
	 * error.
	 */
	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Writer out;

	private final Dialect dialect;

	private Csv(Writer out, Dialect dialect) {
		this.out = out;
		this.dialect = dialect;
	}

	/**
	 * A download: the content type, a file name, and the byte-order mark written first.
	 */
	public static Csv attachment(HttpServletResponse response, String filename) {
		try {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
			Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
			writer.write(BYTE_ORDER_MARK);
			return new Csv(writer, Dialect.COMMA);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Rows written to {@code writer} as they are; the caller writes any byte-order mark.
	 */
	public static Csv to(Writer writer) {
		return new Csv(writer, Dialect.COMMA);
	}

	/**
	 * Rows written to {@code writer} in {@code dialect}; the caller writes any byte-order
	 * mark.
	 */
	public static Csv to(Writer writer, Dialect dialect) {
		return new Csv(writer, dialect);
	}

	public Csv row(List<?> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write(dialect.delimiter);
				}
				out.write(field(values.get(i), dialect));
			}
			out.write("\r\n");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One cell as written: null as nothing, a formula defused, quoted where needed. */
	public static String field(Object value) {
		return field(value, Dialect.COMMA);
	}

	/**
	 * One cell as written in {@code dialect}; a decimal number takes a decimal comma in
	 * {@code SEMICOLON}.
	 */
	public static String field(Object value, Dialect dialect) {
		if (value == null) {
			return "";
		}
		String text = dialect == Dialect.SEMICOLON
				&& (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal)
						? value.toString().replace('.', ',') : value.toString();
		if (text.isEmpty()) {
			// between two commas an empty cell needs no quotes (Commons CSV quotes one
			// that starts a line)
			return "";
		}
		if (value instanceof CharSequence && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		StringBuilder quoted = new StringBuilder(text.length() + 2);
		try {
			dialect.format.print(text, quoted, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return quoted.toString();
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

	/** A record read, with the line it ends on (the first line is 1). */
	public record Record(long line, List<String> cells) {
	}

	/**
	 * Text that is not valid CSV: a quote never closed, or text after a closing quote.
	 */
	public static final class Malformed extends IllegalArgumentException {

		private final long line;

		Malformed(long line, Throwable cause) {
			super("Line " + line + ": a quoted field is never closed, or text follows its closing quote", cause);
			this.line = line;
		}

		public long line() {
			return line;
		}

	}

	/**
	 * Every record of {@code text}, header included, stopping after {@code maxRecords}: a
	 * caller that gets more than it allows knows the file is too long without reading it
	 * all.
	 * @throws Malformed when the text is not valid CSV
	 */
	public static List<Record> read(String text, int maxRecords) {
		String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
		List<Record> records = new ArrayList<>();
		CSVParser parser = null;
		try {
			parser = READ.parse(new StringReader(body));
			for (CSVRecord record : parser) {
				records.add(new Record(parser.getCurrentLineNumber(), record.toList()));
				if (records.size() >= maxRecords) {
					break;
				}
			}
			return records;
		}
		catch (IOException | UncheckedIOException ex) {
			throw new Malformed(parser == null ? 1 : parser.getCurrentLineNumber(), ex);
		}
		finally {
			if (parser != null) {
				try {
					parser.close();
				}
				catch (IOException ignored) {
					// a string reader holds nothing to release
				}
			}
		}
	}

	/** Every record of {@code text}, header included. */
	public static List<Record> read(String text) {
		return read(text, Integer.MAX_VALUE);
	}

}
