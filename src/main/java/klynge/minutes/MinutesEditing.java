package klynge.minutes;

import java.time.LocalDate;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing an item's minutes: while they are open, as an amendment with a reason once
 * approved, and as imported history.
 */
@Service
public class MinutesEditing {

	private final MinutesRepository repository;

	private final MinutesGuard guard;

	private final Meetings meetings;

	private final Agenda agenda;

	private final CurrentCluster cluster;

	MinutesEditing(MinutesRepository repository, MinutesGuard guard, Meetings meetings, Agenda agenda,
			CurrentCluster cluster) {
		this.repository = repository;
		this.guard = guard;
		this.meetings = meetings;
		this.agenda = agenda;
		this.cluster = cluster;
	}

	/**
	 * Writes one item's minutes while they are not approved; a stale version is an
	 * {@link EditConflict}.
	 */
	@Transactional
	public void save(UUID itemId, ItemMinutesForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = agenda.item(itemId);
		Meeting meeting = meetings.meeting(item.meetingId());
		guard.requireStaff();
		if (meeting.status() == MeetingStatus.CANCELLED) {
			throw new RuleViolation(null, "minutes.meetingCancelled");
		}
		Minutes minutes = guard.lockedFor(clusterId, meeting);
		minutes.requireEditable();
		if (!repository.save(clusterId, minutes.id(), itemId, form, false)) {
			throw new EditConflict("item-minutes", itemId,
					repository.item(clusterId, itemId).map(ItemMinutes::version).orElse(0));
		}
	}

	/**
	 * After approval, the only way to change an item's minutes: with a reason, kept as a
	 * new version.
	 */
	@Transactional
	public int amend(UUID minutesId, UUID itemId, ItemMinutesForm form, String reason) {
		UUID clusterId = cluster.id();
		guard.requireStaff();
		Minutes minutes = guard.locked(clusterId, minutesId);
		minutes.requireApproved();
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "minutes.amend.reasonRequired");
		}
		if (reason.length() > 2000) {
			throw new RuleViolation("reason", "minutes.amend.reasonTooLong");
		}
		AgendaItem item = agenda.item(itemId);
		if (!item.meetingId().equals(minutes.meetingId())) {
			throw new NotFoundException("item", itemId);
		}
		if (!repository.save(clusterId, minutesId, itemId, form, false)) {
			throw new EditConflict("item-minutes", itemId,
					repository.item(clusterId, itemId).map(ItemMinutes::version).orElse(0));
		}
		return repository.snapshot(clusterId, minutesId, "AMENDMENT", reason.strip(), guard.username(), itemId);
	}

	/**
	 * Imported history: one item's minutes as read from old minutes (the meeting is not
	 * yet approved).
	 */
	@Transactional
	public void importItemMinutes(UUID itemId, ItemMinutesForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = agenda.item(itemId);
		Minutes minutes = guard.lockedFor(clusterId, meetings.meeting(item.meetingId()));
		repository.save(clusterId, minutes.id(), itemId, form, true);
	}

	/**
	 * Imported history: the minutes were approved long ago. Keeps an APPROVED version and
	 * sets the meeting's status directly, without MinutesApproved (nobody is to be told
	 * again).
	 */
	@Transactional
	public void importApproved(UUID meetingId, LocalDate approvedOn) {
		UUID clusterId = cluster.id();
		Meeting meeting = meetings.meeting(meetingId);
		Minutes minutes = guard.lockedFor(clusterId, meeting);
		int number = repository.snapshot(clusterId, minutes.id(), "APPROVED", null, guard.username());
		repository.approved(clusterId, minutes.id(), approvedOn, null, null, number, false);
		meetings.markImported(meetingId, MeetingStatus.MINUTES_APPROVED);
	}

}
