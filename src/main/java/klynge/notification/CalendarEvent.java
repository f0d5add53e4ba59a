package klynge.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a calendar entry of a meeting says, built from the meeting as one viewer sees it
 * (the public view for downloads and feeds, the recipient's for a mailed invitation).
 *
 * @param sequence raised on each reschedule or cancellation
 * @param agendaLines "03-23 Godkjenning av innkalling" – exempt items the viewer may not
 * read only by public title and legal basis
 */
record CalendarEvent(UUID meetingId, int sequence, String summary, LocalDate date, LocalTime startsAt, LocalTime endsAt,
		String place, String onlineUrl, String pageUrl, String organizerEmail, boolean cancelled,
		List<String> agendaLines) {

	String uid() {
		return meetingId + "@klynge";
	}
}
