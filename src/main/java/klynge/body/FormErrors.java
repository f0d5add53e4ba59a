package klynge.body;

import klynge.shared.RuleViolation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a rule's message beside the field it names, or above the form when it names none. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult errors, RuleViolation violation) {
		String field = violation.field();
		if (field != null && errors.getTarget() != null
				&& new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field)) {
			errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
		}
	}
}
