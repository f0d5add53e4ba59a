package klynge.strategy;

import java.util.UUID;

/** A goal of a focus area, in its order, optionally owned by a body. */
public record Goal(UUID id, UUID focusAreaId, int position, String text, UUID ownerBodyId, int version) {
}
