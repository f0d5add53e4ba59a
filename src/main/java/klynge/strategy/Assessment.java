package klynge.strategy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One dated traffic-light assessment of a goal, with its comment and assessor. */
public record Assessment(UUID id, UUID goalId, LocalDate assessedOn, Light light, String comment, String assessedBy,
		OffsetDateTime createdAt) {
}
