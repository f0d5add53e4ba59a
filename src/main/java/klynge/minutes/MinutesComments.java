package klynge.minutes;

import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Viewer;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' and staff's comments on minutes that are not yet approved. */
@Service
public class MinutesComments {

	private final MinutesRepository repository;

	private final MinutesService reading;

	private final MinutesGuard guard;

	private final Agenda agenda;

	private final CurrentCluster cluster;

	MinutesComments(MinutesRepository repository, MinutesService reading, MinutesGuard guard, Agenda agenda,
			CurrentCluster cluster) {
		this.repository = repository;
		this.reading = reading;
		this.guard = guard;
		this.agenda = agenda;
		this.cluster = cluster;
	}

	/** A member's (or staff's) comment on an item while the minutes are not approved. */
	@Transactional
	public void comment(UUID minutesId, UUID itemId, String text) {
		UUID clusterId = cluster.id();
		Minutes minutes = reading.minutes(minutesId);
		Viewer viewer = reading.viewerOf(minutes);
		if (!viewer.staff() && !viewer.bodyMember()) {
			if (!viewer.loggedIn()) {
				throw new NotFoundException("minutes", minutesId);
			}
			throw new AccessDeniedException("only members and staff comment");
		}
		if (!minutes.status().editable()) {
			throw new RuleViolation("text", "minutes.locked");
		}
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "minutes.comment.required");
		}
		if (text.length() > 5000) {
			throw new RuleViolation("text", "minutes.comment.tooLong");
		}
		if (itemId != null) {
			AgendaItem item = agenda.item(itemId);
			if (!item.meetingId().equals(minutes.meetingId()) || !viewer.maySee(item.exemption(), reading.today())) {
				throw new NotFoundException("item", itemId);
			}
		}
		repository.comment(clusterId, minutesId, itemId, guard.username(), viewer.personId(), text.strip());
	}
}
