package klynge.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a calendar entry of a meeting says, built from the public view of the meeting.
 *
 * @param sequence    raised on each reschedule or cancellation
 * @param agendaLines "03-23 Godkjenning av innkalling" – exempt items only by public title and legal basis
 */
record CalendarEvent(UUID meetingId, int sequence, String summary, LocalDate date, LocalTime startsAt, LocalTime endsAt,
		String place, String onlineUrl, String pageUrl, String organizerEmail, boolean cancelled,
		List<String> agendaLines) {

	String uid() {
		return meetingId + "@klynge";
	}
}
