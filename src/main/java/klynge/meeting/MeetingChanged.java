package klynge.meeting;

import java.util.UUID;

/**
 * A meeting was rescheduled, moved to another place, or cancelled (with the reason
 * given).
 */
public record MeetingChanged(UUID clusterId, UUID meetingId, boolean cancelled, String reason) {
}
