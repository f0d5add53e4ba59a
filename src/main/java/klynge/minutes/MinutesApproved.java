package klynge.minutes;

import java.util.UUID;

/** The minutes of a meeting were approved and are now locked. */
public record MinutesApproved(UUID clusterId, UUID minutesId, UUID meetingId) {
}
