package klynge.mail;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the outbox page. */
public record OutboxEntry(UUID id, String idempotencyKey, String recipient, String subject, OutboxStatus status,
		int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

	public boolean retryable() {
		return status == OutboxStatus.FAILED || status == OutboxStatus.QUEUED;
	}
}
