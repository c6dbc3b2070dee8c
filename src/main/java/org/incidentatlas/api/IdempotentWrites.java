package org.incidentatlas.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.incidentatlas.system.TaskLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Retried writes do the work once. A POST to {@code /api/**} sent with an
 * {@code Idempotency-Key} header by a signed-in user runs in one transaction that first
 * claims the key (user, key) and, before it commits, stores the answer: status, Location,
 * Content-Type and body. A repeat with the same key answers that again, with
 * {@code Idempotent-Replayed:
 * true}, without doing the work; a repeat that arrives while the first still runs waits
 * for it on the key's primary key. The same key with another request (method, path, query
 * or body) is a 422. Only successful answers (2xx, 3xx) are kept: a write that failed did
 * nothing, rolls back with its claim, and may be sent again with the same key. Keys are
 * forgotten after {@value #KEPT_HOURS} hours.
 */
@Configuration(proxyBeanMethods = false)
class IdempotentWrites {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	static final int KEPT_HOURS = 24;

	/**
	 * As the request size limit: a body is read whole to fingerprint it, and no write
	 * needs more.
	 */
	static final int MAX_BODY = 3 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(IdempotentWrites.class);

	private final JdbcTemplate jdbc;

	private final TaskLock tasks;

	IdempotentWrites(JdbcTemplate jdbc, TaskLock tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
	}

	/** After Spring Security (order -100), which has signed the user in by then. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> idempotencyKeys(PlatformTransactionManager transactions,
			JsonMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new KeyFilter(jdbc, new TransactionTemplate(transactions), json));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(0);
		return registration;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetOldKeys() {
		tasks.runAlone("idempotency-keys-cleanup", () -> {
			int forgotten = jdbc
				.update("delete from idempotency_key where created_at < now() - make_interval(hours => ?)", KEPT_HOURS);
			if (forgotten > 0) {
				log.info("Forgot {} idempotency keys older than {} hours", forgotten, KEPT_HOURS);
			}
			return forgotten > 0;
		});
	}

	/**
	 * Visible ASCII, as in RFC 9110 tokens and the IETF draft's examples (UUIDs, random
	 * strings).
	 */
	static boolean isValidKey(String key) {
		return !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
	}

	private static final class KeyFilter extends OncePerRequestFilter {

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transaction;

		private final JsonMapper json;

		KeyFilter(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json) {
			this.jdbc = jdbc;
			this.transaction = transaction;
			this.json = json;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			// extraction stores nothing: there is nothing to do twice
			return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
					|| request.getRequestURI().equals(request.getContextPath() + "/api/extract");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String key = request.getHeader(HEADER);
			if (!isValidKey(key)) {
				problem(response, 400, "Invalid Idempotency-Key",
						"The Idempotency-Key header must be 1 to 255 visible " + "ASCII characters, such as a UUID.");
				return;
			}
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
				chain.doFilter(request, response); // Spring Security refuses anonymous
													// writes before this
				return;
			}
			Fingerprinted fingerprinted;
			try {
				fingerprinted = fingerprint(request);
			}
			catch (BodyTooLarge ex) {
				problem(response, 413, "Content too large", "The request body is larger than 3 MB.");
				return;
			}
			ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
			Stored replay;
			try {
				replay = transaction.execute(status -> {
					jdbc.update("""
							delete from idempotency_key where username = ? and key = ?
							  and created_at < now() - make_interval(hours => ?)""", user.getName(), key, KEPT_HOURS);
					// waits here while another request with this key runs, until it
					// commits or rolls back
					int claimed = jdbc.update("""
							insert into idempotency_key (username, key, request_hash) values (?, ?, ?)
							on conflict (username, key) do nothing""", user.getName(), key, fingerprinted.hash());
					if (claimed == 0) {
						status.setRollbackOnly();
						return stored(user.getName(), key);
					}
					try {
						chain.doFilter(fingerprinted.request(), answer);
					}
					catch (IOException | ServletException ex) {
						throw new ChainFailed(ex);
					}
					int code = answer.getStatus();
					if (code >= 200 && code < 400 && !status.isRollbackOnly()) {
						jdbc.update("""
								update idempotency_key set status = ?, location = ?, content_type = ?, body = ?
								where username = ? and key = ?""", code, answer.getHeader(HttpHeaders.LOCATION),
								answer.getContentType(), answer.getContentAsByteArray(), user.getName(), key);
					}
					else {
						// a failed write did nothing: its claim goes with it, and the key
						// may be used again
						status.setRollbackOnly();
					}
					return null;
				});
			}
			catch (ChainFailed ex) {
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				throw (ServletException) ex.getCause();
			}
			if (replay == null) {
				answer.copyBodyToResponse();
			}
			else if (!replay.hash().equals(fingerprinted.hash())) {
				problem(response, 422, "Idempotency-Key reused", "This Idempotency-Key was used in the last "
						+ KEPT_HOURS
						+ " hours for another request (another address or body). Use a new key for a new request.");
			}
			else {
				response.setStatus(replay.status());
				response.setHeader(REPLAYED, "true");
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				if (replay.location() != null) {
					response.setHeader(HttpHeaders.LOCATION, replay.location());
				}
				if (replay.contentType() != null) {
					response.setContentType(replay.contentType());
				}
				response.setContentLength(replay.body().length);
				response.getOutputStream().write(replay.body());
			}
		}

		private Stored stored(String username, String key) {
			return jdbc.queryForObject(
					"""
							select request_hash, status, location, content_type, body from idempotency_key
							where username = ? and key = ?""", (rs, n) -> new Stored(rs.getString(1), rs.getInt(2),
							rs.getString(3), rs.getString(4), rs.getBytes(5) == null ? new byte[0] : rs.getBytes(5)),
					username, key);
		}

		private void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", status);
			problem.put("detail", detail);
			problem.put("header", HEADER);
			response.setStatus(status);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType("application/problem+json");
			response.getOutputStream().write(json.writeValueAsBytes(problem));
		}

	}

	private record Stored(String hash, int status, String location, String contentType, byte[] body) {
	}

	private record Fingerprinted(HttpServletRequest request, String hash) {
	}

	/** Lets the servlet chain's checked exceptions through the transaction callback. */
	private static final class ChainFailed extends RuntimeException {

		ChainFailed(Exception cause) {
			super(cause);
		}

	}

	private static final class BodyTooLarge extends Exception {

	}

	/**
	 * The request with its body read (so that it can be hashed and then read again), and
	 * the SHA-256 of its method, path, parameters and body. A multipart body is hashed
	 * part by part (name, file name, bytes), so that a client that sends the same parts
	 * with a new boundary is recognised; the container keeps the parts for the
	 * controller.
	 */
	private static Fingerprinted fingerprint(HttpServletRequest request)
			throws IOException, ServletException, BodyTooLarge {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		update(digest, request.getMethod());
		update(digest, request.getRequestURI());
		String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
		if (contentType.startsWith("multipart/")) {
			update(digest, request.getQueryString() == null ? "" : request.getQueryString());
			for (Part part : List.copyOf(request.getParts())) {
				update(digest, part.getName());
				update(digest, part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName());
				try (InputStream in = part.getInputStream()) {
					update(digest, readAtMost(in));
				}
			}
			return new Fingerprinted(request, HexFormat.of().formatHex(digest.digest()));
		}
		// the query's parameters, and a form's, which the container reads itself: what it
		// read is what the
		// controller sees. Not the CSRF token, which is new with every page a browser
		// loads.
		request.getParameterMap().forEach((name, values) -> {
			if (name.equals("_csrf")) {
				return;
			}
			update(digest, name);
			for (String value : values) {
				update(digest, value);
			}
		});
		if (contentType.startsWith("application/x-www-form-urlencoded")) {
			return new Fingerprinted(request, HexFormat.of().formatHex(digest.digest()));
		}
		byte[] body = readAtMost(request.getInputStream());
		update(digest, body);
		return new Fingerprinted(new ReadAgain(request, body), HexFormat.of().formatHex(digest.digest()));
	}

	private static byte[] readAtMost(InputStream in) throws IOException, BodyTooLarge {
		byte[] bytes = in.readNBytes(MAX_BODY + 1);
		if (bytes.length > MAX_BODY) {
			throw new BodyTooLarge();
		}
		return bytes;
	}

	private static void update(MessageDigest digest, String value) {
		update(digest, value.getBytes(StandardCharsets.UTF_8));
	}

	/** Each value with its length first, so that ("ab", "c") and ("a", "bc") differ. */
	private static void update(MessageDigest digest, byte[] value) {
		digest.update(java.nio.ByteBuffer.allocate(4).putInt(value.length).array());
		digest.update(value);
	}

	/** A request whose body was read once and is served again from memory. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is in memory");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = StandardCharsets.UTF_8;
			try {
				if (getCharacterEncoding() != null) {
					charset = Charset.forName(getCharacterEncoding());
				}
			}
			catch (IllegalArgumentException unknown) {
				// as the JSON reader does: UTF-8
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
