package klynge.funding;

import java.time.Instant;
import java.util.UUID;

/** An attachment of an application, without its bytes. */
public record AttachmentInfo(UUID id, UUID applicationId, String fileName, int sizeBytes, Instant uploadedAt) {
}
