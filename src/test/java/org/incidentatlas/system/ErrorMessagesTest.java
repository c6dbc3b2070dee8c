package org.incidentatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import jakarta.servlet.RequestDispatcher;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No SQL, class name or stack text reaches a client, on the error page or in the error
 * JSON.
 */
@IntegrationTest
class ErrorMessagesTest {

	static final String SQL_FAILURE = "PreparedStatementCallback; SQL [select i.id from incident i where i.summary = ?]; "
			+ "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void aServerErrorSaysItWasLoggedAndNothingOfTheException() throws Exception {
		for (MediaType accept : new MediaType[] { MediaType.APPLICATION_JSON, MediaType.TEXT_HTML }) {
			String body = mvc
				.perform(get("/error").accept(accept)
					.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/feed/incidents.atom")
					.requestAttr(RequestDispatcher.ERROR_MESSAGE, SQL_FAILURE)
					.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new DataIntegrityViolationException(SQL_FAILURE)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(accept.toString())
				.doesNotContain("SQL")
				.doesNotContain("select")
				.doesNotContain("UTF8")
				.doesNotContain("Exception")
				.doesNotContain("org.springframework");
			if (accept.equals(MediaType.APPLICATION_JSON)) {
				assertThat(body).contains("The error has been logged");
			}
		}
	}

	@Test
	void aParameterOfTheWrongTypeIsNamedWithoutTheFrameworksClassNames() throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/incidents?page=abc"))
				.header("Accept", "text/html")
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("&#39;abc&#39; is not a valid value for &#39;page&#39;")
			.doesNotContain("java.lang")
			.doesNotContain("Failed to convert");
	}

	@Test
	void ourOwnMessagesForUsersStay() throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/incidents?year=abc"))
				.header("Accept", "text/html")
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("is not a year");
	}

	@Test
	void messagesThatLookInternalAreNotPlain() {
		assertThat(ErrorMessages.looksPlain("The year 'abc' is not a year; use four digits, such as 2023.")).isTrue();
		assertThat(ErrorMessages.looksPlain(SQL_FAILURE)).isFalse();
		assertThat(ErrorMessages.looksPlain("No enum constant org.incidentatlas.incident.IncidentType.FOO")).isFalse();
		assertThat(ErrorMessages.publicMessage(500, new IllegalStateException("secret"), "secret"))
			.doesNotContain("secret");
	}

}
