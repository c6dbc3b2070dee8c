package org.incidentatlas.api;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentatlas.api.analysis.StatsApiTest;

class CsvTest {

	@Test
	void awkwardValuesSurviveARoundTrip() {
		List<String> values = List.of("plain", "Liège", "Sint-Jans-Molenbeek", "a, b", "say \"hi\"", "two\nlines", "",
				"trailing space ", "crlf\r\ninside");
		StringWriter out = new StringWriter();
		Csv.to(out).row(values).row(List.of("second", "row", "", "", "", "", "", "", "x"));
		List<List<String>> rows = StatsApiTest.parse(out.toString());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsExactlyElementsOf(values);
	}

	@Test
	void nullsAreEmptyAndNumbersArePlain() {
		StringWriter out = new StringWriter();
		Csv.to(out).row(Arrays.asList(null, 42, 3.5));
		assertThat(out.toString()).isEqualTo(",42,3.5\r\n");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.field("+32 3 000 00 00")).isEqualTo("'+32 3 000 00 00");
		assertThat(Csv.field(-5)).isEqualTo("-5");
	}

}
