package klynge.anchoring;

import java.util.Locale;
import java.util.UUID;

import klynge.cluster.Cluster;
import klynge.mail.MailMessage;
import klynge.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The request and reminder mails, in the cluster's language. The personal link is a
 * secret: the outbox keeps the text with "[lenke skjult]" in its place
 * (Mailer.sendSecret), so the outbox page, the export and the audit log never show it.
 */
@Component
class AnchoringMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	AnchoringMails(Mailer mailer, MessageSource messages, @Value("${klynge.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	record Letter(Cluster cluster, String to, String personName, String organisationName, String title, String answerBy,
			String token) {
	}

	void request(Letter letter) {
		send(letter, "anchoring.mail.request");
	}

	void reminder(Letter letter) {
		send(letter, "anchoring.mail.reminder");
	}

	private void send(Letter letter, String key) {
		Locale locale = letter.cluster().locale();
		String link = baseUrl + "/anchoring/link/" + letter.token();
		Object[] args = { letter.cluster().name(), letter.personName(), letter.organisationName(), letter.title(),
				letter.answerBy(), link };
		String subject = messages.getMessage(key + ".subject", args, locale);
		String text = messages.getMessage(key + ".text", args, locale);
		UUID clusterId = letter.cluster().id();
		mailer.sendSecret(clusterId, new MailMessage(letter.to(), subject, text), link,
				messages.getMessage("anchoring.mail.linkHidden", null, locale));
	}

}
