package klynge.organisation;

import klynge.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a rule's message beside its field in a form, or above the form if the form has no such field. */
final class FormErrors {

	private FormErrors() {
	}

	static void add(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}
}
