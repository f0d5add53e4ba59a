package klynge.budget;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A year's budget; adopted once an alternative is chosen by a vedtak (then locked except
 * through a revision).
 */
public record Budget(UUID id, int year, String title, Sharing sharing, UUID adoptedAlternativeId, UUID adoptedItemId,
		String conditions, OffsetDateTime adoptedAt, String adoptedBy, int version) {

	public boolean adopted() {
		return adoptedAlternativeId != null;
	}

}
