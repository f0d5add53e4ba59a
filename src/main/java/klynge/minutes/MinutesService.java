package klynge.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.body.BodyDirectory;
import klynge.body.MemberRow;
import klynge.cluster.CurrentCluster;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemType;
import klynge.meeting.Agenda;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingAccess;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.OutOfTime;
import klynge.meeting.Viewer;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, sending, commenting, approving and amending minutes; keeps the meeting's status in step
 * and every version that mattered.
 */
@Service
public class MinutesService {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MinutesRepository repository;

	private final Meetings meetings;

	private final Agenda agenda;

	private final MeetingAccess access;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	MinutesService(MinutesRepository repository, Meetings meetings, Agenda agenda, MeetingAccess access,
			BodyDirectory bodies, CurrentCluster cluster, ApplicationEventPublisher events,
			CurrentUser currentUser) {
		this.repository = repository;
		this.meetings = meetings;
		this.agenda = agenda;
		this.access = access;
		this.bodies = bodies;
		this.cluster = cluster;
		this.events = events;
		this.currentUser = currentUser;
	}

	// --- reading -----------------------------------------------------------------------------------

	public Optional<Minutes> ofMeeting(UUID meetingId) {
		return repository.ofMeeting(cluster.id(), meetingId);
	}

	public Minutes minutes(UUID minutesId) {
		return repository.find(cluster.id(), minutesId).orElseThrow(() -> new NotFoundException("minutes", minutesId));
	}

	/** The minutes if this viewer may read them (drafts: staff and the body's members), else 404. */
	public Minutes visibleMinutes(UUID minutesId) {
		Minutes minutes = minutes(minutesId);
		if (!maySee(minutes, viewerOf(minutes))) {
			throw new NotFoundException("minutes", minutesId);
		}
		return minutes;
	}

	public Optional<ItemMinutes> itemMinutes(UUID itemId) {
		return repository.item(cluster.id(), itemId);
	}

	public List<ItemMinutes> items(UUID minutesId) {
		return repository.items(cluster.id(), minutesId);
	}

	public Optional<Minutes> approvedBy(UUID itemId) {
		return repository.approvedBy(cluster.id(), itemId);
	}

	/** Every item's minutes of the cluster (for the secretariat's list of unresolved references). */
	public List<ItemMinutes> allItemMinutes() {
		return repository.allItems(cluster.id());
	}

	public List<MinutesComment> comments(UUID minutesId) {
		return repository.comments(cluster.id(), minutesId);
	}

	public static boolean maySee(Minutes minutes, Viewer viewer) {
		return minutes.approved() || viewer.staff() || viewer.bodyMember();
	}

	public Viewer viewerOf(Minutes minutes) {
		return access.viewerOf(meetings.meeting(minutes.meetingId()));
	}

	public LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	/**
	 * The outstanding minutes of the body's earlier meetings that an approval item may approve, the
	 * oldest first: out for comment, or drafts with text. Not only the previous meeting's: a meeting
	 * planned in between (without minutes) must not hide the minutes of 27.03.2023 that are still out.
	 */
	public List<Minutes> approvableBy(AgendaItem approvalItem) {
		if (approvalItem.type() != AgendaItemType.APPROVAL || approvalItem.isSubItem()) {
			return List.of();
		}
		Meeting meeting = meetings.meeting(approvalItem.meetingId());
		return meetings.ofBody(meeting.bodyId()).stream()
			.filter(earlier -> earlier.meetingDate().isBefore(meeting.meetingDate())
					&& earlier.status() != MeetingStatus.CANCELLED)
			.sorted(java.util.Comparator.comparing(Meeting::meetingDate))
			.flatMap(earlier -> ofMeeting(earlier.id()).stream())
			.filter(minutes -> minutes.outstanding(items(minutes.id()).stream().anyMatch(item -> !item.isEmpty())))
			.toList();
	}

	/** Whether the approval item's meeting is held (or under way today), so that it can approve minutes. */
	public boolean mayApproveNow(AgendaItem approvalItem) {
		return meetings.meeting(approvalItem.meetingId()).heldOrUnderWay(today());
	}

