package klynge.funding;

import klynge.shared.RuleViolation;

/**
 * One rule of a call an application breaks: the form field it belongs beside, a message
 * key and its arguments.
 */
public record RuleBreach(String field, String messageKey, Object... arguments) {

	public RuleViolation violation() {
		return new RuleViolation(field, messageKey, arguments);
	}

}
