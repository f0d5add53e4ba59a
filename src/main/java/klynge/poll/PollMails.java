package klynge.poll;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.Cluster;
import klynge.mail.MailMessage;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation, the reminder and the "date chosen" mail, in the cluster's language. The
 * personal link is a secret: the outbox keeps the text with "[lenke skjult]" in its place
 * (Mailer.sendSecret), so the outbox page, the export and the audit log never show it.
 */
@Component
class PollMails {

	static final String ANSWER_PATH = "/polls/answer/";

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	PollMails(Mailer mailer, MessageSource messages, @Value("${klynge.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void invitation(Cluster cluster, Poll poll, Invitee to, String token) {
		send(cluster, poll, to, token, "poll.mail.invitation");
	}

	void reminder(Cluster cluster, Poll poll, Invitee to, String token) {
		send(cluster, poll, to, token, "poll.mail.reminder");
	}

	private void send(Cluster cluster, Poll poll, Invitee to, String token, String key) {
		Locale locale = cluster.locale();
		String link = baseUrl + ANSWER_PATH + token;
		String answerBy = poll.answerBy() == null ? ""
				: messages.getMessage("poll.mail.answerBy", new Object[] { day(poll.answerBy(), locale) }, locale);
		Object[] args = { cluster.name(), to.name(), poll.title(), options(poll, locale), answerBy, link };
		String subject = messages.getMessage(key + ".subject", args, locale);
		String text = messages.getMessage(key + ".text", args, locale);
		mailer.sendSecret(cluster.id(), new MailMessage(to.email(), subject, text), link,
				messages.getMessage("poll.mail.linkHidden", null, locale));
	}

	/** One calendar invitation per meeting made and invitee (a retry adds nothing). */
	void chosen(Cluster cluster, Poll poll, PollSlot slot, PollOption option, UUID meetingId, Invitee to, byte[] ics,
			String contentType) {
		Locale locale = cluster.locale();
		Object[] args = { cluster.name(), to.name(), poll.title(), slot.label(), when(option, locale),
				poll.bodyName() == null ? "" : poll.bodyName() };
		mailer.enqueue(new OutgoingMail(cluster.id(), "poll-chosen:" + meetingId + ":" + to.id(), to.email(),
				messages.getMessage("poll.mail.chosen.subject", args, locale),
				messages.getMessage("poll.mail.chosen.text", args, locale),
				List.of(new OutgoingMail.Attachment("invitation.ics", contentType, ics))));
	}

	private String options(Poll poll, Locale locale) {
		return poll.slots()
			.stream()
			.map(slot -> slot.label() + ":\n"
					+ slot.options()
						.stream()
						.map(option -> "  – " + when(option, locale))
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	static String when(PollOption option, Locale locale) {
		return day(option.date(), locale) + " " + option.startsAt() + "–" + option.endsAt();
	}

	static String day(java.time.LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", locale).format(date);
	}

}
