package klynge.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.followup.FollowUpView;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingChanged;
import klynge.meeting.MeetingView;
import klynge.meeting.MeetingViews;
import klynge.meeting.MeetingSummoned;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.minutes.MinutesSentForComments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails that follow a meeting: summons, change and cancel notices, minutes for comments.
 * <p>
 * Listeners are {@link ApplicationModuleListener}s: they run after the meeting's transaction
 * committed, in their own transaction, and the JDBC event publication registry retries one that
 * failed. A retry cannot send twice: every message has an idempotency key
 * ({@code summons:<meeting>:<sequence>:<person>}), and the outbox keeps one row per key.
 * Texts quote the public view of the agenda (exempt items by public title and legal basis);
 * so is the summons PDF ({@link #MAIL_AUDIENCE}).
 */
@Component
class MeetingMails {

	static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=";

	/**
	 * Who the attached summons PDF is made for: e-mail leaves the system, so it carries what a
	 * logged-in reader outside the body sees (exempt items by public title and legal basis), the
	 * same for every recipient and made once per summons. Members read the rest on the meeting page.
	 */
	static final Viewer MAIL_AUDIENCE = new Viewer(null, false, false, true);

	private final Mailer mailer;

	private final Meetings meetings;

	private final MeetingViews pages;

	private final MeetingCalendar calendar;

	private final NotificationQueries queries;

	private final MessageSource messages;

	private final ObjectProvider<SummonsPdfSource> pdfs;

	private final String baseUrl;

	MeetingMails(Mailer mailer, Meetings meetings, MeetingViews pages, MeetingCalendar calendar,
			NotificationQueries queries, MessageSource messages, ObjectProvider<SummonsPdfSource> pdfs,
			@Value("${klynge.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.meetings = meetings;
		this.pages = pages;
		this.calendar = calendar;
		this.queries = queries;
		this.messages = messages;
		this.pdfs = pdfs;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(MeetingSummoned event) {
		ClusterScope.run(event.clusterId(), () -> summons(event.clusterId(), event.meetingId()));
	}

	@ApplicationModuleListener
	void on(MeetingChanged event) {
		ClusterScope.run(event.clusterId(), () -> changed(event));
	}

	@ApplicationModuleListener
	void on(MinutesSentForComments event) {
		ClusterScope.run(event.clusterId(), () -> minutesForComments(event));
	}

	void summons(UUID clusterId, UUID meetingId) {
		MeetingView page = pages.of(meetingId);
		Meeting meeting = page.meeting();
		int sequence = calendar.sequence(meetingId);
		byte[] ics = calendar.invitation(meetingId).getBytes(StandardCharsets.UTF_8);
		List<NotificationQueries.Recipient> recipients = queries.summoned(clusterId, meetingId);
		SummonsPdfSource source = pdfs.getIfAvailable();
		byte[] pdf = recipients.isEmpty() || source == null ? null : source.summonsPdf(meetingId, MAIL_AUDIENCE).orElse(null);
		for (NotificationQueries.Recipient to : recipients) {
			Locale locale = to.locale();
			List<OutgoingMail.Attachment> attachments = new ArrayList<>();
			if (pdf != null) {
				attachments.add(new OutgoingMail.Attachment(text("notification.file.summons", locale) + ".pdf",
						"application/pdf", pdf));
			}
			attachments.add(new OutgoingMail.Attachment("invitation.ics", ICS_TYPE + "REQUEST", ics));
			Object[] args = { to.name(), page.bodyName(), date(meeting.meetingDate(), locale), time(meeting),
					place(meeting, locale), agenda(page), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(clusterId, "summons:" + meetingId + ":" + sequence + ":" + to.personId(),
					to.email(), text("notification.summons.subject", locale, args), text("notification.summons.text", locale, args),
					attachments));
		}
	}

	void changed(MeetingChanged event) {
		UUID meetingId = event.meetingId();
		MeetingView page = pages.of(meetingId);
		Meeting meeting = page.meeting();
		int sequence = calendar.sequence(meetingId);
		byte[] ics = calendar.invitation(meetingId).getBytes(StandardCharsets.UTF_8);
		String kind = event.cancelled() ? "cancelled" : "changed";
		for (NotificationQueries.Recipient to : queries.summoned(event.clusterId(), meetingId)) {
			Locale locale = to.locale();
			Object[] args = { to.name(), page.bodyName(), date(meeting.meetingDate(), locale), time(meeting),
					place(meeting, locale), event.reason() == null ? "" : event.reason(), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(event.clusterId(), kind + ":" + meetingId + ":" + sequence + ":" + to.personId(),
					to.email(), text("notification." + kind + ".subject", locale, args),
					text("notification." + kind + ".text", locale, args),
					List.of(new OutgoingMail.Attachment("invitation.ics",
							ICS_TYPE + (event.cancelled() ? "CANCEL" : "REQUEST"), ics))));
		}
	}

	void minutesForComments(MinutesSentForComments event) {
		UUID meetingId = event.meetingId();
		Meeting meeting = meetings.meeting(meetingId);
		String body = meetings.bodyName(meeting);
		for (NotificationQueries.Recipient to : queries.summoned(event.clusterId(), meetingId)) {
			Locale locale = to.locale();
			Object[] args = { to.name(), body, date(meeting.meetingDate(), locale),
					event.deadline() == null ? "" : date(event.deadline(), locale), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(event.clusterId(),
					"minutes-comments:" + event.minutesId() + ":" + event.deadline() + ":" + to.personId(), to.email(),
					text("notification.comments.subject", locale, args), text("notification.comments.text", locale, args),
					List.of()));
		}
	}

	/** A reminder of a summoned meeting, once per meeting, date and person. */
	void reminder(UUID clusterId, UUID meetingId) {
		MeetingView page = pages.of(meetingId);
		Meeting meeting = page.meeting();
		byte[] ics = calendar.invitation(meetingId).getBytes(StandardCharsets.UTF_8);
		for (NotificationQueries.Recipient to : queries.summoned(clusterId, meetingId)) {
			Locale locale = to.locale();
			Object[] args = { to.name(), page.bodyName(), date(meeting.meetingDate(), locale), time(meeting),
					place(meeting, locale), agenda(page), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(clusterId,
					"reminder:" + meetingId + ":" + meeting.meetingDate() + ":" + to.personId(), to.email(),
					text("notification.reminder.subject", locale, args), text("notification.reminder.text", locale, args),
					List.of(new OutgoingMail.Attachment("invitation.ics", ICS_TYPE + "REQUEST", ics))));
		}
	}

	/** A reminder to the owner of a follow-up due soon, once per follow-up, due date and person. */
	void followUpDue(UUID clusterId, FollowUpView followUp) {
		queries.person(clusterId, followUp.ownerPersonId()).ifPresent(to -> {
			Locale locale = to.locale();
			Object[] args = { to.name(), followUp.description(), date(followUp.dueOn(), locale), baseUrl + "/followups/mine",
					followUp.caseLabel(), followUp.itemTitle(), date(followUp.meetingDate(), locale),
					pageUrl(followUp.meetingId()) + (followUp.anchor().isEmpty() ? "" : "#" + followUp.anchor()) };
			mailer.enqueue(new OutgoingMail(clusterId,
					"followup-due:" + followUp.id() + ":" + followUp.dueOn() + ":" + to.personId(), to.email(),
					text("notification.followup.subject", locale, args), text("notification.followup.text", locale, args),
					List.of()));
		});
	}

	private String agenda(MeetingView page) {
		StringBuilder lines = new StringBuilder();
		for (MeetingView.Item item : page.items()) {
			lines.append("  ").append(item.label()).append("  ").append(item.title());
			if (item.placeholder() && item.item().exemptionBasis() != null) {
				lines.append(" (").append(item.item().exemptionBasis()).append(')');
			}
			lines.append('\n');
		}
		return lines.toString().stripTrailing();
	}

	private String pageUrl(UUID meetingId) {
		return baseUrl + "/meetings/" + meetingId;
	}

	private String place(Meeting meeting, Locale locale) {
		String place = meeting.place();
		if (meeting.online()) {
			place = (place.isEmpty() ? "" : place + " / ") + meeting.onlineUrl();
		}
		return place.isEmpty() ? text("notification.place.unknown", locale) : place;
	}

	private static String time(Meeting meeting) {
		if (meeting.startsAt() == null) {
			return "";
		}
		return meeting.startsAt() + (meeting.endsAt() == null ? "" : "–" + meeting.endsAt());
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d.M.yyyy", locale).format(date);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