	/** May the current user approve these minutes as the body's chair (or as staff)? */
	public boolean mayApproveAsChair(Minutes minutes) {
		Meeting meeting = meetings.meeting(minutes.meetingId());
		return minutes.status().canMoveTo(MinutesStatus.APPROVED) && meetingAllowsApproval(meeting)
				&& (isStaff() || chairPersonIfCurrentUser(meeting).isPresent());
	}

	// --- versions ----------------------------------------------------------------------------------

	public List<MinutesVersion> versions(UUID minutesId) {
		Minutes minutes = visibleMinutes(minutesId);
		Viewer viewer = viewerOf(minutes);
		Map<UUID, AgendaItem> items = itemsById(minutes);
		return repository.versions(cluster.id(), minutes.id()).stream()
			.map(row -> new MinutesVersion(row.number(), row.kind(), reasonFor(row, viewer, items), row.createdAt(),
					viewer.staff() ? row.createdBy() : null, List.of()))
			.toList();
	}

	/**
	 * An amendment's reason follows the access of the item it changed (staff only if that is not
	 * known); usernames are for staff only.
	 */
	private String reasonFor(MinutesRepository.VersionRow row, Viewer viewer, Map<UUID, AgendaItem> items) {
		if (row.reason() == null || viewer.staff()) {
			return row.reason();
		}
		AgendaItem item = row.itemId() == null ? null : items.get(row.itemId());
		return item != null && viewer.maySee(item.exemption(), today()) ? row.reason() : null;
	}

	private Map<UUID, AgendaItem> itemsById(Minutes minutes) {
		return agenda.items(minutes.meetingId()).stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
	}

	/** One kept version, with only the items this viewer may see. */
	public MinutesVersion version(UUID minutesId, int number) {
		Minutes minutes = visibleMinutes(minutesId);
		UUID clusterId = cluster.id();
		var row = repository.version(clusterId, minutesId, number)
			.orElseThrow(() -> new NotFoundException("minutes-version", number));
		Viewer viewer = viewerOf(minutes);
		Map<UUID, AgendaItem> items = itemsById(minutes);
		LocalDate today = today();
		List<SnapshotItem> visible = repository.versionItems(clusterId, minutesId, number).stream()
			.filter(item -> items.containsKey(item.itemId()) ? viewer.maySee(items.get(item.itemId()).exemption(), today)
					: viewer.staff())
			.toList();
		return new MinutesVersion(row.number(), row.kind(), reasonFor(row, viewer, items), row.createdAt(),
				viewer.staff() ? row.createdBy() : null, visible);
	}

	public VersionComparison compare(UUID minutesId, int a, int b) {
		return VersionComparison.of(version(minutesId, a), version(minutesId, b));
	}

	// --- writing -----------------------------------------------------------------------------------

	/** Writes one item's minutes while they are not approved; a stale version is an {@link EditConflict}. */
	@Transactional
	public void save(UUID itemId, ItemMinutesForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = agenda.item(itemId);
		Meeting meeting = meetings.meeting(item.meetingId());
		requireStaff();
		if (meeting.status() == MeetingStatus.CANCELLED) {
			throw new RuleViolation(null, "minutes.meetingCancelled");
		}
		Minutes minutes = lockedFor(clusterId, meeting);
		minutes.requireEditable();
		if (!repository.save(clusterId, minutes.id(), itemId, form, false)) {
			throw new EditConflict("item-minutes", itemId,
					repository.item(clusterId, itemId).map(ItemMinutes::version).orElse(0));
		}
	}

	/** Imported history: one item's minutes as read from old minutes (the meeting is not yet approved). */
	@Transactional
	public void importItemMinutes(UUID itemId, ItemMinutesForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = agenda.item(itemId);
		Minutes minutes = lockedFor(clusterId, meetings.meeting(item.meetingId()));
		repository.save(clusterId, minutes.id(), itemId, form, true);
	}

