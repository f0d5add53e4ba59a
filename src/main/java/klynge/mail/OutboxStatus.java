package klynge.mail;

/**
 * QUEUED → SENDING (claimed, with a lease) → SENT, or back to QUEUED with backoff,
 * finally FAILED.
 */
public enum OutboxStatus {

	QUEUED, SENDING, SENT, FAILED;

	public String messageKey() {
		return "notification.outbox.status." + name();
	}

}
