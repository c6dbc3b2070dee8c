package org.incidentatlas.api.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.reading.ExtractionJson;
import org.incidentatlas.reading.GazetteerFiles;
import org.incidentatlas.system.ServiceBusyException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One anonymous client cannot take the site down through /api/extract. */
@IntegrationTest
class ExtractLimitsTest {

	static final String SMALL = "{\"text\": \"Op 2 april 2023 ontplofte een granaat in Antwerpen.\", \"publishedOn\": \"2025-10-30\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	ExtractApiController controller;

	@Autowired
	ExtractProperties properties;

	private static MockHttpServletRequestBuilder extract(String json, String address) {
		return post("/api/extract").contentType(MediaType.APPLICATION_JSON).content(json).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void aClientOverItsBudgetGets429WithRetryAfterAndOthersAreServed() throws Exception {
		int served = 0;
		int status = 200;
		long started = System.nanoTime();
		while (status == 200 && served < 3 * properties.perClientPerMinute()) {
			var result = mvc.perform(extract(SMALL, "203.0.113.7")).andReturn().getResponse();
			status = result.getStatus();
			if (status == 200) {
				served++;
			}
			else {
				assertThat(status).isEqualTo(429);
				assertThat(result.getHeader("Retry-After")).isNotNull();
				assertThat(result.getContentAsString()).contains("\"status\":429");
			}
		}
		// the budget refills steadily: a token every 60 / perClientPerMinute seconds
		long refilled = (System.nanoTime() - started) * properties.perClientPerMinute() / 60_000_000_000L + 1;
		assertThat(status).isEqualTo(429);
		assertThat(served).isBetween(properties.perClientPerMinute(), properties.perClientPerMinute() + (int) refilled);
		mvc.perform(extract(SMALL, "203.0.113.8")).andExpect(status().isOk());
	}

	@Test
	void aLongTextCostsMoreOfTheBudget() {
		assertThat(ExtractRateLimit.cost(100)).isEqualTo(1);
		assertThat(ExtractRateLimit.cost(2L * 1024 * 1024)).isEqualTo(9);
		assertThat(ExtractRateLimit.cost(-1)).as("chunked: as large as allowed").isEqualTo(12);
	}

	@Test
	void anExtractionOverTheBoundGets503WithRetryAfter() throws Exception {
		int permits = properties.concurrency();
		controller.running.acquire(permits); // every processor busy with other texts
		try {
			mvc.perform(extract(SMALL, "203.0.113.20"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", String.valueOf(ExtractApiController.RETRY_AFTER_SECONDS)));
		}
		finally {
			controller.running.release(permits);
		}
		mvc.perform(extract(SMALL, "203.0.113.20")).andExpect(status().isOk());
	}

	@Test
	void anExtractionPastItsTimeLimitStopsAndAnswers503() {
		Extractor extractor = org.incidentatlas.reading.ExtractionRuleFiles.extractor(GazetteerFiles.load(),
				Set.of("BE", "NL"));
		ExtractApiController impatient = new ExtractApiController(extractor,
				new ExtractProperties(30, 1, Duration.ZERO, 100, 3, 500), java.time.Clock.systemUTC());
		assertThatThrownBy(() -> impatient.extract(new ExtractApiController.ExtractRequest(
				"Op 2 april 2023 ontplofte een granaat in Antwerpen. ".repeat(50), "2025-10-30", null)))
			.isInstanceOf(ServiceBusyException.class)
			.satisfies(ex -> assertThat(((ServiceBusyException) ex).getHeaders().getFirst("Retry-After")).isNotNull());
		assertThat(impatient.running.availablePermits()).as("the processor is free again").isEqualTo(1);
	}

	@Test
	void aTextWithHundredsOfEventsAnswersAtMostTheBoundsAndSaysItWasTruncated() throws Exception {
		StringBuilder text = new StringBuilder();
		LocalDate day = LocalDate.of(2015, 1, 1);
		for (int i = 0; i < 300; i++, day = day.plusDays(9)) {
			text.append("On ")
				.append(day.getDayOfMonth())
				.append(' ')
				.append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
				.append(' ')
				.append(day.getYear())
				.append(" a grenade exploded at a house in Antwerp. ");
		}
		String answer = mvc
			.perform(extract("{\"text\": \"" + text + "\", \"publishedOn\": \"2025-10-30\"}", "203.0.113.30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.truncated").value(true))
			.andExpect(jsonPath("$.incidents.length()").value(properties.maxProposals()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer.length()).isLessThan(200_000);
		mvc.perform(extract(SMALL, "203.0.113.30")).andExpect(jsonPath("$.truncated").value(false));
	}

	@Test
	void evidenceIsCutToItsBoundWithOffsetsThatStillPointIntoTheText() {
		Extractor extractor = org.incidentatlas.reading.ExtractionRuleFiles.extractor(GazetteerFiles.load(),
				Set.of("BE", "NL"));
		String text = "On 2 April 2023 a grenade exploded at a house in Antwerp, "
				+ "and the street was closed, ".repeat(40) + "the police said.";
		ExtractionJson json = ExtractionJson.of(extractor.extract(text, null, null),
				new ExtractionJson.Bounds(10, 1, 50));
		assertThat(json.truncated()).isTrue();
		ExtractionJson.EvidenceJson evidence = json.incidents().get(0).evidence().get(0);
		assertThat(evidence.text()).hasSize(50).isEqualTo(text.substring(evidence.start(), evidence.end()));
	}

}
