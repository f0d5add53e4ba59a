package klynge.meeting;

import java.util.UUID;

/** The summons of a meeting was sent: case numbers are frozen from now on. */
public record MeetingSummoned(UUID clusterId, UUID meetingId, UUID bodyId) {
}
