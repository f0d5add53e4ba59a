package klynge.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Runs every {@code klynge.mail.outbox.poll-delay}; claims
 * rows with a lease so that several instances (or threads) never send one row at the same
 * time.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> smtp;

	private final OutboxProperties properties;

	private final String from;

	private final SecretBodies secrets;

	OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> smtp, OutboxProperties properties,
			SecretBodies secrets, @Value("${klynge.mail.from:klynge@localhost}") String from) {
		this.outbox = outbox;
		this.secrets = secrets;
		this.smtp = smtp;
		this.properties = properties;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${klynge.mail.outbox.poll-delay:2s}",
			initialDelayString = "${klynge.mail.outbox.poll-delay:2s}")
	void poll() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox run failed, will try again: {}", ex.getMessage());
		}
	}

	/** Sends every due message once. @return how many were accepted by the SMTP server */
	public int sendDue() {
		int sent = 0;
		List<MailOutbox.Claimed> claimed;
		do {
			claimed = outbox.claimDue(properties.batchSize(), properties.lease());
			for (MailOutbox.Claimed mail : claimed) {
				if (deliver(mail)) {
					sent++;
				}
			}
		}
		while (claimed.size() == properties.batchSize());
		return sent;
	}

	/** Sends one just queued message now, if nobody else has it. */
	boolean sendNow(UUID id) {
		return outbox.claim(id, properties.lease()).map(this::deliver).orElse(false);
	}

	private boolean deliver(MailOutbox.Claimed mail) {
		JavaMailSender sender = smtp.getIfAvailable();
		try {
			if (sender == null) {
				throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
			}
			sender.send(message(sender, mail));
			outbox.markSent(mail.id());
			log.info("E-mail sent to {} with subject \"{}\"", mail.recipient(), mail.subject());
			return true;
		}
		catch (MailException | MessagingException | IllegalStateException ex) {
			boolean last = mail.attempts() >= properties.maxAttempts();
			outbox.markFailed(mail.id(), ex.getMessage(), last, properties.backoffAfter(mail.attempts()));
			log.warn("E-mail to {} with subject \"{}\" failed (attempt {}{}): {}", mail.recipient(), mail.subject(),
					mail.attempts(), last ? ", giving up" : "", ex.getMessage());
			return false;
		}
	}

	private MimeMessage message(JavaMailSender sender, MailOutbox.Claimed mail) throws MessagingException {
		String messageId = messageId(mail.idempotencyKey());
		MimeMessage mime = sender instanceof JavaMailSenderImpl impl ? new MimeMessage(impl.getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		} : sender.createMimeMessage();
		List<OutgoingMail.Attachment> attachments = outbox.attachments(mail.id());
		MimeMessageHelper helper = new MimeMessageHelper(mime, !attachments.isEmpty(), "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.secretBody() == null ? mail.body() : secrets.decrypt(mail.secretBody())
			.orElseThrow(() -> new IllegalStateException(
					"The link in this mail was made before Klynge restarted and cannot be sent; ask for a new link.")));
		for (OutgoingMail.Attachment attachment : attachments) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		mime.setHeader("Message-ID", messageId);
		return mime;
	}

	/**
	 * The same key always gives the same Message-ID, so a message sent twice can be
	 * recognised.
	 */
	static String messageId(String idempotencyKey) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@klynge>";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
