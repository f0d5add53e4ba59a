package klynge.event;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A registration; name, e-mail, organisation and answers are null once anonymised.
 * {@code answers} maps question ids to answers.
 */
record Registration(UUID id, UUID eventId, String name, String email, String organisation, RegistrationStatus status,
		Integer waitingPosition, OffsetDateTime registeredAt, OffsetDateTime promotedAt, OffsetDateTime cancelledAt,
		OffsetDateTime checkedInAt, OffsetDateTime anonymisedAt, Map<UUID, String> answers) {

	public boolean checkedIn() {
		return checkedInAt != null;
	}

	public boolean anonymised() {
		return anonymisedAt != null;
	}

	Registration withAnswers(Map<UUID, String> answers) {
		return new Registration(id, eventId, name, email, organisation, status, waitingPosition, registeredAt,
				promotedAt, cancelledAt, checkedInAt, anonymisedAt, answers);
	}

}
