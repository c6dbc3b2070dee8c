package org.incidentatlas.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request bodies are bounded as they are read, whatever their framing, and in time. */
@IntegrationTest
class RequestSizeLimitTest {

	@LocalServerPort
	int port;

	/**
	 * 19 MB sent chunked, so no Content-Length announces it: refused at 3 MB, not read
	 * whole.
	 */
	@Test
	void aChunkedBodyOverTheLimitIsRefusedWith413WhileItIsRead() throws Exception {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port));
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			AtomicLong sent = new AtomicLong();
			Thread sender = new Thread(() -> {
				byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
				try {
					writeChunk(out, "{\"text\": \"".getBytes(StandardCharsets.US_ASCII));
					while (sent.get() < 19L * 1024 * 1024) {
						writeChunk(out, chunk);
						sent.addAndGet(chunk.length);
					}
					writeChunk(out, "\"}".getBytes(StandardCharsets.US_ASCII));
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ex) {
					// the server stopped reading and closed the connection: as it should
				}
			});
			sender.start();
			String head = RawHttp.readHead(socket.getInputStream());
			assertThat(head).startsWith("HTTP/1.1 413");
			sender.join(30_000);
		}
	}

	@Test
	void aBodyReadAfterItsDeadlineIsRefusedAsTooSlow() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/extract");
		request.setContent("{\"text\": \"slow\"}".getBytes(StandardCharsets.UTF_8));
		var bounded = new RequestSizeLimit.BoundedRequest(request, 1024, System.nanoTime() - 1, 30);
		assertThatThrownBy(() -> bounded.getInputStream().read(new byte[4])).isInstanceOf(BodyRefused.class)
			.satisfies(ex -> assertThat(((BodyRefused) ex).status()).isEqualTo(408));
		assertThat(bounded.refused).isNotNull();
	}

	@Test
	void aBodyWithinTheLimitAndInTimeReadsWhole() throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/extract");
		request.setContent("x".repeat(1000).getBytes(StandardCharsets.UTF_8));
		var bounded = new RequestSizeLimit.BoundedRequest(request, 1000, System.nanoTime() + 5_000_000_000L, 5);
		assertThat(bounded.getInputStream().readAllBytes()).hasSize(1000);
		var over = new RequestSizeLimit.BoundedRequest(request(1001), 1000, System.nanoTime() + 5_000_000_000L, 5);
		assertThatThrownBy(() -> over.getReader().read(new char[2000])).isInstanceOf(BodyRefused.class);
	}

	private static MockHttpServletRequest request(int bytes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/extract");
		request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static void writeChunk(OutputStream out, byte[] data) throws IOException {
		out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}
