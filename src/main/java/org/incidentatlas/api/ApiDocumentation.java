package org.incidentatlas.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /v3/api-docs (UI at /swagger-ui.html): the shared filter
 * parameters on every endpoint that reads them, with real launch incidents as examples,
 * and the problem detail that every error returns.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI incidentAtlasApi() {
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem detail")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid parameter 'year'"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("'abc' is not a year; use four digits, such as 2023."))
			.addProperty("parameter",
					new StringSchema().description("The query parameter at fault, for 400s about one").example("year"))
			.addProperty("errors",
					new ArraySchema()
						.items(new ObjectSchema().addProperty("field", new StringSchema())
							.addProperty("message", new StringSchema()))
						.description("Each invalid field of a request body"));
		return new OpenAPI().info(new Info().title("Incident Atlas API")
			.version("1")
			.description(
					"""
							A sourced record of drug-related violence in Belgium and the Netherlands. Reading is open; writing \
							needs an editor account (HTTP Basic for scripts, or a browser session with its CSRF token). Dates \
							come as a range with a precision: an incident known only as 2023 spans 2023-01-01..2023-12-31 with \
							precision "year". Coordinates are public points at the stated precision: "city" is a centroid, not \
							the scene. killed and injured are null when not reported. Facts are credited to the articles that 						report them; summaries are written by Incident Atlas."""))
			.components(new Components().addSchemas("Problem", problem)
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	/**
	 * The error shapes of every operation: all of them answer with a problem detail;
	 * writes can be refused for want of an account (401) or a role (403), with a body too
	 * large (413), or for invalid fields (400); an unknown id is a 404.
	 */
	@Bean
	org.springdoc.core.customizers.OpenApiCustomizer problemResponses() {
		return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			var responses = operation.getResponses();
			if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
				responses.addApiResponse("400", problem("Invalid fields; `errors` lists each one"));
				responses.addApiResponse("401", problem("Not signed in: use HTTP Basic with an editor account"));
				responses.addApiResponse("403",
						problem("The account's role does not allow this, or a browser session lacks its CSRF token"));
				responses.addApiResponse("413", problem("The body is larger than 3 MB, however it is sent"));
				responses.addApiResponse("408", problem("The body did not arrive within 30 seconds"));
			}
			if (path.equals("/api/extract")) {
				responses.addApiResponse("429",
						problem("This client address has spent its budget for the minute; see Retry-After"));
			}
			if (path.equals("/api/extract") || path.startsWith("/api/export/")) {
				responses.addApiResponse("503",
						problem("Too many at once, or the database is unavailable; see Retry-After"));
			}
			else {
				responses.addApiResponse("503", problem("The database is unavailable; see Retry-After"));
			}
			if (path.contains("{id}")) {
				responses.addApiResponse("404", problem(path.startsWith("/api/incidents")
						? "No published incident has this id" : "Nothing has this id"));
			}
			if (method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST && !path.equals("/api/extract")) {
				operation.addParametersItem(new Parameter().in("header")
					.name(IdempotentWrites.HEADER)
					.required(false)
					.description(
							"1 to 255 visible ASCII characters, such as a UUID: a repeat with the same key by the same "
									+ "user within " + IdempotentWrites.KEPT_HOURS
									+ " hours gets the first answer again "
									+ "(with Idempotent-Replayed: true) and does nothing")
					.schema(new StringSchema().example("5f0c8e0e-3b1a-4d2b-9a57-2f6f3c1d9e11")));
				responses.addApiResponse("422", problem("This Idempotency-Key was used for another request"));
			}
			if (path.equals("/api/incidents/{id}") && method == io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
				responses.addApiResponse("410",
						problem("The incident was retracted: `retractedAt` and `reason` say when and why"));
			}
			if (path.startsWith("/api/proposals/")) {
				responses.addApiResponse("409", problem("The proposal was already decided; nothing was changed"));
			}
			responses.addApiResponse("500", problem("An unexpected error; nothing about the internals is disclosed"));
		}));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

	/**
	 * Adds the shared filter parameters, and the 400 problem, to every {@link Filtered}
	 * endpoint.
	 */
	@Bean
	OperationCustomizer filterParameters() {
		return (operation, handler) -> {
			if (handler.hasMethodAnnotation(Filtered.class)) {
				for (Parameter p : FILTERS) {
					operation.addParametersItem(p);
				}
				operation.getResponses()
					.addApiResponse("400",
							new ApiResponse().description("A filter value cannot be used; `parameter` names it")
								.content(new Content().addMediaType("application/problem+json",
										new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
			}
			return operation;
		};
	}

	static final List<Parameter> FILTERS = List.of(
			query("city",
					"A place in any of its names (Dutch, French, English, German), its districts and communes included",
					new StringSchema().example("Antwerpen")),
			query("year", "Repeatable, or comma-separated: incidents whose date range overlaps the year",
					new ArraySchema().items(new IntegerSchema().example(2023))),
			query("type",
					"Repeatable. Violence: shooting, explosion, kidnapping, homicide, assault, arson, threat; "
							+ "enforcement: seizure, arrest, raid, trial, conviction, extradition",
					new ArraySchema().items(new StringSchema()
						._enum(List.of("shooting", "explosion", "kidnapping", "homicide", "assault", "arson", "threat",
								"seizure", "arrest", "raid", "trial", "conviction", "extradition"))
						.example("explosion"))),
			query("family", "violence (the default without type), enforcement or all",
					new StringSchema()._enum(List.of("violence", "enforcement", "all"))),
			query("from", "YYYY-MM-DD: incidents whose date range ends on or after this day",
					new StringSchema().format("date").example("2023-04-01")),
			query("to", "YYYY-MM-DD: incidents whose date range starts on or before this day",
					new StringSchema().format("date").example("2023-04-30")),
			query("q", "Full-text search in the summary, street and locality", new StringSchema().example("Osystraat")),
			query("minKilled", "At least this many killed; an unreported toll does not match",
					new IntegerSchema().minimum(java.math.BigDecimal.ZERO).example(1)),
			query("bbox", "west,south,east,north in degrees (WGS 84)",
					new StringSchema().example("4.2,51.1,4.6,51.4")));

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
	}

}
