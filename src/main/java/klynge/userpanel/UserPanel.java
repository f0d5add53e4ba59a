package klynge.userpanel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.MemberTerm;
import klynge.body.MembershipRole;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.security.CurrentUser;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.userpanel.UserPanelRepository.ItemRef;
import klynge.userpanel.UserPanelRepository.MeetingRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user panel of the current cluster: the first body of type user panel. Its periods
 * may not overlap; its assignments move requested → assigned → ended (or declined), each
 * step kept with the day it took effect.
 */
@Service
class UserPanel {

	/** Items offered to link an assignment to: the latest of the cluster. */
	private static final int ITEM_CHOICES = 150;

	private final UserPanelRepository repository;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	UserPanel(UserPanelRepository repository, BodyDirectory bodies, OrganisationDirectory registry,
			CurrentCluster cluster, CurrentUser user) {
		this.repository = repository;
		this.bodies = bodies;
		this.registry = registry;
		this.cluster = cluster;
		this.user = user;
	}

	/** A period with its constituting meeting and its members (no contact data). */
	record PeriodView(Period period, MeetingRef constitutingMeeting, List<MemberTerm> members) {

		public long organisationCount() {
			return members.stream().map(m -> m.member().organisationId()).filter(Objects::nonNull).distinct().count();
		}
	}

	/**
	 * An assignment with its representative's name, the item it was reported in, its
	 * history.
	 */
	record AssignmentView(Assignment assignment, String personName, ItemRef item, List<StatusChange> history) {

		/**
		 * Whether the item it was reported in is public: only then does the public see
		 * it.
		 */
		public boolean publicItem() {
			return item != null && "PUBLIC".equals(item.access());
		}
	}

	/** Everything the panel's pages show. */
	record Overview(BodySummary panel, List<PeriodView> periods, PeriodView current, List<AssignmentView> assignments,
			List<MeetingRef> meetings) {
	}

	/** Who may be assigned: the people who have sat on the panel. */
	record PersonChoice(UUID id, String name) {
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	Optional<BodySummary> panel() {
		return panel(cluster.id());
	}

	Optional<BodySummary> panel(UUID clusterId) {
		return PanelBody.of(bodies, repository, clusterId);
	}

	private BodySummary requirePanel() {
		return panel().orElseThrow(() -> new RuleViolation(null, "userpanel.noPanel"));
	}

	/** The panel's periods, members and assignments; empty without a user panel body. */
	Optional<Overview> overview() {
		UUID clusterId = cluster.id();
		return panel().map(panel -> overview(clusterId, panel, today()));
	}

	Overview overview(UUID clusterId, BodySummary panel, LocalDate today) {
		List<MeetingRef> meetings = repository.meetingsOf(clusterId, panel.id());
		List<PeriodView> periods = repository.periods(clusterId, panel.id())
			.stream()
			.map(p -> view(clusterId, p, meetings))
			.toList();
		PeriodView current = periods.stream()
			.filter(p -> p.period().contains(today))
			.findFirst()
			.orElse(periods.stream().filter(p -> !p.period().validFrom().isAfter(today)).findFirst().orElse(null));
		Map<UUID, String> names = new HashMap<>();
		registry.people(clusterId).forEach(p -> names.put(p.id(), p.name()));
		List<AssignmentView> assignments = repository.assignments(clusterId, panel.id())
			.stream()
			.map(a -> new AssignmentView(a, names.getOrDefault(a.personId(), ""),
					a.meetingItemId() == null ? null : repository.item(clusterId, a.meetingItemId()).orElse(null),
					repository.history(clusterId, a.id())))
			.toList();
		return new Overview(panel, periods, current, assignments, meetings);
	}

	private PeriodView view(UUID clusterId, Period p, List<MeetingRef> meetings) {
		MeetingRef meeting = meetings.stream()
			.filter(m -> m.meetingId().equals(p.constitutingMeetingId()))
			.findFirst()
			.orElse(null);
		List<MemberTerm> members = bodies.membersBetween(clusterId, p.bodyId(), p.validFrom(), p.validTo())
			.stream()
			.filter(m -> m.member().role() != MembershipRole.SECRETARIAT)
			.toList();
		return new PeriodView(p, meeting, members);
	}

