package klynge.minutes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member's or the secretariat's comment on draft minutes, per item (or the minutes as a
 * whole).
 */
public record MinutesComment(UUID id, UUID minutesId, UUID itemId, String author, UUID authorPersonId, String text,
		OffsetDateTime createdAt, boolean afterDeadline) {
}
