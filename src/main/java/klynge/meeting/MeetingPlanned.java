package klynge.meeting;

import java.util.UUID;

/**
 * A meeting was planned. Published inside the planning transaction: attendance fills the
 * summons list from it (a synchronous listener, so the meeting never exists without its
 * list).
 */
public record MeetingPlanned(UUID clusterId, UUID meetingId) {
}
