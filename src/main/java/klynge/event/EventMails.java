package klynge.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The participant's mails: the confirmation (a place, or a place on the waiting list) and
 * the promotion from the waiting list, each with the event as iCalendar and the personal
 * cancellation link. The link is a secret: the outbox keeps the text with a placeholder
 * in its place (Mailer.enqueueSecret). Queued in the caller's transaction.
 */
@Component
class EventMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	EventMails(Mailer mailer, MessageSource messages, @Value("${klynge.base-url}") String baseUrl,
			@Value("${klynge.mail.from:klynge@localhost}") String from) {
		this.mailer = mailer;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String pageUrl(Event event) {
		return baseUrl + "/arrangementer/" + event.slug();
	}

	/** The mail after registering: a place, or the waiting list with its position. */
	void registered(UUID clusterId, ZoneId zone, Event event, UUID registrationId, String name, String email,
			RegistrationStatus status, int waitingRank, String token, Locale locale) {
		String key = status == RegistrationStatus.WAITING ? "event.mail.waiting" : "event.mail.confirmed";
		send(clusterId, zone, event, "event-registration:" + registrationId + ":registered", name, email, key,
				waitingRank, token, locale);
	}

	/** The mail to the one who got a place that someone else gave up. */
	void promoted(UUID clusterId, ZoneId zone, Event event, UUID registrationId, String name, String email,
			String token, Locale locale) {
		send(clusterId, zone, event, "event-registration:" + registrationId + ":promoted", name, email,
				"event.mail.promoted", 0, token, locale);
	}

	/**
	 * The mail to a registrant (with a place or waiting) when staff cancel the event,
	 * with an iCalendar CANCEL that takes the event out of the calendar. Once per
	 * registration.
	 */
	void eventCancelled(UUID clusterId, ZoneId zone, Event event, UUID registrationId, String name, String email,
			Locale locale) {
		String when = EventTexts.period(event, zone, locale);
		Object[] args = { name, event.title(), when, event.place() == null ? "" : event.place(), pageUrl(event) };
		String subject = messages.getMessage("event.mail.eventCancelled.subject", args, locale);
		String text = messages.getMessage("event.mail.eventCancelled.text", args, locale);
		byte[] ics = EventCalendar.cancel(event, zone, pageUrl(event), from, email, Instant.now());
		mailer.enqueue(new OutgoingMail(clusterId, "event-registration:" + registrationId + ":event-cancelled", email,
				subject, text,
				List.of(new OutgoingMail.Attachment("avlyst.ics", EventCalendar.CANCEL_CONTENT_TYPE, ics))));
	}

	private void send(UUID clusterId, ZoneId zone, Event event, String idempotencyKey, String name, String email,
			String key, int waitingRank, String token, Locale locale) {
		String link = baseUrl + "/arrangementer/avmelding/" + token;
		String when = EventTexts.period(event, zone, locale);
		Object[] args = { name, event.title(), when, event.place() == null ? "" : event.place(), pageUrl(event), link,
				waitingRank };
		String subject = messages.getMessage(key + ".subject", args, locale);
		String text = messages.getMessage(key + ".text", args, locale);
		byte[] ics = EventCalendar.ics(event, zone, pageUrl(event), from, Instant.now());
		mailer.enqueueSecret(
				new OutgoingMail(clusterId, idempotencyKey, email, subject, text,
						List.of(new OutgoingMail.Attachment("arrangement.ics", EventCalendar.CONTENT_TYPE, ics))),
				link, messages.getMessage("event.mail.linkHidden", null, locale));
	}

}
