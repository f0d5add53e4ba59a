package klynge.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.PreconditionRequired;
import klynge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for the JSON API, with a stable type per domain exception. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("error.notFound", null, locale));
		// "poll option" → "poll-option": a space in the URN made the handler fail (a 500)
		problem
			.setType(URI.create("urn:klynge:problem:not-found:" + exception.what().replaceAll("[^A-Za-z0-9-]+", "-")));
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation violation, Locale locale) {
		String message = messages.getMessage(violation.messageKey(), violation.arguments(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
		problem.setType(URI.create(violation.type()));
		if (violation.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", message)));
		}
		return problem;
	}

	// a lock conflict PostgreSQL broke (deadlock) is a conflict to retry, never a 500
	@ExceptionHandler({ EditConflict.class, OptimisticLockingFailureException.class,
			PessimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("error.conflict", null, locale));
		problem.setType(URI.create("urn:klynge:problem:edit-conflict"));
		if (exception instanceof EditConflict conflict) {
			problem.setProperty("currentVersion", conflict.currentVersion());
		}
		return problem;
	}

	// the one answer to a write without If-Match or version, whichever the module
	@ExceptionHandler(PreconditionRequired.class)
	ProblemDetail preconditionRequired(PreconditionRequired exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
				messages.getMessage("error.preconditionRequired", null, locale));
		problem.setType(URI.create("urn:klynge:problem:precondition-required"));
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("error.integrity", null, locale));
		problem.setType(URI.create("urn:klynge:problem:integrity"));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.unreadable", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:klynge:problem:unreadable"));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.validation", null, locale));
		problem.setType(URI.create("urn:klynge:problem:validation"));
		problem.setProperty("errors",
				exception.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

}
