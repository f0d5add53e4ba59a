package klynge.meeting;

import java.util.UUID;

/** A meeting moved along its workflow, e.g. HELD → MINUTES_FOR_COMMENT. */
public record MeetingStatusChanged(UUID clusterId, UUID meetingId, MeetingStatus from, MeetingStatus to) {
}
