package klynge.body;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an editor gives to create or change a body; a null {@code observersSeeExempt}
 * keeps the setting.
 */
record BodyCommand(BodyType type, String name, LocalDate establishedOn, LocalDate dissolvedOn, String mandate,
		UUID predecessorId, Integer sortOrder, Boolean observersSeeExempt) {
}
