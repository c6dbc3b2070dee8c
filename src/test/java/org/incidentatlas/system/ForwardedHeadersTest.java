package org.incidentatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy (here: loopback, which Tomcat trusts as an internal proxy),
 * X-Forwarded-Proto makes the request secure, and every cookie Secure; over plain HTTP
 * they stay as they were.
 */
@IntegrationTest
class ForwardedHeadersTest {

	@LocalServerPort
	int port;

	private List<String> cookies(String path, String proto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (proto != null) {
			request.header("X-Forwarded-Proto", proto).header("X-Forwarded-For", "198.51.100.9");
		}
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers().allValues("Set-Cookie");
	}

	@Test
	void behindATlsProxyTheSessionAndLanguageCookiesAreSecure() throws Exception {
		List<String> session = cookies("/login", "https");
		assertThat(session).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
		List<String> language = cookies("/map?lang=nl", "https");
		assertThat(language).anySatisfy(c -> assertThat(c).startsWith("atlas-lang=").containsIgnoringCase("; Secure"));
	}

	@Test
	void overPlainHttpCookiesAreNotMarkedSecure() throws Exception {
		assertThat(cookies("/login", null))
			.anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").doesNotContainIgnoringCase("secure"));
		assertThat(cookies("/map?lang=fr", null)).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
	}

	@Test
	void aSecureFlagIsAddedOnce() {
		assertThat(SecureCookies.secure("a=b; Path=/")).isEqualTo("a=b; Path=/; Secure");
		assertThat(SecureCookies.secure("a=b; Secure; HttpOnly")).isEqualTo("a=b; Secure; HttpOnly");
	}

}
