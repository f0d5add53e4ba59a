/**
 * Outgoing e-mail through an outbox. {@link klynge.mail.Mailer} writes each message (with
 * its attachments) into {@code mail_outbox} in the caller's transaction, so a rollback
 * sends nothing; {@link klynge.mail.OutboxSender} claims due rows with
 * {@code for update skip locked} (several instances may run), sends them through SMTP and
 * retries failures with exponential backoff.
 * <p>
 * Delivery is <em>at least once</em>: a crash between the SMTP acceptance and marking the
 * row SENT makes the row's lease expire and the message go out again. The
 * {@code Message-ID} is derived from the idempotency key, so receivers (and their mail
 * clients) can drop such duplicates; and one idempotency key never gives two outbox rows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "shared" })
package klynge.mail;
