package org.incidentatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Locale;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.incident.InvalidParameterException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused parameter is explained in the reader's language, in the API's problem detail
 * and on the error page, with the parameter named.
 */
@IntegrationTest
class ParameterMessagesTest {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	private HttpResponse<String> get(String path, String accept, String language) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", accept)
				.header("Accept-Language", language)
				.build(), BodyHandlers.ofString());
	}

	/** The body as a reader sees it: JSON escapes an apostrophe. */
	private HttpResponse<String> getJson(String path, String language) throws Exception {
		return get(path, "application/json", language);
	}

	private static String text(HttpResponse<String> response) {
		return response.body().replace("\\u0027", "'");
	}

	@Test
	void aSeparatorThatIsNotOneIsRefusedInTheReadersLanguage() throws Exception {
		var english = getJson("/api/export/incidents.csv?sep=tab", "en");
		var french = getJson("/api/export/incidents.csv?sep=tab", "fr");
		var dutch = getJson("/api/export/incidents.csv?sep=tab", "nl");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(text(english)).contains("\"parameter\":\"sep\"")
			.contains("'tab' is not a separator; use comma or semicolon.")
			.contains("Invalid parameter 'sep'");
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(text(french)).contains("\"parameter\":\"sep\"")
			.contains("'tab' n'est pas un séparateur")
			.contains("Paramètre 'sep' invalide");
		assertThat(text(dutch)).contains("'tab' is geen scheidingsteken").contains("Ongeldige parameter 'sep'");
	}

	@Test
	void aFilterValueThatIsNotOneIsRefusedInTheReadersLanguageOnThePageAndInTheApi() throws Exception {
		var api = getJson("/api/incidents?subtype=bazooka", "nl");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(text(api)).contains("\"parameter\":\"subtype\"")
			.contains("'bazooka' is geen subtype; gebruik een van grenade");
		var page = get("/incidents?year=1800", "text/html", "fr");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("L&#39;année 1800 est en dehors de");
		var type = get("/incidents?page=abc", "text/html", "nl");
		assertThat(type.statusCode()).isEqualTo(400);
		assertThat(type.body()).contains("&#39;abc&#39; is geen geldige waarde voor &#39;page&#39;");
	}

	@Test
	void aMessageWithoutFurtherArgumentsStillShowsOneApostrophe() {
		// every parameter message is formatted, because {0} is always the parameter's
		// name, so an apostrophe is always written doubled
		assertThat(new InvalidParameterException("zoom", "parameter.zoom.missing", 0, 19).getReason())
			.isEqualTo("Give the map's zoom level, 0 to 19.");
		assertThat(messages.getMessage("parameter.title", new Object[] { "sep" }, Locale.FRENCH))
			.isEqualTo("Paramètre 'sep' invalide");
	}

	@Test
	void anArticleThatIsNotThereIsSaidToBeMissingInTheReadersLanguage() throws Exception {
		var english = get("/articles/987654321", "text/html", "en");
		var french = get("/articles/987654321", "text/html", "fr");
		var dutch = get("/articles/987654321", "text/html", "nl");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("There is no source 987654321.");
		assertThat(french.statusCode()).isEqualTo(404);
		assertThat(french.body()).contains("Il n&#39;y a pas de source 987654321.");
		assertThat(dutch.statusCode()).isEqualTo(404);
		assertThat(dutch.body()).contains("Er is geen bron 987654321.");
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedInTheReadersLanguage() throws Exception {
		for (String[] expected : new String[][] { { "en", "Unreadable request body" },
				{ "fr", "Corps de requête illisible" }, { "nl", "Onleesbare aanvraag" } }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/extract"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/problem+json")
					.header("Accept-Language", expected[0])
					.POST(HttpRequest.BodyPublishers.ofString("{not json"))
					.build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).as(expected[0]).isEqualTo(400);
			assertThat(response.body()).as(expected[0]).contains(expected[1]);
		}
	}

	@Test
	void anEmptyTextSentForExtractionIsRefusedInTheReadersLanguage() throws Exception {
		for (String[] expected : new String[][] { { "en", "The text is empty" }, { "fr", "Le texte est vide" },
				{ "nl", "De tekst is leeg" } }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/extract"))
					.header("Content-Type", "application/json")
					.header("Accept-Language", expected[0])
					.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"  \"}"))
					.build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).as(expected[0]).isEqualTo(400);
			assertThat(response.body()).as(expected[0]).contains(expected[1]).contains("\"parameter\":\"text\"");
		}
	}

	@Test
	void aBodyDeclaredTooLargeIsRefusedInTheLanguageTheBrowserAsksFor() throws Exception {
		for (String[] expected : new String[][] { { "en", "larger than 3 MB" }, { "fr", "dépasse 3 Mo" },
				{ "nl", "groter dan 3 MB" } }) {
			try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
				socket.setSoTimeout(30_000);
				socket.getOutputStream()
					.write(("POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
							+ "Accept-Language: " + expected[0] + "\r\nContent-Length: 10000000\r\n\r\n")
						.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				String answer = new String(socket.getInputStream().readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
				assertThat(answer).as(expected[0]).startsWith("HTTP/1.1 413").contains(expected[1]);
			}
		}
	}

}
