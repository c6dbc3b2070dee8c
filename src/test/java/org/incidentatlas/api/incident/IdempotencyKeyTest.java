package org.incidentatlas.api.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * POST writes with an Idempotency-Key: a retry gets the first answer and does nothing
 * again. Outside any test transaction, as real requests are (each commits its key with
 * its work); everything written is removed after each test.
 */
@IntegrationTest
class IdempotencyKeyTest {

	private static final String INCIDENT = """
			{"type": "shooting", "date": "2024-09-14", "place": "Borgerhout", "sources": [{"url": "https://example.org/news/atlas-test-source", "title": "A report for the tests"}],  "killed": 0, "injured": 1,
			 "summary": "Idempotency test: %s"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeWhatTheTestsWrote() {
		jdbc.update("delete from audit_event where entity = 'INCIDENT' and entity_id in "
				+ "(select id from incident where summary like 'Idempotency test:%')");
		jdbc.update("delete from incident where summary like 'Idempotency test:%'");
		jdbc.update("delete from idempotency_key where key like 'idem-test-%'");
		jdbc.update("delete from audit_event where entity = 'USER' and entity_id in "
				+ "(select id from app_user where username like 'idem-test-%')");
		jdbc.update("delete from app_user where username like 'idem-test-%'");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user, String key, String body)
			throws Exception {
		return mvc
			.perform(request.with(user(user).roles("EDITOR", "ADMIN"))
				.with(csrf())
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private int incidents(String summary) {
		return jdbc.queryForObject("select count(*) from incident where summary = ?", Integer.class,
				"Idempotency test: " + summary);
	}

	@Test
	void aRepeatWithTheSameKeyAnswersTheFirstAnswerWithoutDoingTheWorkAgain() throws Exception {
		String body = INCIDENT.formatted("shots at a café");
		MockHttpServletResponse first = send(post("/api/incidents").param("publish", "true"), "anna", "idem-test-1",
				body);
		assertThat(first.getStatus()).isEqualTo(201);
		int auditRows = jdbc.queryForObject("select count(*) from audit_event", Integer.class);

		MockHttpServletResponse again = send(post("/api/incidents").param("publish", "true"), "anna", "idem-test-1",
				body);
		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location")).startsWith("/api/incidents/");
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(again.getContentType()).isEqualTo(first.getContentType());
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.getHeader("Idempotent-Replayed")).isNull();
		assertThat(incidents("shots at a café")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(auditRows);

		// without a key, a write is a write
		send(post("/api/incidents"), "anna", "idem-test-other", body);
		assertThat(incidents("shots at a café")).isEqualTo(2);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedWithAClearProblem() throws Exception {
		send(post("/api/incidents"), "anna", "idem-test-2", INCIDENT.formatted("first body"));
		MockHttpServletResponse other = send(post("/api/incidents"), "anna", "idem-test-2",
				INCIDENT.formatted("second body"));
		assertThat(other.getStatus()).isEqualTo(422);
		assertThat(other.getContentType()).isEqualTo("application/problem+json");
		assertThat(other.getContentAsString()).contains("Idempotency-Key").contains("another request");
		assertThat(incidents("second body")).isZero();
		// nor may the key be reused for another address
		MockHttpServletResponse elsewhere = send(post("/api/incidents").param("publish", "true"), "anna", "idem-test-2",
				INCIDENT.formatted("first body"));
		assertThat(elsewhere.getStatus()).isEqualTo(422);
	}

	@Test
	void keysBelongToTheirUser() throws Exception {
		String body = INCIDENT.formatted("two editors, one key");
		MockHttpServletResponse anna = send(post("/api/incidents"), "anna", "idem-test-3", body);
		MockHttpServletResponse bert = send(post("/api/incidents"), "bert", "idem-test-3", body);
		assertThat(bert.getStatus()).isEqualTo(201);
		assertThat(bert.getHeader("Location")).isNotEqualTo(anna.getHeader("Location"));
		assertThat(bert.getHeader("Idempotent-Replayed")).isNull();
		assertThat(incidents("two editors, one key")).isEqualTo(2);
	}

	@Test
	void concurrentRepeatsDoTheWorkOnce() throws Exception {
		String body = INCIDENT.formatted("sent eight times at once");
		int clients = 8;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return send(post("/api/incidents"), "anna", "idem-test-4", body);
				}));
			}
			start.countDown();
			List<String> locations = new ArrayList<>();
			int replayed = 0;
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get();
				assertThat(response.getStatus()).isEqualTo(201);
				locations.add(response.getHeader("Location"));
				replayed += "true".equals(response.getHeader("Idempotent-Replayed")) ? 1 : 0;
			}
			assertThat(locations).containsOnly(locations.get(0));
			assertThat(replayed).isEqualTo(clients - 1);
			assertThat(incidents("sent eight times at once")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWriteThatFailedKeepsNoKeyAndMayBeSentAgain() throws Exception {
		MockHttpServletResponse refused = send(post("/api/incidents"), "anna", "idem-test-5",
				"{\"type\": \"shooting\", \"date\": \"yesterday\", \"summary\": \"Idempotency test: refused\"}");
		assertThat(refused.getStatus()).isEqualTo(400);
		MockHttpServletResponse corrected = send(post("/api/incidents"), "anna", "idem-test-5",
				INCIDENT.formatted("corrected and sent again"));
		assertThat(corrected.getStatus()).isEqualTo(201);
		assertThat(incidents("corrected and sent again")).isEqualTo(1);
	}

	@Test
	void aRetriedRetractionAnswersAsTheFirstDidInsteadOfRefusing() throws Exception {
		MockHttpServletResponse created = send(post("/api/incidents").param("publish", "true"), "anna", "idem-test-6",
				INCIDENT.formatted("retracted once"));
		String location = created.getHeader("Location");
		String reason = "{\"reason\": \"A duplicate\"}";
		MockHttpServletResponse first = send(post(location + "/retract"), "anna", "idem-test-7", reason);
		MockHttpServletResponse again = send(post(location + "/retract"), "anna", "idem-test-7", reason);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'INCIDENT' and entity_id = ?"
				+ " and action = 'RETRACT'", Integer.class, id))
			.isEqualTo(1);
		// a new key is a new request, and this one is refused: it is retracted already
		assertThat(send(post(location + "/retract"), "anna", "idem-test-8", reason).getStatus()).isEqualTo(400);
	}

	@Test
	void anAdministratorsRetriedAccountCreationCreatesOneAccount() throws Exception {
		String body = "{\"username\": \"idem-test-reporter\", \"password\": \"seven quiet otters cross the Scheldt\", "
				+ "\"role\": \"EDITOR\"}";
		MockHttpServletResponse first = send(post("/api/users"), "chief", "idem-test-9", body);
		MockHttpServletResponse again = send(post("/api/users"), "chief", "idem-test-9", body);
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString()).doesNotContain("otters");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'idem-test-reporter'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aKeyIsForgottenAfterADay() throws Exception {
		String body = INCIDENT.formatted("sent again two days later");
		send(post("/api/incidents"), "anna", "idem-test-10", body);
		jdbc.update("update idempotency_key set created_at = now() - interval '25 hours' where key = 'idem-test-10'");
		MockHttpServletResponse later = send(post("/api/incidents"), "anna", "idem-test-10", body);
		assertThat(later.getStatus()).isEqualTo(201);
		assertThat(later.getHeader("Idempotent-Replayed")).isNull();
		assertThat(incidents("sent again two days later")).isEqualTo(2);
	}

	@Test
	void aMalformedKeyIsRefused() throws Exception {
		MockHttpServletResponse response = send(post("/api/incidents"), "anna", "idem-test-" + "x".repeat(300),
				INCIDENT.formatted("malformed key"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("Idempotency-Key");
		assertThat(incidents("malformed key")).isZero();
	}

	@Test
	void aRetriedArticleUploadAnswersAsTheFirstDid() throws Exception {
		org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
				"report.txt", "text/plain",
				("Idempotency test article. On 3 May 2024 a grenade exploded at a shop door in "
						+ "Borgerhout; nobody was hurt.")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		try {
			MockHttpServletResponse first = uploadWithKey(file, "idem-test-11");
			MockHttpServletResponse again = uploadWithKey(file, "idem-test-11");
			assertThat(first.getStatus()).isEqualTo(201);
			// not the 200 "already here" that a second submission without the key gets
			assertThat(again.getStatus()).isEqualTo(201);
			assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
			assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		}
		finally {
			jdbc.update(
					"delete from audit_event where entity = 'PROPOSAL' and entity_id in (select p.id from proposal p "
							+ "join article a on a.id = p.article_id where a.title = 'Idempotency test article')");
			jdbc.update(
					"delete from proposal where article_id in (select id from article where title = 'Idempotency test article')");
			jdbc.update("delete from audit_event where entity = 'ARTICLE' and entity_id in "
					+ "(select id from article where title = 'Idempotency test article')");
			jdbc.update("delete from article where title = 'Idempotency test article'");
		}
	}

	private MockHttpServletResponse uploadWithKey(org.springframework.mock.web.MockMultipartFile file, String key)
			throws Exception {
		return mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/articles")
				.file(file)
				.param("title", "Idempotency test article")
				.param("publishedOn", "2024-05-04")
				.with(user("anna").roles("EDITOR"))
				.with(csrf())
				.header("Idempotency-Key", key))
			.andReturn()
			.getResponse();
	}

}
