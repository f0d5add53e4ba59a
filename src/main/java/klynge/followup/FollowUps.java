package klynge.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.ItemDirectory;
import klynge.meeting.ItemVisibility;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, edits and completes follow-ups, and lists them for whoever asks: a follow-up of
 * an item the viewer may not see is never shown.
 */
@Service
public class FollowUps {

	private final FollowUpRepository followUps;

	private final Agenda agenda;

	private final Meetings meetings;

	private final ItemDirectory items;

	private final OrganisationDirectory registry;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	FollowUps(FollowUpRepository followUps, Agenda agenda, Meetings meetings, ItemDirectory items,
			OrganisationDirectory registry, BodyDirectory bodies, CurrentCluster cluster, CurrentUser currentUser) {
		this.followUps = followUps;
		this.agenda = agenda;
		this.meetings = meetings;
		this.items = items;
		this.registry = registry;
		this.bodies = bodies;
		this.cluster = cluster;
		this.currentUser = currentUser;
	}

	/** Filters for the list; null means any. */
	public record Filter(UUID ownerPersonId, UUID ownerBodyId, FollowUpStatus status, UUID bodyId) {

		public static final Filter ALL = new Filter(null, null, null, null);

	}

	/**
	 * The follow-ups of a meeting's items that are in {@code visible} (the items the
	 * viewer may see); none while the minutes that record them are not approved, unless
	 * the viewer may read those minutes.
	 */
	public Map<UUID, List<FollowUpView>> ofItems(Meeting meeting, Set<UUID> visible, Viewer viewer) {
		if (!viewer.maySeeRecordOf(meeting.status())) {
			return Map.of();
		}
		LocalDate today = today();
		Map<UUID, List<FollowUpView>> byItem = new HashMap<>();
		followUps.ofMeeting(cluster.id(), meeting.id())
			.stream()
			.filter(row -> visible.contains(row.itemId()))
			.forEach(row -> byItem.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(view(row, today)));
		return byItem;
	}

	/** The logged-in user's own follow-ups, open ones first. */
	public List<FollowUpView> mine() {
		UUID personId = currentPerson();
		if (personId == null) {
			return List.of();
		}
		return list(new Filter(personId, null, null, null));
	}

	/** The logged-in person's own follow-ups with their notes, open ones first. */
	public List<OwnFollowUp> mineWithNotes() {
		UUID personId = currentPerson();
		if (personId == null) {
			return List.of();
		}
		LocalDate today = today();
		ItemVisibility visibility = items.visibility();
		return followUps.filter(cluster.id(), personId, null, null, null)
			.stream()
			.filter(row -> visible(row, visibility))
			.map(row -> new OwnFollowUp(view(row, today), row.statusNote()))
			.toList();
	}

	/** Open follow-ups past their due date, of items the viewer may see. */
	public List<FollowUpView> overdue() {
		return list(Filter.ALL).stream().filter(FollowUpView::overdue).toList();
	}

	/**
	 * The owner moves their own follow-up (pågår, utført, or open again) with a note;
	 * anyone else's is refused with a message, whatever their role (staff edit through
	 * the full form).
	 */
	@Transactional
	public OwnFollowUp setOwnStatus(UUID id, FollowUpStatus status, String note) {
		FollowUpRow row = visibleRow(id);
		UUID me = currentPerson();
		if (me == null || !me.equals(row.ownerPersonId())) {
			throw new RuleViolation("status", "followup.notYours");
		}
		String cleaned = klynge.shared.Text.blankToNull(note);
		if (cleaned != null && cleaned.length() > 2000) {
			throw new RuleViolation("note", "followup.note.tooLong");
		}
		LocalDate doneOn = row.followUp().doneOnAfter(status, today());
		followUps.setOwnStatus(cluster.id(), id, status, doneOn, cleaned);
		return new OwnFollowUp(view(followUps.find(cluster.id(), id).orElseThrow(), today()), cleaned);
	}

	public List<FollowUpView> list(Filter filter) {
		LocalDate today = today();
		ItemVisibility visibility = items.visibility();
		return followUps
			.filter(cluster.id(), filter.ownerPersonId(), filter.ownerBodyId(), filter.status(), filter.bodyId())
			.stream()
			.filter(row -> visible(row, visibility))
			.map(row -> view(row, today))
			.toList();
	}

	/**
	 * One follow-up, if the viewer may see its item; otherwise it does not exist for
	 * them.
	 */
	public FollowUpView get(UUID id) {
		return view(visibleRow(id), today());
	}

	public FollowUp followUp(UUID id) {
		return visibleRow(id).followUp();
	}

	/** The owner's code for the edit form, when a person owns it. */
	public String ownerCode(FollowUp followUp) {
		return followUp.ownerPersonId() == null ? null
				: registry.person(cluster.id(), followUp.ownerPersonId()).map(PersonRef::code).orElse(null);
	}

