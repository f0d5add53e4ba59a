package klynge.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import klynge.meeting.Viewer;
import org.springframework.stereotype.Service;

/**
 * A meeting's calendar invitation for another module to mail (a date poll's invitees when
 * it is closed): the same entry (UID, SEQUENCE) the summons later updates, as the public
 * reads the meeting, naming the addressee as attendee.
 */
@Service
public class MeetingInvitations {

	/** The content type of the attachment (iTIP REQUEST). */
	public static final String CONTENT_TYPE = MeetingMails.ICS_TYPE + "REQUEST";

	private final MeetingCalendar calendar;

	MeetingInvitations(MeetingCalendar calendar) {
		this.calendar = calendar;
	}

	public byte[] invitation(UUID meetingId, String email, String name) {
		return calendar.invitation(meetingId, Viewer.ANONYMOUS, new IcsWriter.Addressee(email, name))
			.getBytes(StandardCharsets.UTF_8);
	}

}
