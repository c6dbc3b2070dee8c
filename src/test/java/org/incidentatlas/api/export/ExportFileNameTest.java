package org.incidentatlas.api.export;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** A downloaded export is named after what it holds. */
@FixedDataTest
class ExportFileNameTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aFilteredExportIsNamedAfterItsPlaceYearsAndTypes() throws Exception {
		mvc.perform(get("/api/export/incidents.csv").param("city", "Antwerp")
			.param("year", "2023")
			.param("type", "explosion"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"incident-atlas_antwerp_2023_explosion.csv\""));
	}

	@Test
	void anUnfilteredExportSaysItHoldsEverything() throws Exception {
		mvc.perform(get("/api/export/incidents.geojson"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"incident-atlas_all.geojson\""));
	}

	@Test
	void yearRangesAndSeveralTypesReadInTheName() throws Exception {
		mvc.perform(get("/api/export/incidents.json").param("year", "2019-2021")
			.param("year", "2023")
			.param("type", "shooting")
			.param("type", "arson"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"incident-atlas_2019-2021_2023_arson-shooting.json\""));
	}

	@Test
	void hostileTextBecomesAPlainAsciiSlug() {
		assertThat(ExportFileName.slug("Liège\"\r\nSet-Cookie: x=1")).isEqualTo("liege-set-cookie-x-1");
		assertThat(ExportFileName.slug("../../etc/passwd")).isEqualTo("etc-passwd");
		assertThat(ExportFileName.slug("a".repeat(100))).hasSize(40);
	}

}
