package klynge.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.meeting.AgendaItem;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingViewContributor;
import org.springframework.stereotype.Component;

/**
 * An item's follow-ups in the meeting view ("GG følger opp saken.", in italics as the
 * minutes write them); on the page with due dates and status, and staff add, edit and
 * complete them there.
 */
@Component
class FollowUpPageParts implements MeetingViewContributor {

	static final String FRAGMENT = "followup/parts :: item-followups";

	private final FollowUps followUps;

	FollowUpPageParts(FollowUps followUps) {
		this.followUps = followUps;
	}

	/**
	 * The follow-ups of one item; {@code mayEdit} shows the add, edit and complete
	 * actions.
	 */
	public record ItemFollowUps(UUID itemId, List<FollowUpView> followUps, boolean mayEdit) {
	}

	@Override
	public List<MeetingPart> partsFor(VisibleAgenda agenda) {
		boolean mayEdit = agenda.viewer().mayEdit();
		Map<UUID, List<FollowUpView>> byItem = followUps.ofItems(agenda.meeting(), agenda.ids(), agenda.viewer());
		List<MeetingPart> parts = new ArrayList<>();
		for (AgendaItem item : agenda.items()) {
			List<FollowUpView> list = byItem.getOrDefault(item.id(), List.of());
			if (!list.isEmpty() || mayEdit) {
				List<MeetingPart.Block> sentences = list
					.stream().<MeetingPart.Block>map(f -> new MeetingPart.Text(null, f.sentence(), true)).toList();
				parts.add(new MeetingPart(item.id(), MeetingPart.Slot.FOLLOW_UPS, sentences,
						new MeetingPart.Widget(FRAGMENT, new ItemFollowUps(item.id(), list, mayEdit))));
			}
		}
		return parts;
	}

}
