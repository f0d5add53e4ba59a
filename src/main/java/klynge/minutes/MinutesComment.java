package klynge.minutes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member's or the secretariat's comment on draft minutes, per item (or the minutes as a
 * whole), and what the secretariat made of it: handled, or applied to the draft (answers
 * are {@link MinutesCommentReply replies}).
 */
public record MinutesComment(UUID id, UUID minutesId, UUID itemId, String author, UUID authorPersonId, String text,
		OffsetDateTime createdAt, boolean afterDeadline, OffsetDateTime handledAt, String handledBy,
		OffsetDateTime appliedAt, String appliedBy, int version) {

	public boolean handled() {
		return handledAt != null;
	}

	public boolean applied() {
		return appliedAt != null;
	}

}
