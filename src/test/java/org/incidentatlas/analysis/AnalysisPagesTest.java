package org.incidentatlas.analysis;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The timeline and analysis pages share the map's filter bar and its parameters. */
@IntegrationTest
class AnalysisPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void bothPagesShowTheSharedFilterBarWithTheFiltersOfTheUrl() throws Exception {
		for (String page : new String[] { "/timeline", "/analysis" }) {
			mvc.perform(get(page).param("city", "Anvers").param("year", "2023").param("type", "explosion"))
				.andExpect(status().isOk())
				.andExpect(model().attributeExists("filter"))
				.andExpect(content().string(containsString("id=\"filters\"")))
				.andExpect(content().string(containsString("value=\"Anvers\"")))
				.andExpect(content().string(containsString("value=\"2023\"")));
		}
		mvc.perform(get("/timeline").param("interval", "week"))
			.andExpect(view().name("analysis/timeline"))
			.andExpect(model().attribute("interval", "week"));
		mvc.perform(get("/analysis").param("level", "municipality"))
			.andExpect(model().attribute("level", "municipality"));
	}

	@Test
	void badParametersOnEitherPageAreA400NamingThem() throws Exception {
		mvc.perform(get("/timeline").param("interval", "decade"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason(containsString("decade")));
		mvc.perform(get("/analysis").param("city", "Atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason(containsString("Atlantis")));
		mvc.perform(get("/analysis").param("level", "street")).andExpect(status().isBadRequest());
	}

}
