package klynge.ideabank;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The receipt for a submission, with the personal status link. The link is a secret: the
 * outbox keeps the text with a placeholder in its place. Queued in the caller's
 * transaction.
 */
@Component
class IdeaBankMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	IdeaBankMails(Mailer mailer, MessageSource messages, @Value("${klynge.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void received(UUID clusterId, UUID submissionId, String name, String email, String title, String event,
			String token, Locale locale) {
		String link = baseUrl + "/idebank/status/" + token;
		Object[] args = { name, title, event, link };
		mailer.enqueueSecret(
				new OutgoingMail(clusterId, "ideabank-submission:" + submissionId + ":received", email,
						messages.getMessage("ideabank.mail.received.subject", args, locale),
						messages.getMessage("ideabank.mail.received.text", args, locale), List.of()),
				link, messages.getMessage("ideabank.mail.linkHidden", null, locale));
	}

}
