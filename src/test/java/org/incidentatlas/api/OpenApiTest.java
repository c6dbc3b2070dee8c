package org.incidentatlas.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document is valid and describes every endpoint of the API. */
@IntegrationTest
class OpenApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentIsValidAndListsEveryApiEndpoint() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
		assertThat(parsed.getMessages()).as("validation messages").isEmpty();
		OpenAPI api = parsed.getOpenAPI();

		Set<String> implemented = new TreeSet<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.stream()
				.filter(p -> p.startsWith("/api/"))
				.forEach(implemented::add));
		assertThat(implemented).isNotEmpty();
		assertThat(api.getPaths().keySet()).containsAll(implemented);
	}

	@Test
	void everyFilteredEndpointDescribesTheSharedFiltersWithLaunchExamples() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
		for (String path : List.of("/api/incidents", "/api/map", "/api/timeline", "/api/stats/cities",
				"/api/export/incidents.geojson")) {
			Operation get = api.getPaths().get(path).getGet();
			List<String> names = get.getParameters().stream().map(Parameter::getName).toList();
			assertThat(names).as(path).contains("city", "year", "type", "from", "to", "q", "minKilled");
			assertThat(get.getResponses()).as(path).containsKey("400");
			assertThat(get.getParameters()
				.stream()
				.filter(p -> p.getName().equals("city"))
				.findFirst()
				.orElseThrow()
				.getSchema()
				.getExample()).isEqualTo("Antwerpen");
		}
	}

	@Test
	void answersServedFromMemoryAsBytesStillDescribeTheirJson() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
		for (String path : List.of("/api/incidents", "/api/timeline", "/api/stats/cities")) {
			io.swagger.v3.oas.models.media.Schema<?> schema = api.getPaths()
				.get(path)
				.getGet()
				.getResponses()
				.get("200")
				.getContent()
				.get("application/json")
				.getSchema();
			assertThat(schema.get$ref()).as(path).isNotNull();
		}
	}

	@Test
	void everyOperationDescribesItsErrorsAsProblemDetails() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			assertThat(operation.getResponses()).as("%s %s", method, path).containsKey("500");
			if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
				assertThat(operation.getResponses()).as("%s %s", method, path).containsKeys("400", "401", "403", "413");
			}
			if (path.contains("{id}")) {
				assertThat(operation.getResponses()).as("%s %s", method, path).containsKey("404");
			}
		}));
	}

}
