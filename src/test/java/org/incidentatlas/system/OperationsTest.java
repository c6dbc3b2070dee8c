package org.incidentatlas.system;

import java.net.URI;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Actuator: a public health without details, metrics for administrators only, every cache
 * measured.
 */
@IntegrationTest
class OperationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Caches caches;

	@Autowired
	MeterRegistry registry;

	@Test
	void theHealthAnswersUpToAnyoneWithoutDetails() throws Exception {
		mvc.perform(get(URI.create("/actuator/health")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
	}

	@Test
	void anAdministratorSeesTheDatabaseInTheHealth() throws Exception {
		mvc.perform(get(URI.create("/actuator/health")).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
	}

	@Test
	void metricsAndInfoAreRefusedToAnonymousReadersAndToEditors() throws Exception {
		mvc.perform(get(URI.create("/actuator/metrics"))).andExpect(status().isUnauthorized());
		mvc.perform(get(URI.create("/actuator/info"))).andExpect(status().isUnauthorized());
		mvc.perform(get(URI.create("/actuator/metrics")).with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void endpointsThatAreNotExposedStayHidden() throws Exception {
		mvc.perform(get(URI.create("/actuator/env")).with(user("chief").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void administratorsSeeHikariEveryCacheAndTheImportExecutor() throws Exception {
		mvc.perform(get(URI.create("/actuator/metrics")).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names",
					hasItems("hikaricp.connections.active", "cache.gets", "cache.size", "executor.active")));
		String gets = mvc.perform(get(URI.create("/actuator/metrics/cache.gets")).with(user("chief").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> measured = JsonPath.read(gets, "$.availableTags[?(@.tag == 'cache')].values[*]");
		assertThat(caches.names()).contains("api.answers", "analysis.timelines", "analysis.timeline-intervals",
				"analysis.coverage");
		assertThat(measured).containsAll(caches.names());
		String executors = mvc
			.perform(get(URI.create("/actuator/metrics/executor.pool.max")).with(user("chief").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(executors, "$.availableTags[?(@.tag == 'name')].values[*]"))
			.contains("csvImportTaskExecutor", "applicationTaskExecutor");
	}

	@Test
	void aRepeatedApiAnswerCountsAsACacheHit() throws Exception {
		double before = hits("api.answers");
		mvc.perform(get(URI.create("/api/incidents?size=3&city=Antwerpen"))).andExpect(status().isOk());
		mvc.perform(get(URI.create("/api/incidents?size=3&city=Antwerpen"))).andExpect(status().isOk());
		assertThat(hits("api.answers")).isGreaterThan(before);
	}

	private double hits(String cache) {
		return registry.get("cache.gets").tag("cache", cache).tag("result", "hit").functionCounter().count();
	}

}
