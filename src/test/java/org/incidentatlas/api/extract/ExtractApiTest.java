package org.incidentatlas.api.extract;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/extract: the fixed JSON shape, open to tools without an account, storing
 * nothing.
 */
@IntegrationTest
class ExtractApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private ResultActions extract(String json) throws Exception {
		return mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aTextYieldsIncidentsStatisticsAndEvidenceInTheDocumentedShape() throws Exception {
		String text = "In 2023 an 11-year-old girl at home in the Merksem district of Antwerp was shot dead, caught in a feud between drug gangs. "
				+ "Brussels recorded 87 shootings last year, killing seven and injuring 39.";
		extract("{\"text\": \"" + text + "\", \"publishedOn\": \"2025-10-30\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.incidents.length()").value(1))
			.andExpect(jsonPath("$.incidents[0].type").value("shooting"))
			.andExpect(jsonPath("$.incidents[0].date.from").value("2023-01-01"))
			.andExpect(jsonPath("$.incidents[0].date.to").value("2023-12-31"))
			.andExpect(jsonPath("$.incidents[0].date.precision").value("year"))
			.andExpect(jsonPath("$.incidents[0].place.country").value("BE"))
			.andExpect(jsonPath("$.incidents[0].place.city").value("Antwerp"))
			.andExpect(jsonPath("$.incidents[0].place.district").value("Merksem"))
			.andExpect(jsonPath("$.incidents[0].place.precision").value("district"))
			.andExpect(jsonPath("$.incidents[0].place.lat").isNumber())
			.andExpect(jsonPath("$.incidents[0].killed").value(1))
			.andExpect(jsonPath("$.incidents[0].injured").doesNotExist())
			.andExpect(jsonPath("$.incidents[0].victimAges[0]").value(11))
			.andExpect(jsonPath("$.incidents[0].evidence[0].start").value(0))
			.andExpect(jsonPath("$.incidents[0].evidence[0].text", containsString("shot dead")))
			.andExpect(jsonPath("$.incidents[0].confidence").isNumber())
			.andExpect(jsonPath("$.statistics[0].place").value("Brussels"))
			.andExpect(jsonPath("$.statistics[0].metric").value("shootings"))
			.andExpect(jsonPath("$.statistics[0].value").value(87))
			.andExpect(jsonPath("$.statistics[0].period.from").value("2024-01-01"))
			.andExpect(jsonPath("$.enforcement").isArray());
	}

	@Test
	void theLanguageIsDetectedWhenNotGiven() throws Exception {
		extract("{\"text\": \"Op 2 april 2023 ontplofte een granaat aan een woning in Borgerhout.\", \"publishedOn\": \"2025-10-30\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("nl"))
			.andExpect(jsonPath("$.incidents[0].type").value("explosion"))
			.andExpect(jsonPath("$.incidents[0].date.precision").value("day"));
	}

	@Test
	void badInputGetsAClearProblemAndStoresNothing() throws Exception {
		int articles = count();
		extract("{\"text\": \"\", \"publishedOn\": \"2025-10-30\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("The text is empty")));
		extract("{\"publishedOn\": \"2025-10-30\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("The text is empty")));
		extract("{\"text\": \"A shooting.\", \"publishedOn\": \"30/10/2025\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("is not a date")));
		extract("{\"text\": \"A shooting.\", \"publishedOn\": \"2999-01-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("lies in the future")));
		extract("{\"text\": \"A shooting.\", \"publishedOn\": \"1985-01-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("before 1990")));
		extract("{\"text\": \"A shooting.\", \"language\": \"klingon\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("use en, nl or fr")));
		extract("{\"text\": \"bin\\u0000ary\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("binary")));
		extract("{\"text\": ").andExpect(status().isBadRequest());
		extract("{\"text\": \"" + "a".repeat(2 * 1024 * 1024 + 1) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("larger than 2 MB")));
		assertThat(count()).isEqualTo(articles);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from article", Integer.class);
	}

}
