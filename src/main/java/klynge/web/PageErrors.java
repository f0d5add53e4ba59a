package klynge.web;

import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Friendly error pages for domain exceptions that a controller did not turn into a form
 * message itself. Nothing is saved by a request that ends here, so nothing already saved
 * is lost.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("messageKey", "error.notFound");
		return "error/problem";
	}

	@ExceptionHandler(RuleViolation.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String rule(RuleViolation violation, Model model) {
		model.addAttribute("messageKey", violation.messageKey());
		model.addAttribute("messageArguments", violation.arguments());
		return "error/problem";
	}

	// a lock conflict PostgreSQL broke (deadlock) is a conflict to retry, never a 500
	@ExceptionHandler({ EditConflict.class, OptimisticLockingFailureException.class,
			PessimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		model.addAttribute("messageKey", "error.conflict");
		return "error/problem";
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String integrity(Model model) {
		model.addAttribute("messageKey", "error.integrity");
		return "error/problem";
	}

}
