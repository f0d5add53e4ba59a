package klynge.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table: queueing, claiming with a lease, and the outcome of each attempt. */
@Repository
public class MailOutbox {

	private static final String COLUMNS = """
			id, idempotency_key, recipient, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at""";

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A claimed message, ready to go to SMTP. */
	record Claimed(UUID id, String idempotencyKey, String recipient, String subject, String body, byte[] secretBody,
			int attempts) {
	}

	/**
	 * Inserts in the caller's transaction (joins it when there is one).
	 * @return the new row's id, or empty when a message with this idempotency key already
	 * exists
	 */
	@Transactional
	public Optional<UUID> enqueue(OutgoingMail mail) {
		return enqueue(mail, null);
	}

	/**
	 * @param secretBody the full text, encrypted by {@link SecretBodies}, when
	 * {@code mail.text()} is redacted
	 */
	@Transactional
	Optional<UUID> enqueue(OutgoingMail mail, byte[] secretBody) {
		Optional<UUID> id = jdbc.sql("""
				insert into mail_outbox (cluster_id, idempotency_key, recipient, subject, body, secret_body)
				values (?, ?, ?, ?, ?, ?)
				on conflict (idempotency_key) do nothing
				returning id""")
			.params(mail.clusterId(), mail.idempotencyKey(), mail.to(), mail.subject(), mail.text(), secretBody)
			.query(UUID.class)
			.optional();
		id.ifPresent(mailId -> {
			int position = 0;
			for (OutgoingMail.Attachment attachment : mail.attachments()) {
				jdbc.sql("""
						insert into mail_attachment (cluster_id, mail_id, position, file_name, content_type, content)
						values (?, ?, ?, ?, ?, ?)""")
					.params(mail.clusterId(), mailId, position++, attachment.fileName(), attachment.contentType(),
							attachment.content())
					.update();
			}
		});
		return id;
	}

	public List<OutboxEntry> list(UUID clusterId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from mail_outbox where cluster_id = ? order by created_at desc limit ?")
			.params(clusterId, limit)
			.query(OutboxEntry.class)
			.list();
	}

	/** Messages that gave up (FAILED), newest first: for the secretariat's start page. */
	public List<OutboxEntry> failed(UUID clusterId, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from mail_outbox where cluster_id = ? and status = 'FAILED' order by created_at desc limit ?")
			.params(clusterId, limit)
			.query(OutboxEntry.class)
			.list();
	}

	public OutboxEntry get(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from mail_outbox where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(OutboxEntry.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("mail", id));
	}

	/**
	 * The readable text of a mail of the cluster (secret links are kept only encrypted
	 * and never in it).
	 */
	public String body(UUID clusterId, UUID id) {
		return jdbc.sql("select body from mail_outbox where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("mail", id));
	}

	/** The readable texts of some mails of the cluster, by id. */
	public java.util.Map<UUID, String> bodies(UUID clusterId, java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> bodies = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, body from mail_outbox where cluster_id = ? and id = any(?)")
				.params(clusterId, ids.toArray(UUID[]::new))
				.query((rs, n) -> bodies.put(rs.getObject(1, UUID.class), rs.getString(2)))
				.list();
		}
		return bodies;
	}

	/** The attachments of some mails of the cluster, without their content. */
	public List<OutboxAttachment> attachments(UUID clusterId, java.util.Collection<UUID> mailIds) {
		if (mailIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id, a.mail_id, a.file_name, a.content_type, octet_length(a.content) as size
				from mail_attachment a join mail_outbox m on m.id = a.mail_id
				where m.cluster_id = ? and a.mail_id = any(?) order by a.mail_id, a.position""")
			.params(clusterId, mailIds.toArray(UUID[]::new))
			.query(OutboxAttachment.class)
			.list();
	}

	/** One attachment of a mail of the cluster, with its content. */
	public OutgoingMail.Attachment attachment(UUID clusterId, UUID mailId, UUID attachmentId) {
		return jdbc
			.sql("""
					select a.file_name, a.content_type, a.content from mail_attachment a join mail_outbox m on m.id = a.mail_id
					where m.cluster_id = ? and a.mail_id = ? and a.id = ?""")
			.params(clusterId, mailId, attachmentId)
			.query((rs, n) -> new OutgoingMail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
	}

	public Optional<OutboxEntry> byKey(String idempotencyKey) {
		return jdbc.sql("select " + COLUMNS + " from mail_outbox where idempotency_key = ?")
			.param(idempotencyKey)
			.query(OutboxEntry.class)
			.optional();
	}

	/** Queues a failed (or waiting) message again now, with a fresh count of attempts. */
	@Transactional
	public void retry(UUID clusterId, UUID id) {
		int updated = jdbc.sql("""
				update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = now()
				where cluster_id = ? and id = ? and status in ('QUEUED', 'FAILED')""").params(clusterId, id).update();
		if (updated == 0) {
			get(clusterId, id); // 404 when it is not ours; otherwise it is being sent or
								// sent already
		}
	}

	/**
	 * Claims due messages: QUEUED ones whose time has come and SENDING ones whose lease
	 * expired (the instance that claimed them died). Rows another instance holds are
	 * skipped.
	 */
	@Transactional
	List<Claimed> claimDue(int limit, Duration lease) {
		return jdbc.sql("""
				update mail_outbox set status = 'SENDING', attempts = attempts + 1,
				       next_attempt_at = now() + make_interval(secs => ?)
				where id in (select id from mail_outbox
				             where status in ('QUEUED', 'SENDING') and next_attempt_at <= now()
				             order by next_attempt_at limit ? for update skip locked)
				returning id, idempotency_key, recipient, subject, body, secret_body, attempts""")
			.params(lease.toSeconds(), limit)
			.query(Claimed.class)
			.list();
	}

	/** Claims one QUEUED message right away (Mailer.send outside a transaction). */
	@Transactional
	Optional<Claimed> claim(UUID id, Duration lease) {
		return jdbc.sql("""
				update mail_outbox set status = 'SENDING', attempts = attempts + 1,
				       next_attempt_at = now() + make_interval(secs => ?)
				where id in (select id from mail_outbox where id = ? and status = 'QUEUED' for update skip locked)
				returning id, idempotency_key, recipient, subject, body, secret_body, attempts""")
			.params(lease.toSeconds(), id)
			.query(Claimed.class)
			.optional();
	}

	List<OutgoingMail.Attachment> attachments(UUID mailId) {
		return jdbc
			.sql("select file_name, content_type, content from mail_attachment where mail_id = ? order by position")
			.param(mailId)
			.query(OutgoingMail.Attachment.class)
			.list();
	}

	@Transactional
	void markSent(UUID id) {
		// A secret text is needed no longer once the mail has left.
		jdbc.sql("""
				update mail_outbox set status = 'SENT', sent_at = now(), last_error = null, secret_body = null
				where id = ? and status = 'SENDING'""").param(id).update();
	}

	@Transactional
	void markFailed(UUID id, String error, boolean finalFailure, Duration backoff) {
		String message = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
		jdbc.sql("""
				update mail_outbox set status = ?, last_error = ?, next_attempt_at = ?
				where id = ? and status = 'SENDING'""")
			.params(finalFailure ? "FAILED" : "QUEUED", message, Timestamp.from(Instant.now().plus(backoff)), id)
			.update();
	}

}
