package klynge.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event as another module links to it (a collaboration partner's shared events): its
 * public page is /arrangementer/{slug}. Only events the public may see (not drafts).
 */
public record EventLink(UUID id, String title, String slug, LocalDate firstDay, LocalDate lastDay, boolean cancelled) {

	static EventLink of(Event e, java.time.ZoneId zone) {
		return new EventLink(e.id(), e.title(), e.slug(), e.firstDay(zone), e.lastDay(zone),
				e.status() == EventStatus.CANCELLED);
	}

}
