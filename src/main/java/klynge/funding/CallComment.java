package klynge.funding;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment of a member of the deciding body on a version of a section, given during the
 * comment round.
 */
public record CallComment(UUID id, UUID sectionId, int sectionVersion, String author, String authorName, String text,
		Instant createdAt) {
}
