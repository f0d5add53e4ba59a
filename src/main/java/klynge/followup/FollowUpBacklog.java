package klynge.followup;

import java.util.List;
import java.util.UUID;

import klynge.casefile.BacklogCandidate;
import klynge.casefile.BacklogSource;
import klynge.meeting.ItemDirectory;
import klynge.meeting.ItemVisibility;
import org.springframework.stereotype.Component;

/** Offers a body's open follow-ups (those the body owns) to its agenda backlog. */
@Component
class FollowUpBacklog implements BacklogSource {

	static final String SOURCE = "FOLLOW_UP";

	private final FollowUps followUps;

	private final ItemDirectory items;

	FollowUpBacklog(FollowUps followUps, ItemDirectory items) {
		this.followUps = followUps;
		this.items = items;
	}

	@Override
	public List<BacklogCandidate> candidatesFor(UUID clusterId, UUID bodyId) {
		ItemVisibility visibility = items.visibility();
		return followUps.openOwnedByBody(clusterId, bodyId)
			.stream()
			.filter(row -> visibility.maySee(row.bodyId(), row.meetingDate(), row.exemption()))
			.map(row -> new BacklogCandidate(SOURCE, row.id(), row.itemTitle(), row.description(), row.itemId(),
					row.dueOn(), row.exemption()))
			.toList();
	}

}
