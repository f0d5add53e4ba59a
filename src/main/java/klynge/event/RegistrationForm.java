package klynge.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a visitor typed into the registration form; answers by question id. */
record RegistrationForm(String name, String email, String organisation, Map<UUID, String> answers) {

	RegistrationForm {
		name = trim(name);
		email = trim(email);
		organisation = trim(organisation);
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", Map.of());
	}

	/** The form as posted: the answers come as fields {@code q-<question id>}. */
	static RegistrationForm of(Map<String, String> params, List<EventQuestion> questions) {
		Map<UUID, String> answers = new LinkedHashMap<>();
		for (EventQuestion question : questions) {
			String answer = trim(params.get(question.field()));
			if (!answer.isEmpty()) {
				answers.put(question.id(), answer);
			}
		}
		return new RegistrationForm(params.get("name"), params.get("email"), params.get("organisation"), answers);
	}

	public String answer(UUID questionId) {
		return answers.getOrDefault(questionId, "");
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}

}
