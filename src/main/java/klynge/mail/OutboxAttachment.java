package klynge.mail;

import java.util.UUID;

/** An attachment of an outbox mail as the outbox page lists it: name, type and size. */
public record OutboxAttachment(UUID id, UUID mailId, String fileName, String contentType, long size) {

	/** The size in whole kilobytes, rounded up (a small file is "1 kB", not "0 kB"). */
	public long kilobytes() {
		return (size + 1023) / 1024;
	}

}
