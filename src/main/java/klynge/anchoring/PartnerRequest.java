package klynge.anchoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One partner's request: who answers for it (null when the partner has no
 * representative), when it was sent and reminded, and the answer. Carries no token.
 *
 * @param representativeChosen the secretariat chose the representative (not the
 * Partnermøte seat)
 * @param reminders the days a reminder went out, oldest first
 */
public record PartnerRequest(UUID id, UUID caseId, UUID organisationId, String organisationName,
		UUID representativePersonId, String representativeName, boolean representativeChosen, OffsetDateTime sentAt,
		List<LocalDate> reminders, AnchoringAnswer answer, String answerComment, OffsetDateTime answeredAt,
		OffsetDateTime withdrawnAt, List<Comment> comments) {

	public PartnerRequest {
		reminders = List.copyOf(reminders);
		comments = List.copyOf(comments);
	}

	/** A comment given while the request was open. */
	public record Comment(String text, OffsetDateTime writtenAt) {
	}

	public boolean answered() {
		return answer != null;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public boolean hasRepresentative() {
		return representativePersonId != null;
	}

	/** Open: not answered, not withdrawn (reminders go to these). */
	public boolean open() {
		return !answered() && !withdrawn();
	}

}
