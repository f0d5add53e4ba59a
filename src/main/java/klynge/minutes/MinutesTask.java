package klynge.minutes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Minutes (or a held meeting still without them) as a line of the start page: the
 * meeting, its body's name on the day, the minutes' status (null: none written yet) and
 * the comment deadline.
 */
public record MinutesTask(UUID meetingId, UUID bodyId, String bodyName, LocalDate meetingDate, MinutesStatus status,
		LocalDate commentDeadline, LocalDate approvedOn) {
}