	@Transactional
	public UUID add(UUID itemId, FollowUpForm form) {
		UUID clusterId = cluster.id();
		AgendaItem item = agenda.item(itemId);
		Meeting meeting = meetings.meeting(item.meetingId());
		Owner owner = owner(clusterId, form);
		FollowUpRules.requireDueNotBefore(meeting.meetingDate(), form.dueOn());
		LocalDate doneOn = FollowUp.doneOnFor(FollowUpStatus.OPEN, null, form.status(), today());
		return followUps.insert(clusterId, itemId, owner.personId(), owner.bodyId(), form, doneOn);
	}

	@Transactional
	public void update(UUID id, FollowUpForm form) {
		UUID clusterId = cluster.id();
		FollowUpRow row = followUps.find(clusterId, id).orElseThrow(() -> new NotFoundException("followUp", id));
		Owner owner = owner(clusterId, form);
		FollowUpRules.requireDueNotBefore(row.meetingDate(), form.dueOn());
		LocalDate doneOn = row.followUp().doneOnAfter(form.status(), today());
		if (!followUps.update(clusterId, id, owner.personId(), owner.bodyId(), form, doneOn)) {
			throw new EditConflict("followUp", id, row.version());
		}
	}

	/** Moves a follow-up to a status (utført sets the day it was done). */
	@Transactional
	public void setStatus(UUID id, FollowUpStatus status) {
		UUID clusterId = cluster.id();
		FollowUpRow row = followUps.find(clusterId, id).orElseThrow(() -> new NotFoundException("followUp", id));
		followUps.setStatus(clusterId, id, status, row.followUp().doneOnAfter(status, today()));
	}

	/**
	 * Open follow-ups owned by a person and due between the two days (for reminder
	 * mails), in the given cluster. Mail is not the place for what is not public: an item
	 * the public may not see on {@code from} is given by its public title only.
	 */
	public List<FollowUpView> dueForReminders(UUID clusterId, LocalDate from, LocalDate to) {
		return followUps.openOwnedByPeopleDueBetween(clusterId, from, to).stream().map(row -> {
			String title = Objects.requireNonNullElse(Viewer.ANONYMOUS.titleOf(row.exemption(), row.itemTitle(), from),
					"");
			return new FollowUpView(row.id(), row.itemId(), row.meetingId(), row.meetingDate(), row.caseLabel(), title,
					row.ownerCode(), row.ownerPersonId(), null, row.description(), row.dueOn(), row.status(),
					row.doneOn(), FollowUp.isOverdue(row.status(), row.dueOn(), from), row.version());
		}).toList();
	}

	/** Open follow-ups owned by a body (for its backlog), in the given cluster. */
	List<FollowUpRow> openOwnedByBody(UUID clusterId, UUID bodyId) {
		return followUps.openOwnedByBody(clusterId, bodyId);
	}

	public List<BodySummary> bodies() {
		return bodies.bodies(cluster.id());
	}

	public List<PersonRef> people() {
		return registry.people(cluster.id());
	}

	private FollowUpRow visibleRow(UUID id) {
		FollowUpRow row = followUps.find(cluster.id(), id).orElseThrow(() -> new NotFoundException("followUp", id));
		if (!visible(row, items.visibility())) {
			throw new NotFoundException("followUp", id);
		}
		return row;
	}

	/**
	 * The item's access, and the minutes' rule: a follow-up from minutes not yet approved
	 * is for staff, the body's members and the person who owns it.
	 */
	private boolean visible(FollowUpRow row, ItemVisibility visibility) {
		return visibility.maySee(row.bodyId(), row.meetingDate(), row.exemption())
				&& (visibility.maySeeRecord(row.bodyId(), row.meetingDate(), row.meetingStatus())
						|| (row.ownerPersonId() != null && row.ownerPersonId().equals(currentPerson())));
	}

	FollowUpView view(FollowUpRow row, LocalDate today) {
		String owner = row.ownerPersonId() != null ? row.ownerCode()
				: bodies.nameOn(cluster.id(), row.ownerBodyId(), today);
		return new FollowUpView(row.id(), row.itemId(), row.meetingId(), row.meetingDate(), row.caseLabel(),
				row.itemTitle(), owner, row.ownerPersonId(), row.ownerBodyId(), row.description(), row.dueOn(),
				row.status(), row.doneOn(), FollowUp.isOverdue(row.status(), row.dueOn(), today), row.version());
	}

	private record Owner(UUID personId, UUID bodyId) {
	}

	private Owner owner(UUID clusterId, FollowUpForm form) {
		FollowUpRules.requireOneOwner(form.ownerCode(), form.ownerBodyId());
		if (form.ownerCode() != null) {
			Optional<PersonRef> person = registry.personByCode(clusterId, form.ownerCode());
			return new Owner(
					person.orElseThrow(() -> new RuleViolation("ownerCode", "followup.owner.unknown", form.ownerCode()))
						.id(),
					null);
		}
		if (bodies.body(clusterId, form.ownerBodyId()).isEmpty()) {
			throw new RuleViolation("ownerBodyId", "followup.owner.unknownBody");
		}
		return new Owner(null, form.ownerBodyId());
	}

	private UUID currentPerson() {
		return currentUser.get().map(LoggedIn::personId).orElse(null);
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

}
