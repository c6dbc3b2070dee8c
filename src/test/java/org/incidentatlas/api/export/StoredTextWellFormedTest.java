package org.incidentatlas.api.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.IntegrationTest;
import org.incidentatlas.system.HostileText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Random Unicode stored in PostgreSQL (control characters, bidi, emoji: everything it can
 * hold) comes out of the Atom feed and every export as documents that real parsers read.
 */
@IntegrationTest
class StoredTextWellFormedTest {

	static final String FILTER = "?year=1995&type=arson";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeThem() {
		jdbc.update("delete from incident where external_key like 'hostile-text-%'");
	}

	@Test
	void theFeedAndEveryExportParseWhateverTextIsStored() throws Exception {
		List<String> texts = new java.util.ArrayList<>(
				List.of("A\u0001B\u000BC", "\u202Eevil\u202C 😀 \uFFFE\uFFFF", "x\r\ny\rz"));
		HostileText.storable().filter(s -> !s.isBlank()).sampleStream().limit(40).forEach(texts::add);
		for (int i = 0; i < texts.size(); i++) {
			// an unpaired surrogate reaches PostgreSQL as the driver encodes it;
			// everything else is stored as is
			jdbc.update(
					"""
							insert into incident (external_key, type, date_from, date_to, date_precision, country_code, place_id,
							                      geo_precision, street, locality, summary, status)
							values (?, 'ARSON', date '1995-05-01', date '1995-05-01', 'DAY', 'BE',
							        (select id from place where key = 'be-antwerpen'), 'UNKNOWN', ?, ?, ?, 'PUBLISHED')""",
					"hostile-text-" + i, texts.get(i).length() > 300 ? texts.get(i).substring(0, 300) : texts.get(i),
					texts.get(i).length() > 200 ? texts.get(i).substring(0, 200) : texts.get(i), texts.get(i));
		}

		byte[] atom = body("/feed/incidents.atom" + FILTER);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
		assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
			.isEqualTo(texts.size());

		JsonMapper json = JsonMapper.builder().build();
		JsonNode geojson = json.readTree(body("/api/export/incidents.geojson" + FILTER));
		assertThat(geojson.get("features")).hasSize(texts.size());
		JsonNode array = json.readTree(body("/api/export/incidents.json" + FILTER));
		assertThat(array).hasSize(texts.size());
		assertThat(array.findValuesAsString("summary")).contains("A\u0001B\u000BC");

		String csv = new String(body("/api/export/incidents.csv" + FILTER), StandardCharsets.UTF_8);
		List<CSVRecord> records = ExportedCsv.records(csv);
		assertThat(records).hasSize(texts.size());
		assertThat(records).extracting(r -> r.get("summary"))
			.contains("A\u0001B\u000BC", "\"x\r\ny\rz\"".replace("\"", ""));
	}

	/** The body, checked to be well-formed UTF-8. */
	private byte[] body(String url) throws Exception {
		var response = mvc.perform(get(java.net.URI.create(url))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		byte[] bytes = response.getContentAsByteArray();
		StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes));
		return bytes;
	}

}
