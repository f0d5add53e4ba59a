package klynge.funding;

import java.util.UUID;

/** An assessment criterion of a call with its weight in per cent. */
public record Criterion(UUID id, UUID callId, int position, String name, String description, int weight, int version) {
}
