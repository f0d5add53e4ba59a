package klynge.notification;

import java.util.List;

import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingViewContributor;
import org.springframework.stereotype.Component;

/** The meeting's calendar file (.ics) among its links. */
@Component
class CalendarLink implements MeetingViewContributor {

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		return List.of(MeetingPart.of(null, MeetingPart.Slot.LINKS, List.of(new MeetingPart.Link(null,
				MeetingPart.Phrase.of("notification.ics.download"), "/meetings/" + agenda.meeting().id() + ".ics"))));
	}

}
