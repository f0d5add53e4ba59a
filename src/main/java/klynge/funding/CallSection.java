package klynge.funding;

import java.util.UUID;

/**
 * A section of a call's text (heading and body) at its latest version; {@code number} is
 * the latest kept version's number.
 */
public record CallSection(UUID id, UUID callId, int position, String heading, String body, int number, int version) {
}
