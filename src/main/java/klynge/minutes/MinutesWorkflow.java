package klynge.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.MemberRow;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way of minutes: draft → sent for comments → approved (by the chair, or by the next
 * meeting's approval item); keeps the meeting's status in step and tells the other
 * modules.
 */
@Service
public class MinutesWorkflow {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MinutesRepository repository;

	private final MinutesService reading;

	private final MinutesGuard guard;

	private final Meetings meetings;

	private final Agenda agenda;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	MinutesWorkflow(MinutesRepository repository, MinutesService reading, MinutesGuard guard, Meetings meetings,
			Agenda agenda, BodyDirectory bodies, CurrentCluster cluster, ApplicationEventPublisher events,
			CurrentUser currentUser) {
		this.repository = repository;
		this.reading = reading;
		this.guard = guard;
		this.meetings = meetings;
		this.agenda = agenda;
		this.bodies = bodies;
		this.cluster = cluster;
		this.events = events;
		this.currentUser = currentUser;
	}

	/**
	 * The outstanding minutes of the body's earlier meetings that an approval item may
	 * approve, the oldest first: out for comment, or drafts with text. Not only the
	 * previous meeting's: a meeting planned in between (without minutes) must not hide
	 * the minutes of 27.03.2023 that are still out.
	 */
	public List<Minutes> approvableBy(AgendaItem approvalItem) {
		if (approvalItem.type() != AgendaItemType.APPROVAL || approvalItem.isSubItem()) {
			return List.of();
		}
		Meeting meeting = meetings.meeting(approvalItem.meetingId());
		return meetings.ofBody(meeting.bodyId())
			.stream()
			.filter(earlier -> earlier.meetingDate().isBefore(meeting.meetingDate())
					&& earlier.status() != MeetingStatus.CANCELLED)
			.sorted(Comparator.comparing(Meeting::meetingDate))
			.flatMap(earlier -> reading.ofMeeting(earlier.id()).stream())
			.filter(minutes -> minutes
				.outstanding(reading.items(minutes.id()).stream().anyMatch(item -> !item.isEmpty())))
			.toList();
	}

	/**
	 * Whether the approval item's meeting is held (or under way today), so that it can
	 * approve minutes.
	 */
	public boolean mayApproveNow(AgendaItem approvalItem) {
		return meetings.meeting(approvalItem.meetingId()).heldOrUnderWay(reading.today());
	}

	/** May the current user approve these minutes as the body's chair (or as staff)? */
	public boolean mayApproveAsChair(Minutes minutes) {
		Meeting meeting = meetings.meeting(minutes.meetingId());
		return minutes.status().canMoveTo(MinutesStatus.APPROVED) && meetingAllowsApproval(meeting)
				&& (guard.isStaff() || chairPersonIfCurrentUser(meeting).isPresent());
	}

	/**
	 * "Send til kommentar": the meeting must be held; keeps a SENT version and tells the
	 * mail module.
	 */
	@Transactional
	public int sendForComments(UUID minutesId, LocalDate deadline) {
		UUID clusterId = cluster.id();
		guard.requireStaff();
		Minutes minutes = guard.locked(clusterId, minutesId);
		if (deadline == null) {
			throw new RuleViolation("deadline", "minutes.deadline.required");
		}
		if (deadline.isBefore(reading.today())) {
			throw new RuleViolation("deadline", "minutes.deadline.past");
		}
		minutes.requireTransition(MinutesStatus.FOR_COMMENT);
		Meeting meeting = meetings.meeting(minutes.meetingId());
		if (meeting.status() != MeetingStatus.HELD) {
			throw new RuleViolation("deadline", "minutes.meetingNotHeld");
		}
		repository.sent(clusterId, minutesId, deadline);
		int number = repository.snapshot(clusterId, minutesId, "SENT", null, guard.username());
		meetings.moveTo(meeting.id(), MeetingStatus.MINUTES_FOR_COMMENT);
		events.publishEvent(new MinutesSentForComments(clusterId, minutesId, meeting.id(), deadline));
		return number;
	}

	/**
	 * Approval between meetings by the body's chair (or staff on the chair's behalf).
	 * @param beforeDeadlineConfirmed the chair was told that the comment deadline has not
	 * passed and approves anyway; without it such an approval is refused. Kept on the
	 * minutes.
	 */
	@Transactional
	public int approveByChair(UUID minutesId, boolean beforeDeadlineConfirmed) {
		UUID clusterId = cluster.id();
		Minutes minutes = guard.locked(clusterId, minutesId);
		Meeting meeting = meetings.meeting(minutes.meetingId());
		Optional<UUID> chair = chairPersonIfCurrentUser(meeting);
		if (chair.isEmpty() && !guard.isStaff()) {
			throw new AccessDeniedException("only the chair or staff approve minutes");
		}
		UUID chairPerson = chair.orElseGet(() -> bodies.chairOn(clusterId, meeting.bodyId(), reading.today())
			.map(MemberRow::personId)
			.orElse(null));
		boolean early = minutes.commentsStillOpen(reading.today());
		if (early && !beforeDeadlineConfirmed) {
			throw new RuleViolation(null, "minutes.approve.beforeDeadline", DAY.format(minutes.commentDeadline()));
		}
		return approve(clusterId, minutes, meeting, reading.today(), null, chairPerson, early);
	}

	/**
	 * What {@link #approveByChair} would refuse, asked before its confirmation step: not
	 * the chair or staff (403), or minutes or meeting not ready (a rule violation).
	 */
	public void requireApprovableByChair(UUID minutesId) {
		Minutes minutes = reading.minutes(minutesId);
		Meeting meeting = meetings.meeting(minutes.meetingId());
		if (chairPersonIfCurrentUser(meeting).isEmpty() && !guard.isStaff()) {
			throw new AccessDeniedException("only the chair or staff approve minutes");
		}
		minutes.requireTransition(MinutesStatus.APPROVED);
		if (!meetingAllowsApproval(meeting)) {
			throw new RuleViolation(null, "minutes.meetingNotHeld");
		}
	}

	/** What {@link #approveByItem} would refuse, asked before its confirmation step. */
	public void requireApprovableByItem(UUID minutesId, UUID approvalItemId) {
		guard.requireStaff();
		AgendaItem item = agenda.item(approvalItemId);
		Minutes minutes = reading.minutes(minutesId);
		minutes.requireTransition(MinutesStatus.APPROVED);
		if (approvableBy(item).stream().map(Minutes::id).noneMatch(minutesId::equals)) {
			throw new RuleViolation(null, "minutes.approve.notByThisItem");
		}
		Meeting approving = meetings.meeting(item.meetingId());
		if (!approving.heldOrUnderWay(reading.today())) {
			throw new RuleViolation(null, "minutes.approve.meetingNotHeldYet", DAY.format(approving.meetingDate()));
		}
	}

	/**
	 * Approval by the next meeting's approval item ("Godkjenning av … referat fra forrige
	 * møte").
	 */
	@Transactional
	public int approveByItem(UUID minutesId, UUID approvalItemId) {
		UUID clusterId = cluster.id();
		guard.requireStaff();
		AgendaItem item = agenda.item(approvalItemId);
		Minutes minutes = guard.locked(clusterId, minutesId);
		if (approvableBy(item).stream().map(Minutes::id).noneMatch(minutesId::equals)) {
			throw new RuleViolation(null, "minutes.approve.notByThisItem");
		}
		Meeting approving = meetings.meeting(item.meetingId());
		if (!approving.heldOrUnderWay(reading.today())) {
			throw new RuleViolation(null, "minutes.approve.meetingNotHeldYet", DAY.format(approving.meetingDate()));
		}
		return approve(clusterId, minutes, meetings.meeting(minutes.meetingId()), approving.meetingDate(), item.id(),
				null, false);
	}

	private int approve(UUID clusterId, Minutes minutes, Meeting meeting, LocalDate on, UUID byItem, UUID byChair,
			boolean beforeDeadline) {
		minutes.requireTransition(MinutesStatus.APPROVED);
		if (!meetingAllowsApproval(meeting)) {
			throw new RuleViolation(null, "minutes.meetingNotHeld");
		}
		int number = repository.latestIfCurrent(clusterId, minutes.id())
			.orElseGet(() -> repository.snapshot(clusterId, minutes.id(), "APPROVED", null, guard.username()));
		repository.approved(clusterId, minutes.id(), on, byItem, byChair, number, beforeDeadline);
		meetings.moveTo(meeting.id(), MeetingStatus.MINUTES_APPROVED);
		events.publishEvent(new MinutesApproved(clusterId, minutes.id(), meeting.id()));
		return number;
	}

	private static boolean meetingAllowsApproval(Meeting meeting) {
		return meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.MINUTES_FOR_COMMENT;
	}

	private Optional<UUID> chairPersonIfCurrentUser(Meeting meeting) {
		LoggedIn user = currentUser.get().orElse(null);
		if (user == null || user.personId() == null) {
			return Optional.empty();
		}
		UUID clusterId = cluster.id();
		return bodies.chairOn(clusterId, meeting.bodyId(), reading.today())
			.map(MemberRow::personId)
			.filter(person -> Objects.equals(person, user.personId()));
	}

}
