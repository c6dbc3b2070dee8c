package org.incidentatlas.api.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.incident.ExportRow;
import org.incidentatlas.system.HostileText;
import org.incidentatlas.system.WellFormed;
import org.incidentatlas.csv.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text an incident holds, every export is well-formed UTF-8 that a real parser
 * reads back: Jackson for GeoJSON and JSON, Commons CSV for CSV. The text comes back as
 * stored, or with U+FFFD where a character cannot be encoded at all.
 */
class ExportFormatsWellFormedTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Property(tries = 300)
	void everyExportParsesWhateverTheTextHolds(@ForAll("texts") String summary, @ForAll("texts") String street,
			@ForAll("texts") String titles) throws Exception {
		ExportRow row = new ExportRow(7, "shooting", "violence", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2),
				"day", "2 March 2024", "BE", "Belgium", "Antwerp", "Antwerp", "Merksem", street, summary, 51.2, 4.4,
				"street", false, null, 2, summary, 2, titles, "https://example.org/a | ");
		String expected = WellFormed.text(summary);

		JsonNode geojson = JSON.readTree(utf8(write(ExportFormats.geojson(JSON), row)));
		assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(geojson.get("features")).hasSize(2);
		assertThat(geojson.get("features").get(1).get("properties").get("summary").asString()).isEqualTo(expected);
		assertThat(geojson.get("features").get(0).get("properties").get("street").asString())
			.isEqualTo(WellFormed.text(street));

		JsonNode json = JSON.readTree(utf8(write(ExportFormats.json(JSON), row)));
		assertThat(json).hasSize(2);
		assertThat(json.get(0).get("summary").asString()).isEqualTo(expected);
		assertThat(json.get(0).get("source_titles").asString()).isEqualTo(WellFormed.text(titles));

		String csv = new String(utf8(write(ExportFormats.csv(), row)), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		List<CSVRecord> records = ExportedCsv.records(csv);
		assertThat(records).hasSize(2);
		assertThat(records.get(1).get("summary"))
			.isEqualTo(Csv.field(expected).startsWith("\"") ? unquote(Csv.field(expected)) : Csv.field(expected));
		assertThat(records.get(1).get("killed")).as("not reported stays empty, never 0").isEmpty();
	}

	@Provide
	Arbitrary<String> texts() {
		return HostileText.any();
	}

	private static String write(ExportFormats.Format format, ExportRow row) throws IOException {
		StringWriter out = new StringWriter();
		format.begin(out);
		format.row(out, row, true);
		format.row(out, row, false);
		format.end(out);
		return out.toString();
	}

	/**
	 * Encodes strictly, as a well-formed file must: an unpaired surrogate left in the
	 * text fails here.
	 */
	private static byte[] utf8(String text) throws CharacterCodingException {
		ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.encode(CharBuffer.wrap(text));
		byte[] out = new byte[bytes.remaining()];
		bytes.get(out);
		return out;
	}

	private static String unquote(String field) {
		return field.substring(1, field.length() - 1).replace("\"\"", "\"");
	}

}
