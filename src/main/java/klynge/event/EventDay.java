package klynge.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One day of an event's program, with its theme and sessions in time order. */
record EventDay(UUID id, LocalDate day, String theme, List<EventSession> sessions) {
}
