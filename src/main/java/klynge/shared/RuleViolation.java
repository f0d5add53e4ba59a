package klynge.shared;

import java.util.Arrays;

import org.springframework.validation.Errors;

/**
 * A domain rule said no (duplicate code, overlapping term, …): 400/409 with a message in
 * the user's language. {@code field} names the form field the message belongs beside, or
 * null.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/**
	 * Puts the message beside its field in a form's errors (or above the form when no
	 * field is named).
	 */
	public void applyTo(Errors errors) {
		if (field != null && errors.getFieldType(field) != null) {
			errors.rejectValue(field, messageKey, arguments, null);
		}
		else {
			errors.reject(messageKey, arguments, null);
		}
	}

	/** A stable problem type for the API, derived from the message key. */
	public String type() {
		return "urn:klynge:problem:" + messageKey;
	}

}
