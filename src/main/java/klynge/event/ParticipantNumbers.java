package klynge.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event's participant numbers, for the annual report: places taken (confirmed), still
 * waiting, and checked in. Anonymisation keeps them.
 */
public record ParticipantNumbers(UUID eventId, String title, LocalDate firstDay, LocalDate lastDay, int registered,
		int waiting, int checkedIn) {
}
