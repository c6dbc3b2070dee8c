package org.incidentatlas.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An uploaded CSV file read strictly: UTF-8 only (a byte-order mark is allowed), RFC 4180 quoting. */
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
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
			if (records.size() > MAX_ROWS + 1) {
				throw new Unreadable("The file has more than " + MAX_ROWS + " rows; split it.");
			}
		}
		if (quoted) {
			throw new Unreadable("A quoted field is never closed: the file is not valid CSV.");
		}
		if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		if (records.isEmpty()) {
			throw new Unreadable("The file is empty.");
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		if (header.stream().allMatch(String::isBlank)) {
			throw new Unreadable("The first line must name the columns.");
		}
		return new CsvTable(header, List.copyOf(records.subList(1, records.size())));
	}

}
