package klynge.funding;

import java.util.UUID;

/**
 * A person named in an application: the project lead or a participant; {@code personId}
 * is the registry's person with that e-mail address, when there is one.
 */
public record NamedPerson(Role role, String name, String email, UUID personId, UUID organisationId) {

	public enum Role {

		LEAD, PARTICIPANT

	}

}