	/**
	 * Imported history: the minutes were approved long ago. Keeps an APPROVED version and sets the
	 * meeting's status directly, without MinutesApproved (nobody is to be told again).
	 */
	@Transactional
	public void importApproved(UUID meetingId, LocalDate approvedOn) {
		UUID clusterId = cluster.id();
		Meeting meeting = meetings.meeting(meetingId);
		Minutes minutes = lockedFor(clusterId, meeting);
		int number = repository.snapshot(clusterId, minutes.id(), "APPROVED", null, username());
		repository.approved(clusterId, minutes.id(), approvedOn, null, null, number, false);
		meetings.markImported(meetingId, MeetingStatus.MINUTES_APPROVED);
	}

	/** "Send til kommentar": the meeting must be held; keeps a SENT version and tells the mail module. */
	@Transactional
	public int sendForComments(UUID minutesId, LocalDate deadline) {
		UUID clusterId = cluster.id();
		requireStaff();
		Minutes minutes = locked(clusterId, minutesId);
		if (deadline == null) {
			throw new RuleViolation("deadline", "minutes.deadline.required");
		}
		if (deadline.isBefore(today())) {
			throw new RuleViolation("deadline", "minutes.deadline.past");
		}
		minutes.requireTransition(MinutesStatus.FOR_COMMENT);
		Meeting meeting = meetings.meeting(minutes.meetingId());
		if (meeting.status() != MeetingStatus.HELD) {
			throw new RuleViolation("deadline", "minutes.meetingNotHeld");
		}
		repository.sent(clusterId, minutesId, deadline);
		int number = repository.snapshot(clusterId, minutesId, "SENT", null, username());
		meetings.moveTo(meeting.id(), MeetingStatus.MINUTES_FOR_COMMENT);
		events.publishEvent(new MinutesSentForComments(clusterId, minutesId, meeting.id(), deadline));
		return number;
	}

	/** Approval between meetings by the body's chair (or staff on the chair's behalf). */
	@Transactional
	public int approveByChair(UUID minutesId) {
		return approveByChair(minutesId, false);
	}

	/**
	 * @param beforeDeadlineConfirmed the chair was told that the comment deadline has not passed and
	 *                                approves anyway; without it such an approval is refused. Kept on the minutes.
	 */
	@Transactional
	public int approveByChair(UUID minutesId, boolean beforeDeadlineConfirmed) {
		UUID clusterId = cluster.id();
		Minutes minutes = locked(clusterId, minutesId);
		Meeting meeting = meetings.meeting(minutes.meetingId());
		Optional<UUID> chair = chairPersonIfCurrentUser(meeting);
		if (chair.isEmpty() && !isStaff()) {
			throw new AccessDeniedException("only the chair or staff approve minutes");
		}
		UUID chairPerson = chair.orElseGet(() -> bodies.chairOn(clusterId, meeting.bodyId(), today())
			.map(MemberRow::personId).orElse(null));
		boolean early = minutes.commentsStillOpen(today());
		if (early && !beforeDeadlineConfirmed) {
			throw new RuleViolation(null, "minutes.approve.beforeDeadline", DAY.format(minutes.commentDeadline()));
		}
		return approve(clusterId, minutes, meeting, today(), null, chairPerson, early);
	}

	/**
	 * What {@link #approveByChair} would refuse, asked before its confirmation step: not the chair
	 * or staff (403), or minutes or meeting not ready (a rule violation).
	 */
	public void requireApprovableByChair(UUID minutesId) {
		Minutes minutes = minutes(minutesId);
		Meeting meeting = meetings.meeting(minutes.meetingId());
		if (chairPersonIfCurrentUser(meeting).isEmpty() && !isStaff()) {
			throw new AccessDeniedException("only the chair or staff approve minutes");
		}
		minutes.requireTransition(MinutesStatus.APPROVED);
		if (!meetingAllowsApproval(meeting)) {
			throw new RuleViolation(null, "minutes.meetingNotHeld");
		}
	}

	/** What {@link #approveByItem} would refuse, asked before its confirmation step. */
	public void requireApprovableByItem(UUID minutesId, UUID approvalItemId) {
		requireStaff();
		AgendaItem item = agenda.item(approvalItemId);
		Minutes minutes = minutes(minutesId);
		minutes.requireTransition(MinutesStatus.APPROVED);
		if (approvableBy(item).stream().map(Minutes::id).noneMatch(minutesId::equals)) {
			throw new RuleViolation(null, "minutes.approve.notByThisItem");
		}
		Meeting approving = meetings.meeting(item.meetingId());
		if (!approving.heldOrUnderWay(today())) {
			throw new RuleViolation(null, "minutes.approve.meetingNotHeldYet", DAY.format(approving.meetingDate()));
		}
	}

