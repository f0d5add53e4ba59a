package klynge.casefile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something another module proposes for a body's next agenda, e.g. an open follow-up owned by the
 * body. {@code sourceItemId} is the item it came from; {@code key} identifies it within its source.
 */
public record BacklogCandidate(String source, UUID key, String title, String description, UUID sourceItemId,
		LocalDate due) {
}
