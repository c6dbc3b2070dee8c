package org.incidentatlas.api.export;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.FixedDataTest;
import org.incidentatlas.csv.Csv;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The exports, the Atom feed and the caching headers of the API. */
@FixedDataTest
class ExportsAndFeedTest {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	private MvcResult fetch(String url) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
				.andReturn();
		}
		return result;
	}

	@Test
	void theGeoJsonIsAValidRfc7946FeatureCollectionThatHonoursTheFilters() throws Exception {
		MvcResult result = fetch("/api/export/incidents.geojson?family=all");
		assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
		String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(json, "$.type")).isEqualTo("FeatureCollection");
		List<Map<String, Object>> features = JsonPath.read(json, "$.features");
		assertThat(features).hasSize(17);
		for (Map<String, Object> feature : features) {
			assertThat(feature.get("type")).isEqualTo("Feature");
			assertThat(feature).containsKeys("geometry", "properties");
			@SuppressWarnings("unchecked")
			Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
			if (geometry != null) {
				assertThat(geometry.get("type")).isEqualTo("Point");
				List<?> xy = (List<?>) geometry.get("coordinates");
				assertThat(xy).hasSize(2);
				double lon = ((Number) xy.get(0)).doubleValue();
				double lat = ((Number) xy.get(1)).doubleValue();
				assertThat(lon).as("longitude first").isBetween(-180.0, 180.0);
				assertThat(lat).isBetween(-90.0, 90.0);
			}
		}
		String antwerp = fetch("/api/export/incidents.geojson?city=Antwerp&year=2023").getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(antwerp, "$.features[*].properties.type"))
			.containsExactlyInAnyOrder("explosion", "shooting");
		assertThat(JsonPath.<List<Number>>read(antwerp,
				"$.features[?(@.properties.type == 'explosion')].geometry.coordinates[0]"))
			.singleElement()
			.satisfies(lon -> assertThat(lon.doubleValue()).isEqualTo(4.416));
	}

	@Test
	void theCsvHasABomAndKeepsDateAndLocationPrecisionInColumnsOfTheirOwn() throws Exception {
		byte[] body = fetch("/api/export/incidents.csv?city=Merksem").getResponse().getContentAsByteArray();
		assertThat(new String(body, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
		List<List<String>> rows = Csv.read(new String(body, StandardCharsets.UTF_8).substring(1))
			.stream()
			.map(Csv.Record::cells)
			.toList();
		assertThat(rows.get(0)).containsExactlyElementsOf(ExportApiController.COLUMNS);
		Map<String, String> merksem = row(rows, 1);
		assertThat(merksem).containsEntry("date_from", "2023-01-01")
			.containsEntry("date_to", "2023-12-31")
			.containsEntry("date_precision", "year")
			.containsEntry("location_precision", "district")
			.containsEntry("district", "Merksem")
			.containsEntry("killed", "1")
			.containsEntry("injured", "")
			.containsEntry("source_count", "2");
	}

	@Test
	void theJsonExportIsAnArrayOfTheSameRows() throws Exception {
		String json = fetch("/api/export/incidents.json?type=explosion").getResponse().getContentAsString();
		assertThat(JsonPath.<List<Object>>read(json, "$")).hasSize(1);
		assertThat(JsonPath.<String>read(json, "$[0].street")).startsWith("Osystraat");
	}

	@Test
	void exportsRefuseBadFiltersLikeEveryView() throws Exception {
		mvc.perform(get("/api/export/incidents.csv").param("year", "soon")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/export/incidents.geojson").param("city", "Atlantis")).andExpect(status().isBadRequest());
	}

	@Test
	void theFeedIsValidAtomAndFollowsTheFilters() throws Exception {
		MvcResult result = fetch("/feed/incidents.atom?city=Antwerpen&type=explosion");
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		Element feed = doc.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(feed.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isGreaterThanOrEqualTo(1);
		}
		assertThat(feed.getElementsByTagNameNS(ATOM, "author").getLength()).isEqualTo(1);
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isEqualTo(1);
		Element entry = (Element) entries.item(0);
		for (String required : List.of("id", "title", "updated", "link", "summary")) {
			assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isEqualTo(1);
		}
		assertThat(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).contains("Osystraat");
		String updated = entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent();
		assertThat(java.time.Instant.parse(updated)).isNotNull();
		mvc.perform(get("/feed/incidents.atom").param("type", "unicorn")).andExpect(status().isBadRequest());
	}

	@Test
	void getAnswersCarryCacheControlAndAnEtagThatRevalidates() throws Exception {
		MvcResult first = mvc.perform(get("/api/incidents").param("city", "Merksem"))
			.andExpect(header().string("Cache-Control", "public, max-age=60, must-revalidate"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/api/incidents").param("city", "Merksem").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/api/incidents").param("city", "Amsterdam").header("If-None-Match", etag))
			.andExpect(status().isOk());
		String exportTag = fetch("/api/export/incidents.csv").getResponse().getHeader("ETag");
		assertThat(exportTag).startsWith("W/");
		mvc.perform(get("/api/export/incidents.csv").header("If-None-Match", exportTag))
			.andExpect(status().isNotModified());
	}

	private static Map<String, String> row(List<List<String>> rows, int index) {
		Map<String, String> row = new java.util.LinkedHashMap<>();
		for (int i = 0; i < rows.get(0).size(); i++) {
			row.put(rows.get(0).get(i), rows.get(index).get(i));
		}
		return row;
	}

}
