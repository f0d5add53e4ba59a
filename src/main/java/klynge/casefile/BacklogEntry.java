package klynge.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A proposed future item of a body: from a referral, a member's proposal or a follow-up. */
public record BacklogEntry(UUID id, UUID bodyId, String source, String title, String description, UUID referralId,
		UUID followUpId, String proposedBy, OffsetDateTime proposedAt, String status, UUID scheduledItemId,
		UUID forMeetingId, LocalDate forMeetingDate, int version) {

	public boolean open() {
		return "OPEN".equals(status);
	}
}
