package org.incidentatlas.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.system.BodyRefused;
import org.incidentatlas.system.DatabaseErrors;
import org.incidentatlas.system.ErrorMessages;
import org.incidentatlas.system.InvalidFieldsException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API is an RFC 9457 problem detail. Bad parameters name the
 * parameter in {@code parameter}; unexpected failures say nothing about the internals.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ErrorMessages.typeMismatch(name, ex.getValue(), getMessageSource(), locale));
		problem.setTitle(getMessageSource() == null ? "Invalid parameter '" + name + "'"
				: getMessageSource().getMessage("parameter.title", new Object[] { name }, locale));
		problem.setProperty("parameter", name);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** Every invalid field of a body, named, with its message. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("problem.fields.invalid", "Some fields are invalid."));
		problem.setTitle(text("problem.body.invalid.title", "Invalid request body"));
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
					.toList());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyRefused refused = BodyRefused.in(ex);
		if (refused != null) {
			// too large or too slow while it was read: nothing of it was used
			java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.status()),
					refused.message(getMessageSource(), locale));
			problem.setTitle(refused.title(getMessageSource(), locale));
			headers.set(HttpHeaders.CONNECTION, "close");
			return handleExceptionInternal(ex, problem, headers, HttpStatus.valueOf(refused.status()), request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.body.unreadable",
				"The body is not valid JSON of the expected shape" + cause(ex) + ".", cause(ex)));
		problem.setTitle(text("problem.body.unreadable.title", "Unreadable request body"));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Our own validation message from a record's constructor, never the framework's or a
	 * class name.
	 */
	private static String cause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().length() < 200
					&& ErrorMessages.looksPlain(t.getMessage())) {
				return ": " + t.getMessage();
			}
		}
		return "";
	}

	/**
	 * An incident, an article or a review decision that cannot be stored; nothing was.
	 * Each field's message is in the reader's language.
	 */
	@ExceptionHandler(InvalidFieldsException.class)
	ProblemDetail invalidFields(InvalidFieldsException ex, java.util.Locale locale) {
		java.util.List<String> messages = ex.problems()
			.stream()
			.map(p -> getMessageSource() == null ? p.message() : p.message(getMessageSource(), locale))
			.toList();
		boolean incident = ex.subject() == InvalidFieldsException.Subject.INCIDENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				incident ? text("problem.fields.invalid", "Some fields are invalid.")
						: text("problem.submission.invalid", "Nothing was stored: " + String.join(" ", messages),
								String.join(" ", messages)));
		problem.setTitle(incident ? text("problem.incident.invalid.title", "Invalid incident")
				: text("problem.submission.invalid.title", "Invalid submission"));
		java.util.List<Map<String, String>> errors = new java.util.ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			errors.add(Map.of("field", ex.problems().get(i).field(), "message", messages.get(i)));
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * A text of ours in the reader's language, or in English without a message source.
	 */
	private String text(String code, String english, Object... arguments) {
		return getMessageSource() == null ? english : getMessageSource().getMessage(code, arguments, english,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletResponse response) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex; // Spring Security answers these with 401 or 403
		}
		if (response.isCommitted()) {
			throw ex; // a stream already under way: the container ends the connection, so
						// the client sees the error
		}
		if (DatabaseErrors.isOutage(ex)) {
			log.warn("Database unavailable: {}", ex.getMessage());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					text("problem.unavailable", ErrorMessages.UNAVAILABLE));
			problem.setTitle(text("problem.unavailable.title", "Service unavailable"));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseErrors.RETRY_AFTER_SECONDS))
				.body(problem);
		}
		if (DatabaseErrors.isUnstorableText(ex)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					text("problem.unstorable", DatabaseErrors.UNSTORABLE_TEXT));
			problem.setTitle(text("problem.unstorable.title", "Text that cannot be stored"));
			return ResponseEntity.badRequest().body(problem);
		}
		log.error("Unexpected error in the API", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				text("problem.internal", "Something went wrong on our side. The error has been logged."));
		problem.setTitle(text("problem.internal.title", "Internal error"));
		return ResponseEntity.internalServerError().body(problem);
	}

}
