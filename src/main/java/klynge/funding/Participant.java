package klynge.funding;

import java.util.UUID;

/**
 * A participant the applicant names in the application (besides the project lead): name,
 * e-mail, organisation and role in the project. A reviewer named here (by e-mail or as
 * the registry's person with that address) is recused from the application.
 */
public record Participant(String name, String email, UUID organisationId, String role) {

	public Participant {
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip();
		role = role == null ? "" : role.strip();
	}

}
