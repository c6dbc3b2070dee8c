package org.incidentatlas.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.incidentatlas.csv.Csv;

/**
 * An uploaded CSV file read strictly: UTF-8 only (a byte-order mark is allowed), RFC 4180
 * quoting ({@link Csv}).
 */
record CsvTable(List<String> header, List<List<String>> rows) {

	static final int MAX_ROWS = 50_000;

	static class Unreadable extends RuntimeException {

		Unreadable(String message) {
			super(message);
		}

	}

	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new Unreadable("The file holds binary data, not text.");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
		}
	}

	static CsvTable parse(String text) {
		List<Csv.Record> records;
		try {
			records = Csv.read(text, MAX_ROWS + 2);
		}
		catch (Csv.Malformed ex) {
			throw new Unreadable(
					"Line " + ex.line() + ": a quoted field is never closed, or text follows its closing quote: "
							+ "the file is not valid CSV.");
		}
		if (records.size() > MAX_ROWS + 1) {
			throw new Unreadable("The file has more than " + MAX_ROWS + " rows; split it.");
		}
		if (records.isEmpty()) {
			throw new Unreadable("The file is empty.");
		}
		List<String> header = records.get(0).cells().stream().map(String::strip).toList();
		if (header.stream().allMatch(String::isBlank)) {
			throw new Unreadable("The first line must name the columns.");
		}
		return new CsvTable(header, records.subList(1, records.size()).stream().map(Csv.Record::cells).toList());
	}

}
