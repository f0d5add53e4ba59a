package klynge.poll;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Someone asked to answer: a person of the register (a member, or a deputy for one) or
 * just a name and an e-mail address. The address is for the secretariat only: no answer
 * page shows it.
 */
public record Invitee(UUID id, UUID personId, UUID deputyForPersonId, String name, String email,
		OffsetDateTime invitedAt) {

	public boolean invited() {
		return invitedAt != null;
	}

}
