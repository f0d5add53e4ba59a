package klynge.minutes;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meetings;
import klynge.meeting.OutOfTime;
import klynge.meeting.Viewer;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' and staff's comments on minutes that are not yet approved. */
@Service
public class MinutesComments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MinutesRepository repository;

	private final MinutesService reading;

	private final MinutesGuard guard;

	private final Agenda agenda;

	private final CurrentCluster cluster;

	private final Meetings meetings;

	MinutesComments(MinutesRepository repository, MinutesService reading, MinutesGuard guard, Agenda agenda,
			CurrentCluster cluster, Meetings meetings) {
		this.meetings = meetings;
		this.repository = repository;
		this.reading = reading;
		this.guard = guard;
		this.agenda = agenda;
		this.cluster = cluster;
	}

	/**
	 * A member's (or staff's) comment on an item while the minutes are not approved.
	 * @return whether the comment came after the comment deadline: accepted and marked,
	 * and the commenter told, where the body warns; refused where the body refuses late
	 * comments
	 */
	@Transactional
	public boolean comment(UUID minutesId, UUID itemId, String text) {
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
		boolean late = minutes.pastCommentDeadline(reading.today());
		if (late && meetings.settings(meetings.meeting(minutes.meetingId()).bodyId()).outOfTime() == OutOfTime.REFUSE) {
			throw new RuleViolation("text", "minutes.comment.afterDeadline", DAY.format(minutes.commentDeadline()));
		}
		repository.comment(clusterId, minutesId, itemId, guard.username(), viewer.personId(), text.strip(), late);
		return late;
	}

}
