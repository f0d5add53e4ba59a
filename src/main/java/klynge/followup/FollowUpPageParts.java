package klynge.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPageContributor;
import klynge.meeting.MeetingPagePart;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/** Shows an item's follow-ups under it on the meeting page ("GG følger opp saken."), and lets staff add more. */
@Component
class FollowUpPageParts implements MeetingPageContributor {

	static final String FRAGMENT = "followup/parts :: item-followups";

	private final FollowUps followUps;

	private final Agenda agenda;

	FollowUpPageParts(FollowUps followUps, Agenda agenda) {
		this.followUps = followUps;
		this.agenda = agenda;
	}

	/** The follow-ups of one item; {@code mayEdit} shows the add, edit and complete actions. */
	public record ItemFollowUps(UUID itemId, List<FollowUpView> followUps, boolean mayEdit) {
	}

	@Override
	public List<MeetingPagePart> partsFor(Meeting meeting, Viewer viewer) {
		Map<UUID, List<FollowUpView>> byItem = followUps.ofMeeting(meeting, viewer);
		List<MeetingPagePart> parts = new ArrayList<>();
		for (AgendaItem item : agenda.visibleItems(meeting.id(), viewer)) {
			List<FollowUpView> list = byItem.getOrDefault(item.id(), List.of());
			if (!list.isEmpty() || viewer.mayEdit()) {
				parts.add(new MeetingPagePart(item.id(), FRAGMENT, new ItemFollowUps(item.id(), list, viewer.mayEdit()), 50));
			}
		}
		return parts;
	}
}
