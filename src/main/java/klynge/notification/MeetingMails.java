package klynge.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.followup.FollowUpView;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import klynge.meeting.Access;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingAccess;
import klynge.meeting.MeetingChanged;
import klynge.meeting.MeetingHistoryEntry;
import klynge.meeting.MeetingView;
import klynge.meeting.MeetingViews;
import klynge.meeting.MeetingStatus;
import klynge.meeting.MeetingSummoned;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.minutes.MinutesApproved;
import klynge.minutes.MinutesSentForComments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails that follow a meeting: summons, change and cancel notices, minutes for
 * comments and their approval.
 * <p>
 * Listeners are {@link ApplicationModuleListener}s: they run after the meeting's
 * transaction committed, in their own transaction, and the JDBC event publication
 * registry retries one that failed. A retry cannot send twice: every message has an
 * idempotency key ({@code summons:<meeting>:<sequence>:<person>}), and the outbox keeps
 * one row per key.
 * <p>
 * Who is written to: the summons, reminders and change notices go to those summoned, and
 * only once the summons is out (a meeting cancelled while still planned was never
 * announced); the minutes for comments to those who took part (the deputy who came, not
 * the member who sent apologies); the approval to everyone on the body.
 * <p>
 * What each one reads: the agenda in the text, the summons PDF and the calendar file are
 * made for the recipient as the meeting module sees them ({@link MeetingAccess}): the
 * body's members get members-only items and the exempt items their seat allows, others
 * the public version (exempt items by public title and legal basis).
 */
@Component
class MeetingMails {

	static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=";

	private final Mailer mailer;

	private final Meetings meetings;

	private final MeetingViews pages;

	private final MeetingAccess access;

	private final MeetingCalendar calendar;

	private final NotificationQueries queries;

	private final MessageSource messages;

	private final ObjectProvider<SummonsPdfSource> pdfs;

	private final String baseUrl;

