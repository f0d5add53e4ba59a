package klynge.strategy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An input to a strategy: what was said, by whom, when, at which meeting item, and the
 * focus area or goal it concerns.
 */
public record StrategyInput(UUID id, UUID strategyId, String text, String givenBy, String organisation,
		LocalDate givenOn, UUID itemId, UUID focusAreaId, UUID goalId, InputStatus status, int version) {
}
