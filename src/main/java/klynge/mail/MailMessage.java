package klynge.mail;

/** A plain-text e-mail to one recipient. */
public record MailMessage(String to, String subject, String text) {
}
