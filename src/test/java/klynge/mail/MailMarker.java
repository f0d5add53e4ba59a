package klynge.mail;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailProxy;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import klynge.shared.Eventually;

/**
 * The positive signal before a "no (further) mail arrived" check: a marker mail queued
 * after everything the test did. The outbox sends the oldest due rows first, so once the
 * marker is in GreenMail, every mail queued before it has been sent too; what has not
 * arrived by then never will.
 */
public final class MailMarker {

	private MailMarker() {
	}

	/**
	 * Queues a marker after what is queued now, sends, and returns once GreenMail has it;
	 * returns its address.
	 */
	public static String sendAndAwait(Mailer mailer, OutboxSender sender, GreenMailProxy greenMail, UUID clusterId) {
		String marker = "marker-" + UUID.randomUUID() + "@example.org";
		if (!mailer.enqueue(new OutgoingMail(clusterId, "marker:" + marker, marker, "marker", "marker", List.of()))) {
			throw new AssertionError("the marker mail was not queued");
		}
		Eventually.until("the marker mail " + marker, () -> {
			sender.sendDue();
			return Arrays.stream(greenMail.getReceivedMessages()).anyMatch(mail -> to(mail).equals(marker));
		});
		// The scheduled sender may hold older rows (SENDING, skipped by the claim above)
		// while
		// the marker overtakes them: wait until it has finished them too.
		MailOutbox outbox = mailer.outbox();
		OffsetDateTime markedAt = outbox.byKey("marker:" + marker).orElseThrow().createdAt();
		Eventually.until("the mails queued before the marker " + marker, () -> outbox.list(clusterId, 10_000)
			.stream()
			.noneMatch(entry -> entry.status() == OutboxStatus.SENDING && !entry.createdAt().isAfter(markedAt)));
		return marker;
	}

	/**
	 * Every mail GreenMail has received once all queued so far has been sent, the marker
	 * left out.
	 */
	public static List<MimeMessage> allSentSoFar(Mailer mailer, OutboxSender sender, GreenMailProxy greenMail,
			UUID clusterId) {
		String marker = sendAndAwait(mailer, sender, greenMail, clusterId);
		return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> !to(mail).equals(marker)).toList();
	}

	/** The first To address of a mail, or "" if it has none. */
	public static String to(Message mail) {
		try {
			var to = mail.getRecipients(Message.RecipientType.TO);
			return to == null || to.length == 0 ? "" : to[0].toString();
		}
		catch (MessagingException ex) {
			return "";
		}
	}

}
