package org.incidentatlas.api.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.incidentatlas.FixedDataTest;
import org.incidentatlas.csv.Csv;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV that Belgian and Dutch spreadsheets open: semicolons between cells, decimal
 * commas.
 */
@FixedDataTest
class SemicolonCsvTest {

	@Autowired
	MockMvc mvc;

	private String csv(String... params) throws Exception {
		var request = get("/api/export/incidents.csv");
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return new String(
				mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	@Test
	void theSemicolonVariantHoldsTheSameRowsWithSemicolonsAndDecimalCommas() throws Exception {
		String comma = csv("city", "Antwerp");
		String semicolon = csv("city", "Antwerp", "sep", "semicolon");
		List<org.apache.commons.csv.CSVRecord> commaRows = org.apache.commons.csv.CSVFormat.RFC4180
			.parse(new java.io.StringReader(comma.substring(1)))
			.getRecords();
		List<org.apache.commons.csv.CSVRecord> semicolonRows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setDelimiter(';')
			.get()
			.parse(new java.io.StringReader(semicolon.substring(1)))
			.getRecords();
		assertThat(semicolon).startsWith("\uFEFFid;type;family;");
		assertThat(semicolonRows).hasSameSizeAs(commaRows).hasSizeGreaterThan(1);
		int latitude = commaRows.get(0).toList().indexOf("latitude");
		List<String> latitudes = semicolonRows.stream()
			.skip(1)
			.map(r -> r.get(latitude))
			.filter(l -> !l.isEmpty())
			.toList();
		assertThat(latitudes).as("decimal commas, not points").isNotEmpty().allMatch(l -> l.matches("\\d+,\\d+"));
		for (int i = 1; i < commaRows.size(); i++) {
			assertThat(semicolonRows.get(i).get(0)).as("the same rows in the same order")
				.isEqualTo(commaRows.get(i).get(0));
		}
	}

	@Test
	void anUnknownSeparatorIsRefusedByName() throws Exception {
		mvc.perform(get("/api/export/incidents.csv").param("sep", "pipe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("comma or semicolon")));
	}

	@Test
	void aCellHoldingASemicolonIsQuoted() {
		assertThat(Csv.field("Antwerp; Borgerhout", Csv.Dialect.SEMICOLON)).isEqualTo("\"Antwerp; Borgerhout\"");
		assertThat(Csv.field("Antwerp, Borgerhout", Csv.Dialect.SEMICOLON)).isEqualTo("Antwerp, Borgerhout");
		assertThat(Csv.field(51.219, Csv.Dialect.SEMICOLON)).isEqualTo("51,219");
		assertThat(Csv.field(51.219, Csv.Dialect.COMMA)).isEqualTo("51.219");
		assertThat(Csv.field("=1+1", Csv.Dialect.SEMICOLON)).isEqualTo("'=1+1");
	}

}
