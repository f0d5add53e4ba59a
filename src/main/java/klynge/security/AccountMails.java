package klynge.security;

import klynge.mail.MailMessage;
import klynge.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation and password reset mails, in the account's language (or its cluster's),
 * sent by the account's cluster. The link is a secret: the outbox keeps the text with
 * "[lenke skjult]" in its place (the mail itself has it; see Mailer.sendSecret).
 */
@Component
class AccountMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	AccountMails(Mailer mailer, MessageSource messages, @Value("${klynge.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * @return whether the mail left; the account and its token are saved either way
	 */
	boolean invitation(IssuedToken issued) {
		return send(issued, "mail.invitation", baseUrl + "/invitation/" + issued.token());
	}

	boolean passwordReset(IssuedToken issued) {
		return send(issued, "mail.reset", baseUrl + "/password/reset/" + issued.token());
	}

	private boolean send(IssuedToken issued, String key, String link) {
		Object[] args = { issued.clusterName(), issued.username(), link };
		String subject = messages.getMessage(key + ".subject", args, issued.locale());
		String text = messages.getMessage(key + ".text", args, issued.locale());
		return mailer.sendSecret(issued.clusterId(), new MailMessage(issued.email(), subject, text), link,
				messages.getMessage("mail.linkHidden", null, issued.locale()));
	}

}
