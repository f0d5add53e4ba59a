package klynge.strategy;

import java.util.Map;

/** A form was refused: the message key beside each field that needs correcting (422). */
class Refused extends RuntimeException {

	private final Map<String, String> errors;

	Refused(Map<String, String> errors) {
		super("refused: " + errors);
		this.errors = Map.copyOf(errors);
	}

	Refused(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	Map<String, String> errors() {
		return errors;
	}

}
