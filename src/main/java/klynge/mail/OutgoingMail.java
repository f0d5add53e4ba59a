package klynge.mail;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A message for the outbox.
 *
 * @param clusterId the cluster it belongs to (shown on that cluster's outbox page)
 * @param idempotencyKey one event gives one message per recipient: e.g.
 * {@code summons:<meeting>:<sequence>:<person>}
 */
public record OutgoingMail(UUID clusterId, String idempotencyKey, String to, String subject, String text,
		List<Attachment> attachments) {

	public OutgoingMail {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(to, "to");
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public record Attachment(String fileName, String contentType, byte[] content) {
	}
}
