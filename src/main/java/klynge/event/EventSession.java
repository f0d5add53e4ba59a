package klynge.event;

import java.time.LocalTime;
import java.util.UUID;

/** A session of a day: when, what, where and who speaks (free text, one line each). */
record EventSession(UUID id, UUID dayId, LocalTime startsAt, LocalTime endsAt, String title, String room,
		String speakers) {
}