	PeriodView period(UUID id) {
		UUID clusterId = cluster.id();
		Period p = repository.period(clusterId, id).orElseThrow(() -> new NotFoundException("period", id));
		return view(clusterId, p, repository.meetingsOf(clusterId, p.bodyId()));
	}

	AssignmentView assignment(UUID id) {
		UUID clusterId = cluster.id();
		Assignment a = repository.assignment(clusterId, id).orElseThrow(() -> new NotFoundException("assignment", id));
		String name = registry.person(clusterId, a.personId()).map(PersonRef::name).orElse("");
		return new AssignmentView(a, name,
				a.meetingItemId() == null ? null : repository.item(clusterId, a.meetingItemId()).orElse(null),
				repository.history(clusterId, id));
	}

	List<MeetingRef> meetings() {
		return panel().map(p -> repository.meetingsOf(cluster.id(), p.id())).orElse(List.of());
	}

	List<ItemRef> itemChoices() {
		return repository.latestItems(cluster.id(), ITEM_CHOICES);
	}

	/** Everyone who has held a seat on the panel, by name. */
	List<PersonChoice> personChoices() {
		return panel().map(p -> {
			Map<UUID, String> people = new LinkedHashMap<>();
			bodies.membersBetween(cluster.id(), p.id(), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))
				.stream()
				.filter(m -> m.member().role() != MembershipRole.SECRETARIAT)
				.forEach(m -> people.putIfAbsent(m.member().personId(), m.member().name()));
			return people.entrySet()
				.stream()
				.map(e -> new PersonChoice(e.getKey(), e.getValue()))
				.sorted(Comparator.comparing(PersonChoice::name))
				.toList();
		}).orElse(List.of());
	}

	// --- periods

	@Transactional
	UUID createPeriod(PeriodForm form) {
		BodySummary panel = requirePanel();
		UUID clusterId = cluster.id();
		Checked checked = check(clusterId, panel.id(), null, form);
		return repository.insertPeriod(clusterId, panel.id(), checked.name, checked.from, checked.to, checked.meetingId,
				checked.mandate);
	}

	@Transactional
	void updatePeriod(UUID id, PeriodForm form) {
		UUID clusterId = cluster.id();
		Period period = repository.period(clusterId, id).orElseThrow(() -> new NotFoundException("period", id));
		Checked checked = check(clusterId, period.bodyId(), id, form);
		repository.updatePeriod(clusterId, id, checked.name, checked.from, checked.to, checked.meetingId,
				checked.mandate);
	}

	@Transactional
	void deletePeriod(UUID id) {
		UUID clusterId = cluster.id();
		repository.period(clusterId, id).orElseThrow(() -> new NotFoundException("period", id));
		repository.deletePeriod(clusterId, id);
	}

	private record Checked(String name, java.time.LocalDate from, java.time.LocalDate to, UUID meetingId,
			String mandate) {
	}

	private Checked check(UUID clusterId, UUID bodyId, UUID selfId, PeriodForm form) {
		String name = PanelRules.text(form.name(), "name", PanelRules.NAME_MAX, true);
		LocalDate from = PanelRules.date(form.validFrom(), "validFrom", true);
		LocalDate to = PanelRules.date(form.validTo(), "validTo", true);
		PanelRules.requireOrder(from, to);
		UUID meetingId = PanelRules.id(form.constitutingMeetingId(), "constitutingMeetingId");
		if (meetingId != null
				&& repository.meetingsOf(clusterId, bodyId).stream().noneMatch(m -> m.meetingId().equals(meetingId))) {
			throw new RuleViolation("constitutingMeetingId", "userpanel.choice.unknown");
		}
		String mandate = PanelRules.text(form.mandate(), "mandate", PanelRules.LONG_TEXT_MAX, false);
		repository.lockPanel(clusterId, bodyId);
		PanelRules.requireNoOverlap(selfId, from, to, repository.periods(clusterId, bodyId));
		return new Checked(name, from, to, meetingId, mandate);
	}

