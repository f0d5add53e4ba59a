package klynge.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingHistoryEntry;
import klynge.meeting.MeetingView;
import klynge.meeting.MeetingViews;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Calendar files of meetings. The UID is stable ({@code <meeting id>@klynge}); the
 * SEQUENCE is the number of reschedules and cancellations in the meeting's history, so
 * every change raises it. The download and the feed carry the public view of the meeting,
 * whoever asks; a mailed invitation carries the view of the person it is addressed to.
 */
@Service
public class MeetingCalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Meetings meetings;

	private final MeetingViews pages;

	private final NotificationQueries queries;

	private final CurrentCluster cluster;

	private final String from;

	private final String baseUrl;

	private final Clock clock = Clock.systemUTC();

	MeetingCalendar(Meetings meetings, MeetingViews pages, NotificationQueries queries, CurrentCluster cluster,
			@Value("${klynge.mail.from:klynge@localhost}") String from, @Value("${klynge.base-url}") String baseUrl) {
		this.meetings = meetings;
		this.pages = pages;
		this.queries = queries;
		this.cluster = cluster;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The meeting as a file to download (PUBLISH), public view. 404 for another cluster's
	 * meeting.
	 */
	public String download(UUID meetingId) {
		UUID clusterId = cluster.id();
		return ClusterScope.call(clusterId,
				() -> IcsWriter.download(event(meetingId, Viewer.ANONYMOUS), clock.instant()));
	}

	/**
	 * The meeting mailed to one person as they may read it: an invitation naming them as
	 * attendee, or its cancellation once cancelled. Needs the cluster scope.
	 */
	String invitation(UUID meetingId, Viewer viewer, IcsWriter.Addressee to) {
		return IcsWriter.invitation(event(meetingId, viewer), to, clock.instant());
	}

	/** The meetings as a subscription feed. */
	String feed(UUID clusterId, List<UUID> meetingIds) {
		return ClusterScope.call(clusterId, () -> {
			List<CalendarEvent> events = new ArrayList<>();
			meetingIds.forEach(id -> events.add(event(id, Viewer.ANONYMOUS)));
			return IcsWriter.feed(events, clock.instant());
		});
	}

	/** "Partnermøtet 2023-03-27.ics": what the download is saved as. */
	public String fileName(UUID meetingId) {
		Meeting meeting = meetings.meeting(meetingId);
		return meetings.bodyName(meeting) + " " + meeting.meetingDate() + ".ics";
	}

	/**
	 * Reschedules and cancellations so far: the SEQUENCE of the meeting's calendar entry.
	 */
	public int sequence(UUID meetingId) {
		return sequenceOf(meetings.history(meetingId));
	}

	static int sequenceOf(List<MeetingHistoryEntry> history) {
		return (int) history.stream()
			.filter(entry -> "RESCHEDULED".equals(entry.kind()) || "CANCELLED".equals(entry.kind()))
			.count();
	}

	/** Needs the cluster's scope. */
	private CalendarEvent event(UUID meetingId, Viewer viewer) {
		MeetingView page = pages.of(meetingId, viewer);
		Meeting meeting = page.meeting();
		List<String> agenda = new ArrayList<>();
		for (MeetingView.Item item : page.items()) {
			String line = item.label() + " " + item.title();
			if (item.placeholder() && item.item().exemptionBasis() != null) {
				line += " (" + item.item().exemptionBasis() + ")";
			}
			agenda.add(line);
		}
		String organizer = queries.secretariatEmail(cluster.id(), meeting.bodyId(), meeting.meetingDate()).orElse(from);
		return new CalendarEvent(meeting.id(), sequence(meetingId), summary(page.bodyName(), meeting.meetingDate()),
				meeting.meetingDate(), meeting.startsAt(), meeting.endsAt(), meeting.place(),
				meeting.online() ? meeting.onlineUrl() : null, baseUrl + "/meetings/" + meeting.id(), organizer,
				meeting.status() == MeetingStatus.CANCELLED, agenda);
	}

	static String summary(String bodyName, LocalDate date) {
		return bodyName + " " + DATE.format(date);
	}

}
