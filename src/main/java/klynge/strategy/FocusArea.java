package klynge.strategy;

import java.util.UUID;

/** A focus area of a strategy (satsingsområde), in its order. */
public record FocusArea(UUID id, UUID strategyId, int position, String name, String description) {
}
