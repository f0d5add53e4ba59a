package klynge.funding;

import java.time.Instant;
import java.util.UUID;

/** One kept version of a section's text, numbered from 1. */
public record SectionVersion(UUID id, UUID sectionId, int number, String heading, String body, Instant createdAt,
		String createdBy) {
}
