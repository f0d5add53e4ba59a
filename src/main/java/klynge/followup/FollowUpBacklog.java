package klynge.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.casefile.BacklogCandidate;
import klynge.casefile.BacklogSource;
import klynge.meeting.MeetingAccess;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/** Offers a body's open follow-ups (those the body owns) to its agenda backlog. */
@Component
class FollowUpBacklog implements BacklogSource {

	static final String SOURCE = "FOLLOW_UP";

	private final FollowUps followUps;

	private final MeetingAccess access;

	FollowUpBacklog(FollowUps followUps, MeetingAccess access) {
		this.followUps = followUps;
		this.access = access;
	}

	@Override
	public List<BacklogCandidate> candidatesFor(UUID clusterId, UUID bodyId) {
		LocalDate today = followUps.today();
		Map<String, Viewer> viewers = new HashMap<>();
		return followUps.openOwnedByBody(clusterId, bodyId).stream()
			.filter(row -> viewers.computeIfAbsent(row.bodyId() + "/" + row.meetingDate(),
					key -> access.viewerOf(row.bodyId(), row.meetingDate())).maySee(row.exemption(), today))
			.map(row -> new BacklogCandidate(SOURCE, row.id(), row.itemTitle(), row.description(), row.itemId(),
					row.dueOn(), row.exemption()))
			.toList();
	}
}