	MeetingMails(Mailer mailer, Meetings meetings, MeetingViews pages, MeetingAccess access, MeetingCalendar calendar,
			NotificationQueries queries, MessageSource messages, ObjectProvider<SummonsPdfSource> pdfs,
			@Value("${klynge.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.meetings = meetings;
		this.pages = pages;
		this.access = access;
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

	@ApplicationModuleListener
	void on(MinutesApproved event) {
		ClusterScope.run(event.clusterId(), () -> minutesApproved(event));
	}

	/**
	 * The meeting as the person reads it: the meeting module's rule, for them rather than
	 * the current user.
	 */
	private Viewer viewerOf(UUID clusterId, Meeting meeting, NotificationQueries.Recipient to) {
		return access.viewerOf(to.personId(), queries.isStaff(clusterId, to.personId()), meeting.bodyId(),
				meeting.meetingDate());
	}

	/** The calendar file mailed to the person, naming them as attendee. */
	private byte[] invitation(UUID meetingId, Viewer viewer, NotificationQueries.Recipient to) {
		return calendar.invitation(meetingId, viewer, new IcsWriter.Addressee(to.email(), to.name()))
			.getBytes(StandardCharsets.UTF_8);
	}

	void summons(UUID clusterId, UUID meetingId) {
		Meeting meeting = meetings.meeting(meetingId);
		int sequence = calendar.sequence(meetingId);
		SummonsPdfSource source = pdfs.getIfAvailable();
		// the PDF shows what the reader's standing allows, not who they are: one per
		// standing, not per person
		Map<Viewer, Optional<byte[]>> pdfByStanding = new HashMap<>();
		Map<Viewer, MeetingView> viewByStanding = new HashMap<>();
		for (NotificationQueries.Recipient to : queries.summoned(clusterId, meetingId)) {
			Locale locale = to.locale();
			Viewer viewer = viewerOf(clusterId, meeting, to);
			MeetingView page = view(meetingId, viewer, viewByStanding);
			byte[] pdf = source == null ? null
					: pdfByStanding
						.computeIfAbsent(standing(viewer), standing -> source.summonsPdf(meetingId, standing))
						.orElse(null);
			List<OutgoingMail.Attachment> attachments = new ArrayList<>();
			if (pdf != null) {
				attachments.add(new OutgoingMail.Attachment(text("notification.file.summons", locale) + ".pdf",
						"application/pdf", pdf));
			}
			attachments.add(new OutgoingMail.Attachment("invitation.ics", ICS_TYPE + "REQUEST",
					invitation(meetingId, viewer, to)));
			Object[] args = { to.name(), page.bodyName(), date(meeting.meetingDate(), locale), time(meeting),
					place(meeting, locale), agenda(page), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(clusterId, "summons:" + meetingId + ":" + sequence + ":" + to.personId(),
					to.email(), text("notification.summons.subject", locale, args),
					text("notification.summons.text", locale, args), attachments));
		}
	}

	void changed(MeetingChanged event) {
		UUID meetingId = event.meetingId();
		Meeting meeting = meetings.meeting(meetingId);
		if (!summonsSent(meetings.history(meetingId))) {
			return; // nobody was told of the meeting, so nobody is told of its change or
					// cancellation
		}
		int sequence = calendar.sequence(meetingId);
		String kind = event.cancelled() ? "cancelled" : "changed";
		String bodyName = meetings.bodyName(meeting);
		for (NotificationQueries.Recipient to : queries.summoned(event.clusterId(), meetingId)) {
			Locale locale = to.locale();
			byte[] ics = invitation(meetingId, viewerOf(event.clusterId(), meeting, to), to);
			Object[] args = { to.name(), bodyName, date(meeting.meetingDate(), locale), time(meeting),
					place(meeting, locale), event.reason() == null ? "" : event.reason(), pageUrl(meetingId) };
			mailer.enqueue(
					new OutgoingMail(event.clusterId(), kind + ":" + meetingId + ":" + sequence + ":" + to.personId(),
							to.email(), text("notification." + kind + ".subject", locale, args),
							text("notification." + kind + ".text", locale, args),
							List.of(new OutgoingMail.Attachment("invitation.ics",
									ICS_TYPE + (event.cancelled() ? "CANCEL" : "REQUEST"), ics))));
		}
	}

	/**
	 * Whether the summons of the meeting went out: it was moved to SUMMONED (a meeting
	 * summoned and then cancelled has SUMMONED as the cancellation's from-status too).
	 */
	static boolean summonsSent(List<MeetingHistoryEntry> history) {
		return history.stream()
			.anyMatch(entry -> entry.toStatus() == MeetingStatus.SUMMONED
					|| entry.fromStatus() == MeetingStatus.SUMMONED);
	}

	void minutesForComments(MinutesSentForComments event) {
		UUID meetingId = event.meetingId();
		Meeting meeting = meetings.meeting(meetingId);
		String body = meetings.bodyName(meeting);
		for (NotificationQueries.Recipient to : queries.attended(event.clusterId(), meetingId)) {
			Locale locale = to.locale();
			Object[] args = { to.name(), body, date(meeting.meetingDate(), locale),
					event.deadline() == null ? "" : date(event.deadline(), locale), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(event.clusterId(),
					"minutes-comments:" + event.minutesId() + ":" + event.deadline() + ":" + to.personId(), to.email(),
					text("notification.comments.subject", locale, args),
					text("notification.comments.text", locale, args), List.of()));
		}
	}

	/**
	 * The body is told its minutes are approved: everyone on it on the day, once per
	 * minutes and person.
	 */
	void minutesApproved(MinutesApproved event) {
		Meeting meeting = meetings.meeting(event.meetingId());
		String body = meetings.bodyName(meeting);
		LocalDate today = LocalDate.now(ZoneId.of(IcsWriter.ZONE));
		for (NotificationQueries.Recipient to : queries.bodyMembers(event.clusterId(), meeting.bodyId(), today)) {
			Locale locale = to.locale();
			Object[] args = { to.name(), body, date(meeting.meetingDate(), locale), pageUrl(meeting.id()) };
			mailer.enqueue(
					new OutgoingMail(event.clusterId(), "minutes-approved:" + event.minutesId() + ":" + to.personId(),
							to.email(), text("notification.approved.subject", locale, args),
							text("notification.approved.text", locale, args), List.of()));
		}
	}

	/** A reminder of a summoned meeting, once per meeting, date and person. */
	void reminder(UUID clusterId, UUID meetingId) {
		Meeting meeting = meetings.meeting(meetingId);
		Map<Viewer, MeetingView> viewByStanding = new HashMap<>();
		for (NotificationQueries.Recipient to : queries.summoned(clusterId, meetingId)) {
			Locale locale = to.locale();
			Viewer viewer = viewerOf(clusterId, meeting, to);
			MeetingView page = view(meetingId, viewer, viewByStanding);
			byte[] ics = invitation(meetingId, viewer, to);
			Object[] args = { to.name(), page.bodyName(), date(meeting.meetingDate(), locale), time(meeting),
					place(meeting, locale), agenda(page), pageUrl(meetingId) };
			mailer.enqueue(new OutgoingMail(clusterId,
					"reminder:" + meetingId + ":" + meeting.meetingDate() + ":" + to.personId(), to.email(),
					text("notification.reminder.subject", locale, args),
					text("notification.reminder.text", locale, args),
					List.of(new OutgoingMail.Attachment("invitation.ics", ICS_TYPE + "REQUEST", ics))));
		}
	}

	/**
	 * A reminder to the owner of a follow-up due soon, once per follow-up, due date and
	 * person.
	 */
	void followUpDue(UUID clusterId, FollowUpView followUp) {
		queries.person(clusterId, followUp.ownerPersonId()).ifPresent(to -> {
			Locale locale = to.locale();
			Object[] args = { to.name(), followUp.description(), date(followUp.dueOn(), locale),
					baseUrl + "/followups/mine", followUp.caseLabel(), followUp.itemTitle(),
					date(followUp.meetingDate(), locale),
					pageUrl(followUp.meetingId()) + (followUp.anchor().isEmpty() ? "" : "#" + followUp.anchor()) };
			mailer.enqueue(new OutgoingMail(clusterId,
					"followup-due:" + followUp.id() + ":" + followUp.dueOn() + ":" + to.personId(), to.email(),
					text("notification.followup.subject", locale, args),
					text("notification.followup.text", locale, args), List.of()));
		});
	}

	/**
	 * The meeting as a reader of this standing sees it (the mail text shows only what the
	 * standing allows): built once per standing within one mailing, not once per person.
	 */
	private MeetingView view(UUID meetingId, Viewer viewer, Map<Viewer, MeetingView> byStanding) {
		return byStanding.computeIfAbsent(standing(viewer), standing -> pages.of(meetingId, standing));
	}

	/** What the documents show depends on the reader's standing, not on who they are. */
	private static Viewer standing(Viewer viewer) {
		return new Viewer(null, viewer.staff(), viewer.bodyMember(), viewer.loggedIn(), viewer.seesExempt());
	}

	/**
	 * The agenda lines; an exempt item names its legal basis for every reader, so members
	 * know not to pass it on.
	 */
	private String agenda(MeetingView page) {
		LocalDate today = LocalDate.now(ZoneId.of(IcsWriter.ZONE));
		StringBuilder lines = new StringBuilder();
		for (MeetingView.Item item : page.items()) {
			lines.append("  ").append(item.label()).append("  ").append(item.title());
			if ((item.placeholder() || item.item().exemption().accessOn(today) == Access.EXEMPT)
					&& item.item().exemptionBasis() != null) {
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
