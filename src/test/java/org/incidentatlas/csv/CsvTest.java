package org.incidentatlas.csv;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

	private static List<List<String>> cells(String text) {
		return Csv.read(text).stream().map(Csv.Record::cells).toList();
	}

	@Test
	void awkwardValuesSurviveARoundTrip() {
		List<String> values = List.of("plain", "Liège", "Sint-Jans-Molenbeek", "a, b", "say \"hi\"", "two\nlines", "",
				"trailing space ", "crlf\r\ninside");
		StringWriter out = new StringWriter();
		Csv.to(out).row(values).row(List.of("second", "row", "", "", "", "", "", "", "x"));
		List<List<String>> rows = cells(out.toString());
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

	@Test
	void everyCellStartingLikeAFormulaGetsALeadingQuoteAndReadsBackWithIt() {
		List<String> formulas = List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd");
		StringWriter out = new StringWriter();
		Csv.to(out).row(formulas);
		assertThat(cells(out.toString()).get(0)).containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tcmd",
				"'\rcmd");
		assertThat(Csv.field("a=b")).as("only the first character counts").isEqualTo("a=b");
	}

	@Test
	void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() {
		assertThat(Csv.field("Liège")).isEqualTo("Liège");
		assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
		assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void readsQuotedCommasDoubledQuotesAndEmbeddedNewlinesWithTheLineEachRecordEndsOn() {
		List<Csv.Record> records = Csv
			.read("type,summary\r\nshooting,\"Shots, \"\"again\"\"\nat night\"\r\n\r\nexplosion,x\n");
		assertThat(records).extracting(Csv.Record::cells)
			.containsExactly(List.of("type", "summary"), List.of("shooting", "Shots, \"again\"\nat night"),
					List.of("explosion", "x"));
		assertThat(records).extracting(Csv.Record::line).containsExactly(1L, 3L, 5L);
	}

	@Test
	void anAttachmentStartsWithAByteOrderMarkThatReadingDrops() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try (Csv csv = Csv.attachment(response, "x.csv")) {
			csv.row(List.of("place", "Liège"));
		}
		byte[] body = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"x.csv\"");
		assertThat(cells(new String(body, StandardCharsets.UTF_8))).containsExactly(List.of("place", "Liège"));
	}

	@Test
	void aQuoteNeverClosedOrTextAfterAClosingQuoteIsMalformed() {
		assertThatThrownBy(() -> Csv.read("a,b\nc,\"never closed\n")).isInstanceOf(Csv.Malformed.class)
			.hasMessageContaining("never closed");
		assertThatThrownBy(() -> Csv.read("a,b\n\"x\"y,z\n")).isInstanceOf(Csv.Malformed.class)
			.satisfies(ex -> assertThat(((Csv.Malformed) ex).line()).isEqualTo(2));
	}

	@Test
	void stopsReadingAfterTheRecordsAsked() {
		assertThat(Csv.read("a\nb\nc\nd\n", 2)).hasSize(2);
	}

}
