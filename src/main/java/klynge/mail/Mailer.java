package klynge.mail;

import java.util.List;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail through the outbox. Never throws for a mail problem: the message is saved
 * and retried; the caller only learns whether it has left already.
 */
@Service
public class Mailer {

	private final MailOutbox outbox;

	private final OutboxSender sender;

	private final CurrentCluster cluster;

	private final SecretBodies secrets;

	Mailer(MailOutbox outbox, OutboxSender sender, CurrentCluster cluster, SecretBodies secrets) {
		this.outbox = outbox;
		this.sender = sender;
		this.cluster = cluster;
		this.secrets = secrets;
	}

	/** The outbox itself, for the tests' marker mail (package-private on purpose). */
	MailOutbox outbox() {
		return outbox;
	}

	/**
	 * Queues a one-off message (an invitation, a password reset). Inside a transaction it
	 * is written with the caller's work and sent after commit by the scheduled sender;
	 * outside one it is sent at once.
	 * @return true if the SMTP server accepted it now (or, inside a transaction, it was
	 * queued); false if it is waiting for a retry
	 */
	public boolean send(MailMessage message) {
		UUID id = outbox
			.enqueue(new OutgoingMail(clusterOrNull(), "message:" + UUID.randomUUID(), message.to(), message.subject(),
					message.text(), List.of()))
			.orElseThrow();
		return sendUnlessInTransaction(id);
	}

	/**
	 * Like {@link #send(MailMessage)}, for a message that carries a secret (an invitation
	 * or reset link) and belongs to the given cluster (the account's, not the request's).
	 * The outbox keeps the text with {@code secret} replaced by {@code placeholder}, so
	 * the outbox page, the export and the audit log never show it; the full text is kept
	 * only encrypted (see SecretBodies).
	 */
	public boolean sendSecret(UUID clusterId, MailMessage message, String secret, String placeholder) {
		UUID id = outbox
			.enqueue(new OutgoingMail(clusterId, "message:" + UUID.randomUUID(), message.to(), message.subject(),
					message.text().replace(secret, placeholder), List.of()), secrets.encrypt(message.text()))
			.orElseThrow();
		return sendUnlessInTransaction(id);
	}

	/**
	 * Queues a mail with attachments whose text carries a secret (a personal link), in
	 * the caller's transaction: the outbox keeps the text with {@code secret} replaced by
	 * {@code placeholder}, the full text only encrypted, as {@link #sendSecret}.
	 * @return false when a message with this idempotency key was queued before
	 */
	public boolean enqueueSecret(OutgoingMail mail, String secret, String placeholder) {
		return outbox
			.enqueue(new OutgoingMail(mail.clusterId(), mail.idempotencyKey(), mail.to(), mail.subject(),
					mail.text().replace(secret, placeholder), mail.attachments()), secrets.encrypt(mail.text()))
			.isPresent();
	}

	private boolean sendUnlessInTransaction(UUID id) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return true;
		}
		return sender.sendNow(id);
	}

	/**
	 * Queues a message in the caller's transaction (a rollback sends nothing).
	 * @return false when a message with this idempotency key was queued before (nothing
	 * is added)
	 */
	public boolean enqueue(OutgoingMail mail) {
		return outbox.enqueue(mail).isPresent();
	}

	private UUID clusterOrNull() {
		try {
			return cluster.id();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
