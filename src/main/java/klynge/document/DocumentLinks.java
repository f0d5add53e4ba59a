package klynge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingPart.Phrase;
import klynge.meeting.MeetingStatus;
import klynge.meeting.MeetingViewContributor;
import klynge.minutes.MinutesService;
import org.springframework.stereotype.Component;

/**
 * The meeting's downloads: summons as PDF and Word, and the minutes once there are
 * minutes the viewer may read.
 */
@Component
class DocumentLinks implements MeetingViewContributor {

	private final MinutesService minutes;

	DocumentLinks(MinutesService minutes) {
		this.minutes = minutes;
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		UUID id = agenda.meeting().id();
		List<MeetingPart.Block> links = new ArrayList<>();
		links.add(link("export.download.summonsPdf", id, "summons.pdf"));
		links.add(link("export.download.summonsDocx", id, "summons.docx"));
		MeetingStatus status = agenda.meeting().status();
		if (status != MeetingStatus.PLANNED && status != MeetingStatus.SUMMONED
				&& minutes.ofMeeting(id).filter(m -> MinutesService.maySee(m, agenda.viewer())).isPresent()) {
			links.add(link("export.download.minutesPdf", id, "minutes.pdf"));
			links.add(link("export.download.minutesDocx", id, "minutes.docx"));
		}
		return List.of(MeetingPart.of(null, MeetingPart.Slot.LINKS, links));
	}

	private static MeetingPart.Block link(String key, UUID meetingId, String file) {
		return new MeetingPart.Link(null, Phrase.of(key), "/meetings/" + meetingId + "/" + file);
	}

}