	/** Approval by the next meeting's approval item ("Godkjenning av … referat fra forrige møte"). */
	@Transactional
	public int approveByItem(UUID minutesId, UUID approvalItemId) {
		UUID clusterId = cluster.id();
		requireStaff();
		AgendaItem item = agenda.item(approvalItemId);
		Minutes minutes = locked(clusterId, minutesId);
		if (approvableBy(item).stream().map(Minutes::id).noneMatch(minutesId::equals)) {
			throw new RuleViolation(null, "minutes.approve.notByThisItem");
		}
		Meeting approving = meetings.meeting(item.meetingId());
		if (!approving.heldOrUnderWay(today())) {
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
			.orElseGet(() -> repository.snapshot(clusterId, minutes.id(), "APPROVED", null, username()));
		repository.approved(clusterId, minutes.id(), on, byItem, byChair, number, beforeDeadline);
		meetings.moveTo(meeting.id(), MeetingStatus.MINUTES_APPROVED);
		events.publishEvent(new MinutesApproved(clusterId, minutes.id(), meeting.id()));
		return number;
	}

	/** After approval, the only way to change an item's minutes: with a reason, kept as a new version. */
	@Transactional
	public int amend(UUID minutesId, UUID itemId, ItemMinutesForm form, String reason) {
		UUID clusterId = cluster.id();
		requireStaff();
		Minutes minutes = locked(clusterId, minutesId);
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
		return repository.snapshot(clusterId, minutesId, "AMENDMENT", reason.strip(), username(), itemId);
	}

	/** A member's (or staff's) comment on an item while the minutes are not approved. */
	/**
	 * @return whether the comment came after the comment deadline: accepted and marked, and the
	 *         commenter told, where the body warns; refused where the body refuses late comments
	 */
	@Transactional
	public boolean comment(UUID minutesId, UUID itemId, String text) {
		UUID clusterId = cluster.id();
		Minutes minutes = minutes(minutesId);
		Viewer viewer = viewerOf(minutes);
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
			if (!item.meetingId().equals(minutes.meetingId()) || !viewer.maySee(item.exemption(), today())) {
				throw new NotFoundException("item", itemId);
			}
		}
		boolean late = minutes.pastCommentDeadline(today());
		if (late && meetings.settings(meetings.meeting(minutes.meetingId()).bodyId()).outOfTime() == OutOfTime.REFUSE) {
			throw new RuleViolation("text", "minutes.comment.afterDeadline", DAY.format(minutes.commentDeadline()));
		}
		repository.comment(clusterId, minutesId, itemId, username(), viewer.personId(), text.strip(), late);
		return late;
	}

	// --- helpers -----------------------------------------------------------------------------------

	private static boolean meetingAllowsApproval(Meeting meeting) {
		return meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.MINUTES_FOR_COMMENT;
	}

	private Minutes lockedFor(UUID clusterId, Meeting meeting) {
		UUID id = repository.insert(clusterId, meeting.id());
		return locked(clusterId, id);
	}

	private Minutes locked(UUID clusterId, UUID minutesId) {
		return repository.findForUpdate(clusterId, minutesId)
			.orElseThrow(() -> new NotFoundException("minutes", minutesId));
	}

	private Optional<UUID> chairPersonIfCurrentUser(Meeting meeting) {
		LoggedIn user = currentUser.get().orElse(null);
		if (user == null || user.personId() == null) {
			return Optional.empty();
		}
		UUID clusterId = cluster.id();
		return bodies.chairOn(clusterId, meeting.bodyId(), today())
			.map(MemberRow::personId)
			.filter(person -> Objects.equals(person, user.personId()));
	}

	boolean isStaff() {
		return currentUser.isStaff();
	}

	private void requireStaff() {
		if (!isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	private String username() {
		return currentUser.actor();
	}
}
