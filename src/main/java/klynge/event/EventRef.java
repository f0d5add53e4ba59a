package klynge.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event as other modules see it (the idea bank's call for presentations): which event,
 * its page and its days, in the cluster's zone.
 */
public record EventRef(UUID id, String title, String slug, OffsetDateTime startsAt, OffsetDateTime endsAt,
		LocalDate firstDay, LocalDate lastDay, boolean published) {

	static EventRef of(Event e, java.time.ZoneId zone) {
		return new EventRef(e.id(), e.title(), e.slug(), e.startsAt(), e.endsAt(), e.firstDay(zone), e.lastDay(zone),
				e.status() == EventStatus.PUBLISHED);
	}

	/** The year the event starts in. */
	public int year() {
		return firstDay.getYear();
	}

}