	// --- assignments

	@Transactional
	UUID createAssignment(AssignmentForm form) {
		BodySummary panel = requirePanel();
		UUID clusterId = cluster.id();
		CheckedAssignment c = check(clusterId, panel.id(), form);
		UUID id = repository.insertAssignment(clusterId, panel.id(), c.personId, c.externalBody, c.requestedBy, c.from,
				c.to, c.note, c.itemId);
		repository.addStatus(clusterId, id, AssignmentStatus.REQUESTED, today(), null, user.actor());
		return id;
	}

	@Transactional
	void updateAssignment(UUID id, AssignmentForm form) {
		UUID clusterId = cluster.id();
		Assignment a = repository.lockAssignment(clusterId, id)
			.orElseThrow(() -> new NotFoundException("assignment", id));
		CheckedAssignment c = check(clusterId, a.bodyId(), form);
		repository.updateAssignment(clusterId, id, c.personId, c.externalBody, c.requestedBy, c.from, c.to, c.note,
				c.itemId);
	}

	/**
	 * Moves the assignment to its next status from a day: assigning starts its term if it
	 * had no start, ending closes it if it had no end.
	 */
	@Transactional
	void changeStatus(UUID id, StatusForm form) {
		UUID clusterId = cluster.id();
		Assignment a = repository.lockAssignment(clusterId, id)
			.orElseThrow(() -> new NotFoundException("assignment", id));
		AssignmentStatus target = PanelRules.status(form.status());
		PanelRules.requireTransition(a.status(), target);
		LocalDate on = PanelRules.date(form.effectiveOn(), "effectiveOn", false);
		LocalDate day = on == null ? today() : on;
		String note = PanelRules.text(form.note(), "note", 1000, false);
		LocalDate from = a.validFrom();
		LocalDate to = a.validTo();
		if (target == AssignmentStatus.ASSIGNED && from == null) {
			from = day;
		}
		if (target == AssignmentStatus.ENDED && to == null) {
			to = day;
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation("effectiveOn", "userpanel.date.endBeforeStart");
		}
		repository.setStatus(clusterId, id, target, from, to);
		repository.addStatus(clusterId, id, target, day, note, user.actor());
	}

	@Transactional
	void deleteAssignment(UUID id) {
		UUID clusterId = cluster.id();
		repository.assignment(clusterId, id).orElseThrow(() -> new NotFoundException("assignment", id));
		repository.deleteAssignment(clusterId, id);
	}

	private record CheckedAssignment(UUID personId, String externalBody, String requestedBy, LocalDate from,
			LocalDate to, String note, UUID itemId) {
	}

	private CheckedAssignment check(UUID clusterId, UUID bodyId, AssignmentForm form) {
		UUID personId = PanelRules.id(form.personId(), "personId");
		if (personId == null) {
			throw new RuleViolation("personId", "userpanel.assignment.personRequired");
		}
		if (personChoices().stream().noneMatch(p -> p.id().equals(personId))) {
			throw new RuleViolation("personId", "userpanel.assignment.notMember");
		}
		String externalBody = PanelRules.text(form.externalBody(), "externalBody", PanelRules.TEXT_MAX, true);
		String requestedBy = PanelRules.text(form.requestedBy(), "requestedBy", PanelRules.TEXT_MAX, false);
		LocalDate from = PanelRules.date(form.validFrom(), "validFrom", false);
		LocalDate to = PanelRules.date(form.validTo(), "validTo", false);
		PanelRules.requireOrder(from, to);
		String note = PanelRules.text(form.note(), "note", PanelRules.LONG_TEXT_MAX, false);
		UUID itemId = PanelRules.id(form.meetingItemId(), "meetingItemId");
		if (itemId != null && repository.item(clusterId, itemId).isEmpty()) {
			throw new RuleViolation("meetingItemId", "userpanel.choice.unknown");
		}
		return new CheckedAssignment(personId, externalBody, requestedBy, from, to, note, itemId);
	}

	boolean isStaff() {
		return user.isStaff();
	}

}
