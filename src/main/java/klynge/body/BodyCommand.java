package klynge.body;

import java.time.LocalDate;
import java.util.UUID;

/** What an editor gives to create or change a body. */
record BodyCommand(BodyType type, String name, LocalDate establishedOn, LocalDate dissolvedOn, String mandate,
		UUID predecessorId, Integer sortOrder) {
}
