package klynge.minutes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Draft minutes went out for comments with a deadline (the mail module tells the
 * members).
 */
public record MinutesSentForComments(UUID clusterId, UUID minutesId, UUID meetingId, LocalDate deadline) {
}
