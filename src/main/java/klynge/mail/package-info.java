/**
 * Outgoing e-mail. {@link klynge.mail.Mailer} sends plain-text messages through SMTP when
 * {@code spring.mail.host} is configured; without it (the dev/demo run) it logs and reports
 * that nothing was sent. Kept small so an outbox with retries can later sit behind it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package klynge.mail;
