package klynge.body;

import java.time.LocalDate;
import java.util.UUID;

/** A body as other modules see it, with its current name. */
public record BodySummary(UUID id, BodyType type, String name, LocalDate establishedOn, LocalDate dissolvedOn,
		UUID predecessorId, int sortOrder) {
}
