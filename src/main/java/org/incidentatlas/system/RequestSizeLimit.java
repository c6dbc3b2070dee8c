package org.incidentatlas.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies as they are read, whatever their framing: a declared length over
 * the limit is refused before anything reads it, and a body without one (chunked) is
 * counted and refused with 413 at the first byte over the limit, so it is never held
 * whole. A body that has not arrived within {@code atlas.web.body-timeout} is refused
 * with 408, so slow clients cannot keep request threads. An article is at most 2 MB of
 * text, and no form or JSON body needs more than 3 MB. Multipart and form bodies are
 * parsed by the container, which bounds them itself ({@code spring.servlet.multipart.*},
 * Tomcat's max-http-form-post-size).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 3L * 1024 * 1024;

	private final Duration bodyTimeout;

	private final MessageSource messages;

	RequestSizeLimit(@Value("${atlas.web.body-timeout:30s}") Duration bodyTimeout, MessageSource messages) {
		this.bodyTimeout = bodyTimeout;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			refuse(request, response, BodyRefused.tooLarge(MAX_BYTES));
			return;
		}
		BoundedRequest bounded = new BoundedRequest(request, MAX_BYTES, System.nanoTime() + bodyTimeout.toNanos(),
				bodyTimeout.toSeconds());
		try {
			chain.doFilter(bounded, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (bounded.refused == null || response.isCommitted()) {
				throw ex;
			}
		}
		if (bounded.refused != null && !response.isCommitted()) {
			// whoever read the body may have answered otherwise; the refusal is the
			// answer
			refuse(request, response, bounded.refused);
		}
	}

	/**
	 * Written here, never through the error page: its dispatch could try to parse the
	 * refused body.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, BodyRefused refused)
			throws IOException {
		response.reset();
		response.setHeader("Connection", "close");
		// before the dispatcher: the reader's language is the one the browser asks for
		java.util.Locale locale = request.getLocale();
		Problems.write(response, refused.status(), refused.title(messages, locale), refused.message(messages, locale),
				Map.of());
	}

	/**
	 * The request, with a body that counts its bytes and watches the clock as it is read.
	 */
	static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final long deadline;

		private final long seconds;

		private ServletInputStream in;

		private BufferedReader reader;

		volatile BodyRefused refused;

		BoundedRequest(HttpServletRequest request, long limit, long deadline, long seconds) {
			super(request);
			this.limit = limit;
			this.deadline = deadline;
			this.seconds = seconds;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (in == null) {
				in = new Counted(super.getInputStream());
			}
			return in;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
				reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return reader;
		}

		private final class Counted extends ServletInputStream {

			private final ServletInputStream body;

			private long read;

			Counted(ServletInputStream body) {
				this.body = body;
			}

			private int count(int n) throws IOException {
				if (n > 0) {
					read += n;
					if (read > limit) {
						throw refuse(BodyRefused.tooLarge(limit));
					}
				}
				if (n >= 0 && System.nanoTime() > deadline && !body.isFinished()) {
					throw refuse(BodyRefused.tooSlow(seconds));
				}
				return n;
			}

			private BodyRefused refuse(BodyRefused why) {
				refused = why;
				return why;
			}

			@Override
			public int read() throws IOException {
				int b = body.read();
				return b < 0 ? b : count(1) < 0 ? -1 : b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return count(body.read(buffer, offset, length));
			}

			@Override
			public boolean isFinished() {
				return body.isFinished();
			}

			@Override
			public boolean isReady() {
				return body.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				body.setReadListener(listener);
			}

		}

	}

}
