package org.incidentatlas.api.map;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map's line "somewhere in Belgium: 2" links to the list with {@code vague=only}, and
 * that list holds exactly those incidents; {@code precision=} filters every view by how
 * precisely the incidents are placed.
 */
@FixedDataTest
class VagueAreaLinkTest {

	static final String BENELUX = "2.5,49.4,7.3,53.6";

	@Autowired
	MockMvc mvc;

	private String json(String path) throws Exception {
		return mvc.perform(get(URI.create(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long total(String query) throws Exception {
		return ((Number) JsonPath.read(json("/api/incidents?" + query), "$.totalItems")).longValue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "family=all", "family=violence", "type=homicide,kidnapping", "year=2023" })
	void eachAreaLinkListsExactlyTheIncidentsItsLineCounts(String filter) throws Exception {
		String map = json("/api/map?" + filter + "&bbox=" + BENELUX + "&zoom=8");
		List<Map<String, Object>> areas = JsonPath.read(map, "$.areas[?(@.key)]");
		for (Map<String, Object> area : areas) {
			assertThat(total(filter + "&city=" + area.get("key") + "&vague=only")).as("%s", area)
				.isEqualTo(((Number) area.get("count")).longValue());
		}
		long drawnOrListed = ((Number) JsonPath.read(map, "$.total")).longValue();
		long vague = JsonPath.<List<Number>>read(map, "$.areas[*].count").stream().mapToLong(Number::longValue).sum();
		assertThat(total(filter + "&vague=only")).isEqualTo(vague);
		assertThat(total(filter + "&precision=street,district,city,unknown")).isEqualTo(drawnOrListed - vague);
	}

	@Test
	void belgiumAloneIsNotTheRegionsInsideIt() throws Exception {
		// two incidents are known only to lie in Belgium, one only to East Flanders
		assertThat(total("family=violence&city=be&vague=only")).isEqualTo(2);
		assertThat(total("family=violence&city=be&precision=country,region")).isEqualTo(3);
		assertThat(total("family=violence&city=be-prov-oost-vlaanderen&vague=only")).isEqualTo(1);
		assertThat(total("family=violence&city=be&precision=country")).isEqualTo(2);
	}

	@Test
	void aPrecisionFilterAppliesToTheMapTheTableAndTheExports() throws Exception {
		mvc.perform(get(URI.create("/api/map?vague=only&bbox=" + BENELUX + "&zoom=8")))
			.andExpect(jsonPath("$.features.length()").value(0))
			// somewhere in Belgium (2), in East Flanders (1), in the Netherlands (1)
			.andExpect(jsonPath("$.total").value(4));
		String csv = json("/api/export/incidents.csv?city=be&vague=only");
		assertThat(csv.strip().lines()).hasSize(1 + 2);
	}

	@Test
	void anUnknownPrecisionIsA400NamingTheParameter() throws Exception {
		mvc.perform(get(URI.create("/api/incidents?precision=exact")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("precision"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("street, district")));
		mvc.perform(get(URI.create("/api/incidents?vague=yes")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("vague"));
		mvc.perform(get(URI.create("/api/incidents?vague=only&precision=city")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("vague"));
	}

	@Test
	void theListSaysItShowsOnlyIncidentsPlacedToACountryOrRegion() throws Exception {
		String page = mvc.perform(get(URI.create("/incidents?city=be&vague=only")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("placed only to a country or region");
	}

}
