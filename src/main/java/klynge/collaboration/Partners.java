package klynge.collaboration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.CurrentCluster;
import klynge.event.EventLink;
import klynge.event.Events;
import klynge.meeting.CaseNumber;
import klynge.meeting.ItemDirectory;
import klynge.meeting.ItemVisibility;
import klynge.security.CurrentUser;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration partners of the current cluster: staff keep them, the public sees those
 * {@link PartnerRules#isPublic} allows (404 for the others), without contact data.
 */
@Service
class Partners {

	private final PartnerRepository repository;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	private final ItemDirectory items;

	private final BodyDirectory bodies;

	private final Events events;

	Partners(PartnerRepository repository, CurrentCluster cluster, CurrentUser user, ItemDirectory items,
			BodyDirectory bodies, Events events) {
		this.repository = repository;
		this.cluster = cluster;
		this.user = user;
		this.items = items;
		this.bodies = bodies;
		this.events = events;
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	boolean staff() {
		return user.isStaff();
	}

	/** Every partner, for staff. */
	List<PartnerView> all() {
		return views(repository.all(cluster.id()));
	}

	/** The partners the public sees. */
	List<PartnerView> publicPartners() {
		return views(repository.all(cluster.id()).stream().filter(Partner::isPublic).toList());
	}

	/** Staff see every partner; others only a public one. */
	PartnerView view(UUID id) {
		Partner partner = repository.find(cluster.id(), id)
			.filter(p -> staff() || p.isPublic())
			.orElseThrow(() -> new NotFoundException("collaboration-partner", id));
		return views(List.of(partner)).getFirst();
	}

	private List<PartnerView> views(List<Partner> partners) {
		UUID clusterId = cluster.id();
		Map<UUID, List<StatusChange>> history = repository.history(clusterId)
			.stream()
			.collect(Collectors.groupingBy(StatusChange::partnerId));
		Map<UUID, List<Decision>> decisions = decisions(clusterId);
		Map<UUID, EventLink> linkable = events.links(clusterId)
			.stream()
			.collect(Collectors.toMap(EventLink::id, e -> e));
		Map<UUID, List<SharedEvent>> shared = repository.events(clusterId)
			.stream()
			.filter(row -> linkable.containsKey(row.eventId()))
			.map(row -> Map.entry(row.partnerId(), new SharedEvent(row.id(), linkable.get(row.eventId()))))
			.sorted((a, b) -> a.getValue().event().firstDay().compareTo(b.getValue().event().firstDay()))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return partners.stream()
			.map(p -> new PartnerView(p, history.getOrDefault(p.id(), List.of()),
					decisions.getOrDefault(p.id(), List.of()), shared.getOrDefault(p.id(), List.of())))
			.toList();
	}

	/** The items behind the partnerships as the current user may read them. */
	private Map<UUID, List<Decision>> decisions(UUID clusterId) {
		ItemVisibility visibility = items.visibility();
		return repository.decisions(clusterId).stream().map(row -> {
			String title = visibility.title(row.bodyId(), row.meetingDate(), row.exemption(), row.title());
			return title == null ? null
					: Map.entry(row.partnerId(),
							new Decision(row.id(), row.itemId(), row.meetingId(),
									bodies.nameOn(clusterId, row.bodyId(), row.meetingDate()), row.meetingDate(),
									row.caseLabel(), title));
		})
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	// --- staff

	@Transactional
	UUID create(PartnerForm form) {
		UUID clusterId = cluster.id();
		PartnerFields fields = PartnerFields.of(form);
		PartnerStatus status = status(form.status());
		LocalDate since = date(form.statusSince());
		PartnerRules.checkInitial(status, since, today());
		if (repository.nameTaken(clusterId, fields.name(), null)) {
			throw new RuleViolation("name", "collaboration.form.name.taken");
		}
		UUID id = repository.insert(clusterId, fields, status, since);
		repository.insertChange(clusterId, id, status, since, null, user.actor());
		return id;
	}

	/**
	 * @throws EditConflict when someone saved since the form was opened
	 */
	@Transactional
	void update(UUID id, PartnerForm form) {
		UUID clusterId = cluster.id();
		Partner partner = repository.lock(clusterId, id)
			.orElseThrow(() -> new NotFoundException("collaboration-partner", id));
		PartnerFields fields = PartnerFields.of(form);
		if (repository.nameTaken(clusterId, fields.name(), id)) {
			throw new RuleViolation("name", "collaboration.form.name.taken");
		}
		int version = form.version() == null ? partner.version() : form.version();
		if (!repository.update(clusterId, id, version, fields)) {
			throw new EditConflict("collaboration-partner", id, partner.version());
		}
	}

	/**
	 * @throws RuleViolation when the change is not allowed ({@link PartnerRules})
	 */
	@Transactional
	void changeStatus(UUID id, String status, String on, String comment) {
		UUID clusterId = cluster.id();
		Partner partner = repository.lock(clusterId, id)
			.orElseThrow(() -> new NotFoundException("collaboration-partner", id));
		PartnerStatus to = status(status);
		LocalDate date = date(on);
		PartnerRules.checkChange(partner.status(), partner.statusSince(), to, date, today());
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (note != null && note.length() > 2000) {
			throw new RuleViolation("comment", "collaboration.form.tooLong", 2000);
		}
		repository.setStatus(clusterId, id, to, date);
		repository.insertChange(clusterId, id, to, date, note, user.actor());
	}

	/** Links the body's item with the case number ("25-21"). */
	@Transactional
	void linkDecision(UUID id, UUID bodyId, String caseNumber) {
		UUID clusterId = cluster.id();
		get(id);
		CaseNumber number = CaseNumber.parse(caseNumber)
			.orElseThrow(() -> new RuleViolation("caseNumber", "collaboration.decision.caseNumber.invalid"));
		UUID item = bodyId == null ? null
				: repository.itemByCase(clusterId, bodyId, number.sequence(), number.year()).orElse(null);
		if (item == null) {
			throw new RuleViolation("caseNumber", "collaboration.decision.notFound", number.toString());
		}
		if (!repository.linkDecision(clusterId, id, item)) {
			throw new RuleViolation("caseNumber", "collaboration.decision.linked");
		}
	}

	@Transactional
	void unlinkDecision(UUID id, UUID decisionId) {
		if (repository.unlinkDecision(cluster.id(), id, decisionId) == 0) {
			throw new NotFoundException("collaboration-decision", decisionId);
		}
	}

	@Transactional
	void linkEvent(UUID id, UUID eventId) {
		UUID clusterId = cluster.id();
		get(id);
		if (eventId == null || events.links(clusterId, List.of(eventId)).isEmpty()) {
			throw new RuleViolation("eventId", "collaboration.event.invalid");
		}
		if (!repository.linkEvent(clusterId, id, eventId)) {
			throw new RuleViolation("eventId", "collaboration.event.linked");
		}
	}

	@Transactional
	void unlinkEvent(UUID id, UUID linkId) {
		if (repository.unlinkEvent(cluster.id(), id, linkId) == 0) {
			throw new NotFoundException("collaboration-event", linkId);
		}
	}

	Partner get(UUID id) {
		return repository.find(cluster.id(), id).orElseThrow(() -> new NotFoundException("collaboration-partner", id));
	}

	List<EventLink> eventChoices() {
		return events.links(cluster.id());
	}

	List<BodySummary> bodyChoices() {
		return bodies.bodies(cluster.id());
	}

	private static PartnerStatus status(String text) {
		try {
			return text == null || text.isBlank() ? null : PartnerStatus.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("status", "collaboration.status.required");
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("changedOn", "collaboration.status.dateInvalid");
		}
	}

}
