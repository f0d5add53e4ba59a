package klynge.event;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A question of the event's registration form; a choice offers one option a line. */
record EventQuestion(UUID id, int position, String text, QuestionKind kind, String choices, boolean required) {

	public List<String> options() {
		if (choices == null) {
			return List.of();
		}
		return Arrays.stream(choices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The form field of the answer. */
	public String field() {
		return "q-" + id;
	}

}
