package klynge.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One meeting as a line of a list (start page, "Møter"): its body's name on the day,
 * date, time, place and status.
 */
public record MeetingSummary(UUID id, UUID bodyId, String bodyName, LocalDate meetingDate, LocalTime startsAt,
		LocalTime endsAt, String place, MeetingStatus status) {

	static MeetingSummary of(Meeting meeting, String bodyName) {
		return new MeetingSummary(meeting.id(), meeting.bodyId(), bodyName, meeting.meetingDate(), meeting.startsAt(),
				meeting.endsAt(), meeting.place(), meeting.status());
	}

}
