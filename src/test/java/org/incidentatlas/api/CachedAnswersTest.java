package org.incidentatlas.api;

import java.net.URI;

import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list, the timeline and the place table are kept as bytes per data version: a change
 * to an incident shows at once, with a new ETag, and an unchanged answer revalidates with
 * a 304.
 */
@IntegrationTest
class CachedAnswersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Transactional
	void aPublishedIncidentShowsAtOnceInTheCachedListTimelineAndTable() throws Exception {
		String list = "/api/incidents?city=Gent&year=2024";
		String timeline = "/api/timeline?city=Gent&year=2024&interval=year";
		String table = "/api/stats/cities?city=Gent&year=2024";
		MvcResult listBefore = read(list);
		MvcResult timelineBefore = read(timeline);
		int listed = JsonPath.read(listBefore.getResponse().getContentAsString(), "$.totalItems");
		int counted = JsonPath.read(timelineBefore.getResponse().getContentAsString(), "$.total");
		String etag = listBefore.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get(URI.create(list)).header("If-None-Match", etag)).andExpect(status().isNotModified());
		read(table);

		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, place_id, latitude, longitude,
						                      geo_precision, summary, status, killed, injured)
						select 'SHOOTING', date '2024-06-01', date '2024-06-01', 'DAY', 'BE', id, latitude, longitude, 'CITY',
						       'Shots fired at a door', 'PUBLISHED', 0, 0
						from place where key = 'be-gent'""");

		MvcResult listAfter = read(list);
		assertThat(JsonPath.<Integer>read(listAfter.getResponse().getContentAsString(), "$.totalItems"))
			.isEqualTo(listed + 1);
		assertThat(listAfter.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		mvc.perform(get(URI.create(list)).header("If-None-Match", etag)).andExpect(status().isOk());
		assertThat(JsonPath.<Integer>read(read(timeline).getResponse().getContentAsString(), "$.total"))
			.isEqualTo(counted + 1);
		assertThat(JsonPath.<Integer>read(read(table).getResponse().getContentAsString(), "$.rows[0].incidents"))
			.isGreaterThanOrEqualTo(1);
	}

	private MvcResult read(String path) throws Exception {
		return mvc.perform(get(URI.create(path))).andExpect(status().isOk()).andReturn();
	}

}
