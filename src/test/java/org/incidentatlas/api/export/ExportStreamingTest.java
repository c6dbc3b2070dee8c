package org.incidentatlas.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Exports over real HTTP: a client never takes a broken file for a whole one, and exports
 * beyond the bound are refused instead of starving the pool.
 */
@IntegrationTest
class ExportStreamingTest {

	/**
	 * Enough published incidents, with long summaries, that an export is 20 MB and
	 * outlasts the socket buffers.
	 */
	static final int ROWS = 6_000;

	static final String MARKER = "Streamtestmarker";

	static final String EXPORT = "/api/export/incidents.geojson?q=" + MARKER;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ExportProperties properties;

	@LocalServerPort
	int port;

	@BeforeAll
	static void manyIncidents(@Autowired JdbcTemplate jdbc) {
		jdbc.update(
				"""
						insert into incident (type, date_from, date_to, date_precision, country_code, geo_precision, summary, status)
						select 'SHOOTING', date '2024-01-01', date '2024-01-01', 'DAY', 'BE', 'UNKNOWN',
						       ? || ' ' || repeat('shots were fired at a house overnight ', 90) || g, 'PUBLISHED'
						from generate_series(1, ?) g""",
				MARKER, ROWS);
	}

	@AfterAll
	static void removeThem(@Autowired JdbcTemplate jdbc) {
		jdbc.update("delete from incident where summary like ?", MARKER + "%");
	}

	@Test
	void anExportThatFailsMidStreamEndsTheConnectionWithoutTheClosingChunkAndWithoutAnEtag() throws Exception {
		try (Socket socket = open(EXPORT)) {
			InputStream in = socket.getInputStream();
			String head = RawHttp.readHead(in);
			assertThat(head).startsWith("HTTP/1.1 200")
				.containsIgnoringCase("Transfer-Encoding: chunked")
				.doesNotContainIgnoringCase("ETag");
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			readAtLeast(in, body, ExportApiController.BUFFER_BYTES + 1);
			// the database goes away while the export is under way
			List<Boolean> terminated = jdbc.queryForList("""
					select pg_terminate_backend(pid) from pg_stat_activity
					where query like '%string_agg(a.title%' and pid <> pg_backend_pid()""", Boolean.class);
			assertThat(terminated).contains(true);
			in.transferTo(body);
			byte[] bytes = body.toByteArray();
			String tail = new String(bytes, Math.max(0, bytes.length - 5), Math.min(5, bytes.length),
					StandardCharsets.US_ASCII);
			assertThat(tail).as("no closing chunk").isNotEqualTo("0\r\n\r\n");
			assertThat(new String(bytes, StandardCharsets.UTF_8)).as("no error page appended")
				.doesNotContain("\"status\"");
		}
	}

	@Test
	void anExportOverTheBoundIsRefusedWith503AndRetryAfterAndTheBoundFreesWhenTheyEnd() throws Exception {
		List<Socket> running = new ArrayList<>();
		try {
			for (int i = 0; i < properties.maxConcurrent(); i++) {
				Socket socket = open(EXPORT);
				assertThat(RawHttp.readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
				running.add(socket); // streaming, and stalled by a reader that does not
										// read
			}
			HttpResponse<String> refused = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + EXPORT)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After"))
				.hasValue(String.valueOf(properties.retryAfterSeconds()));
			assertThat(refused.headers().firstValue("ETag")).isEmpty();
		}
		finally {
			for (Socket socket : running) {
				socket.close();
			}
		}
		long deadline = System.nanoTime() + 20_000_000_000L;
		int status;
		do {
			Thread.sleep(100);
			status = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/export/incidents.csv?year=2023"))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		while (status == 503 && System.nanoTime() < deadline);
		assertThat(status).as("the bound is free again once the clients have gone").isEqualTo(200);
	}

	@Test
	void anExportThatFailsBeforeItsFirstByteIsAnErrorAnswerWithoutAnEtag() throws Exception {
		// a value that only the database refuses, sent past the parameter check
		MvcResult result = mvc.perform(get("/api/export/incidents.geojson").param("q", "a\u0000b")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getHeader("ETag")).isNull();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("FeatureCollection");
	}

	@Test
	void aWholeSmallExportHasAnEtagAndALargeOneHasNone() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<Void> small = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/export/incidents.json?year=2023"))
					.build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(small.headers().firstValue("ETag")).isPresent();
		HttpResponse<String> large = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + EXPORT)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(large.statusCode()).isEqualTo(200);
		assertThat(large.headers().firstValue("ETag")).isEmpty();
		assertThat(large.body()).endsWith("]}").contains(MARKER + " shots");
	}

	private Socket open(String path) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(8 * 1024);
		socket.connect(new java.net.InetSocketAddress("localhost", port));
		socket.setSoTimeout(30_000);
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

	private static void readAtLeast(InputStream in, ByteArrayOutputStream body, int bytes) throws IOException {
		byte[] buffer = new byte[8192];
		while (body.size() < bytes) {
			int n = in.read(buffer);
			if (n < 0) {
				break;
			}
			body.write(buffer, 0, n);
		}
	}

}
