package klynge.poll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One proposed time for a slot: a day with start and end, wall time in Europe/Oslo. */
public record PollOption(UUID id, UUID slotId, LocalDate date, LocalTime startsAt, LocalTime endsAt, boolean chosen) {
}
