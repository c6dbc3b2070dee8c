package org.incidentatlas.api.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back a CSV export in the tests: the byte-order mark dropped, the header named.
 */
final class ExportedCsv {

	private ExportedCsv() {
	}

	/**
	 * The rows of {@code csv}, which starts with the byte-order mark, after its header.
	 */
	static List<CSVRecord> records(String csv) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
	}

}
