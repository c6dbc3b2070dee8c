package org.incidentatlas.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Database failures that are not bugs. A database that does not answer (down, restarting,
 * out of connections, or too slow for a statement's timeout) is a 503 with
 * {@code Retry-After}, never a 500 or a 401. Text that PostgreSQL cannot store (a NUL
 * character) is a 400. The API's problem handler answers both for controllers; this
 * filter answers them for pages and for anything that fails outside a controller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class DatabaseErrors extends OncePerRequestFilter {

	/** Seconds a client should wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	public static final String UNSTORABLE_TEXT = "A text holds a NUL character, which cannot be stored. Nothing was stored.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseErrors.class);

	/**
	 * Whether {@code ex} (or a cause) says the database cannot be reached or did not
	 * answer in time.
	 */
	public static boolean isOutage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof QueryTimeoutException || t instanceof TransientDataAccessResourceException
					|| t instanceof SQLTransientConnectionException
					|| t instanceof org.springframework.transaction.TransactionTimedOutException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && isOutageState(sql.getSQLState())) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				return true; // the pool's proxy of a connection it has closed as broken,
								// which says no SQL state
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether {@code ex} (or a cause) is PostgreSQL refusing a character: NUL, or bytes
	 * that are not UTF-8.
	 */
	public static boolean isUnstorableText(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof SQLException sql
					&& ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 08: connection exceptions; 57P01-57P03: the server shutting down, crashed or
	 * starting; 57014: a statement cancelled by its timeout; 53300: too many connections.
	 */
	static boolean isOutageState(String state) {
		return state.startsWith("08") || state.startsWith("57P") || state.equals("57014") || state.equals("53300");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			if (isOutage(ex)) {
				log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
						rootMessage(ex));
				answer(request, response);
			}
			else if (isUnstorableText(ex)) {
				Problems.send(request, response, 400, "Text that cannot be stored", UNSTORABLE_TEXT, Map.of());
			}
			else {
				throw ex;
			}
		}
	}

	/**
	 * 503 with Retry-After: a problem detail for the API, the error page for a browser.
	 */
	public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		Problems.send(request, response, 503, "Service unavailable", ErrorMessages.UNAVAILABLE, Map.of());
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
