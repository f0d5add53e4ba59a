package klynge.strategy;

import java.util.Map;

/**
 * Which form of the admin page was refused, with what was typed and the messages: that
 * form shows them (and opens), the others their usual values.
 */
public record FormState(String key, Object kept, Map<String, String> errors) {

	static final FormState NONE = new FormState("", null, Map.of());

	public boolean refused(String formKey) {
		return key.equals(formKey);
	}

	public Object form(String formKey, Object otherwise) {
		return refused(formKey) ? kept : otherwise;
	}

	public Map<String, String> errors(String formKey) {
		return refused(formKey) ? errors : Map.of();
	}

}
