package klynge.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A status change, reschedule or cancellation with its reason. */
public record MeetingHistoryEntry(String kind, MeetingStatus fromStatus, MeetingStatus toStatus, LocalDate fromDate,
		LocalDate toDate, String reason, OffsetDateTime occurredAt) {
}
