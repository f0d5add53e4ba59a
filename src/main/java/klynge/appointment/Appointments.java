package klynge.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import klynge.appointment.AppointmentRepository.ItemRow;
import klynge.appointment.AppointmentRepository.ProcessRow;
import klynge.appointment.AppointmentRepository.StepRow;
import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.Memberships;
import klynge.cluster.CurrentCluster;
import klynge.meeting.CaseNumber;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions, their terms and appointment processes in the current cluster. A body's
 * position reads and writes its terms as memberships through body's API.
 */
@Service
public class Appointments {

	/** A position with its terms, its current holder and its processes, for staff. */
	public record PositionView(Position position, String bodyName, List<HeldTerm> terms, HeldTerm current,
			boolean ending, List<AppointmentProcess> processes) {
	}

	/** A term that ends within the warning window and has no successor registered. */
	public record EndingTerm(UUID positionId, String positionName, UUID personId, String personName,
			LocalDate validTo) {
	}

	/**
	 * Who holds a position today: name, position and term, nothing more (the position's
	 * id gives the row its anchor, for search).
	 */
	public record OfficeHolder(String positionName, String personName, LocalDate validFrom, LocalDate validTo,
			UUID positionId) {
	}

	private final AppointmentRepository repository;

	private final Memberships memberships;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final int warningDays;

	Appointments(AppointmentRepository repository, Memberships memberships, BodyDirectory bodies,
			OrganisationDirectory registry, CurrentCluster cluster,
			@Value("${klynge.appointment.warning.days-before:120}") int warningDays) {
		this.repository = repository;
		this.memberships = memberships;
		this.bodies = bodies;
		this.registry = registry;
		this.cluster = cluster;
		this.warningDays = Math.max(0, warningDays);
	}

	public int warningDays() {
		return warningDays;
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	List<Position> positions() {
		return repository.positions(cluster.id());
	}

	Position position(UUID id) {
		return repository.position(cluster.id(), id).orElseThrow(() -> new NotFoundException("position", id));
	}

	List<BodySummary> bodies() {
		return bodies.bodies(cluster.id());
	}

	List<PersonRef> people() {
		return registry.people(cluster.id());
	}

	/** Every position with its terms and processes. */
	List<PositionView> overview() {
		return overview(today());
	}

	/** Every position as on a day (the warning job's day). */
	List<PositionView> overview(LocalDate today) {
		Map<UUID, List<AppointmentProcess>> processes = processesByPosition();
		return positions().stream().map(p -> view(p, today, processes)).toList();
	}

	PositionView overview(UUID positionId) {
		return view(position(positionId), today(), processesByPosition());
	}

	private PositionView view(Position position, LocalDate today, Map<UUID, List<AppointmentProcess>> processes) {
		List<HeldTerm> terms = terms(position);
		HeldTerm current = terms.stream().filter(t -> t.heldOn(today)).findFirst().orElse(null);
		boolean ending = current != null && current.endsWithin(today, warningDays)
				&& terms.stream().noneMatch(t -> t.validFrom().isAfter(current.validTo()));
		String bodyName = position.ofBody()
				? bodies.body(cluster.id(), position.bodyId()).map(BodySummary::name).orElse("") : "";
		return new PositionView(position, bodyName, terms, current, ending,
				processes.getOrDefault(position.id(), List.of()));
	}

	/** The position's terms, earliest first. */
	List<HeldTerm> terms(Position position) {
		UUID clusterId = cluster.id();
		List<HeldTerm> terms = new ArrayList<>();
		if (position.ofBody()) {
			memberships.held(clusterId, position.bodyId(), position.role())
				.forEach(
						h -> terms.add(new HeldTerm(h.membershipId(), h.personId(), null, h.validFrom(), h.validTo())));
		}
		else {
			repository.freeTerms(clusterId, position.id())
				.forEach(t -> terms.add(new HeldTerm(t.id(), t.personId(), null, t.validFrom(), t.validTo())));
		}
		Map<UUID, PersonRef> people = registry.people(clusterId, terms.stream().map(HeldTerm::personId).toList());
		return terms.stream()
			.map(t -> new HeldTerm(t.id(), t.personId(), nameOf(people, t.personId()), t.validFrom(), t.validTo()))
			.sorted(Comparator.comparing(HeldTerm::validFrom))
			.toList();
	}

	private static String nameOf(Map<UUID, PersonRef> people, UUID personId) {
		PersonRef person = personId == null ? null : people.get(personId);
		return person == null ? "" : person.name();
	}

	@Transactional
	UUID createPosition(PositionForm form) {
		UUID clusterId = cluster.id();
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty()) {
			throw new RuleViolation("name", "appointment.position.nameRequired");
		}
		if (name.length() > 200) {
			throw new RuleViolation("name", "appointment.position.nameTooLong");
		}
		int years = form.termYears() == null ? 2 : form.termYears();
		if (years < 1 || years > 10) {
			throw new RuleViolation("termYears", "appointment.position.termYears");
		}
		if (repository.nameTaken(clusterId, name)) {
			throw new RuleViolation("name", "appointment.position.nameTaken");
		}
		if (form.bodyId() != null) {
			if (bodies.body(clusterId, form.bodyId()).isEmpty()) {
				throw new RuleViolation("bodyId", "appointment.position.bodyUnknown");
			}
			if (form.role() == null) {
				throw new RuleViolation("role", "appointment.position.roleRequired");
			}
			if (repository.bodyRoleTaken(clusterId, form.bodyId(), form.role())) {
				throw new RuleViolation("role", "appointment.position.bodyRoleTaken");
			}
		}
		return repository.insertPosition(clusterId, name, form.bodyId(), form.bodyId() == null ? null : form.role(),
				years);
	}

	/**
	 * Registers a term; refused when it overlaps another holder's (the position has one
	 * holder at a time).
	 */
	@Transactional
	UUID registerTerm(UUID positionId, TermForm form) {
		Position position = position(positionId);
		PersonRef person = person(form.personId());
		AppointmentRules.checkTerm(terms(position), form.validFrom(), form.validTo());
		return register(position, person, form.validFrom(), form.validTo());
	}

	private UUID register(Position position, PersonRef person, LocalDate from, LocalDate to) {
		if (position.ofBody()) {
			return memberships.appoint(cluster.id(), position.bodyId(), person.id(), position.role(), position.name(),
					from, to);
		}
		return repository.insertFreeTerm(cluster.id(), position.id(), person.id(), from, to);
	}

	private PersonRef person(UUID personId) {
		if (personId == null) {
			throw new RuleViolation("personId", "appointment.term.personRequired");
		}
		return registry.person(cluster.id(), personId)
			.orElseThrow(() -> new RuleViolation("personId", "appointment.term.personUnknown"));
	}

	@Transactional
	UUID startProcess(UUID positionId, ProcessForm form) {
		Position position = position(positionId);
		if (form.termFrom() == null) {
			throw new RuleViolation("termFrom", "appointment.process.fromRequired");
		}
		LocalDate to = form.termTo() != null ? form.termTo()
				: AppointmentRules.nextTermEnd(form.termFrom(), position.termYears());
		if (to.isBefore(form.termFrom())) {
			throw new RuleViolation("termTo", "appointment.term.endBeforeStart");
		}
		return repository.insertProcess(cluster.id(), position.id(), form.termFrom(), to);
	}

	AppointmentProcess process(UUID positionId, UUID processId) {
		AppointmentProcess process = processesByPosition().getOrDefault(positionId, List.of())
			.stream()
			.filter(p -> p.id().equals(processId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("process", processId));
		return process;
	}

	/**
	 * Records the step the process waits for; a decision registers the decided term
	 * (ending the current holder's term the day before it starts) and finishes the
	 * process.
	 */
	@Transactional
	void recordStep(UUID positionId, UUID processId, StepForm form) {
		UUID clusterId = cluster.id();
		Position position = position(positionId);
		AppointmentProcess process = process(positionId, processId);
		AppointmentRules.checkStep(process.step(), form.step(), process.lastDay(), form.happenedOn(),
				form.personId() != null);
		PersonRef person = form.personId() == null ? null : person(form.personId());
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (note != null && note.length() > 4000) {
			throw new RuleViolation("note", "appointment.step.noteTooLong");
		}
		Set<UUID> items = items(form, position);
		if (!repository.advance(clusterId, processId, process.step(), process.step().next())) {
			throw new RuleViolation("step", "appointment.step.outOfOrder");
		}
		UUID stepId = repository.insertStep(clusterId, processId, form.step(), form.happenedOn(), note,
				person == null ? null : person.id());
		items.forEach(item -> repository.linkItem(clusterId, stepId, item));
		if (form.step() == ProcessStep.DECISION) {
			decide(position, person, process.termFrom(), process.termTo());
			repository.advance(clusterId, processId, ProcessStep.DECISION, ProcessStep.DONE);
		}
	}

	private void decide(Position position, PersonRef person, LocalDate from, LocalDate to) {
		List<HeldTerm> terms = terms(position);
		List<HeldTerm> others = new ArrayList<>();
		for (HeldTerm term : terms) {
			if (term.validFrom().isBefore(from) && term.overlaps(from, to)) {
				end(position, term, from.minusDays(1));
			}
			else {
				others.add(term);
			}
		}
		AppointmentRules.checkTerm(others, from, to);
		register(position, person, from, to);
	}

	private void end(Position position, HeldTerm term, LocalDate day) {
		if (position.ofBody()) {
			memberships.end(cluster.id(), term.id(), day);
		}
		else {
			repository.endFreeTerm(cluster.id(), term.id(), day);
		}
	}

	/**
	 * The items named by the form: ids (API) and case numbers of a body ("04-23, 05-23").
	 */
	private Set<UUID> items(StepForm form, Position position) {
		UUID clusterId = cluster.id();
		Set<UUID> items = new LinkedHashSet<>();
		List<UUID> ids = form.itemIds() == null ? List.of() : form.itemIds();
		if (!ids.isEmpty()) {
			List<UUID> found = repository.existingItems(clusterId, ids);
			if (found.size() != new LinkedHashSet<>(ids).size()) {
				throw new RuleViolation("itemIds", "appointment.step.itemUnknown");
			}
			items.addAll(ids);
		}
		String cases = form.cases() == null ? "" : form.cases().strip();
		if (!cases.isEmpty()) {
			UUID bodyId = form.itemBodyId() != null ? form.itemBodyId() : position.bodyId();
			if (bodyId == null) {
				throw new RuleViolation("itemBodyId", "appointment.step.itemBodyRequired");
			}
			for (String text : cases.split("[,;\\s]+")) {
				CaseNumber number = CaseNumber.parse(text)
					.orElseThrow(() -> new RuleViolation("cases", "appointment.step.caseInvalid", text));
				items.add(repository.itemByCase(clusterId, bodyId, number.sequence(), number.year())
					.orElseThrow(() -> new RuleViolation("cases", "appointment.step.caseUnknown", text)));
			}
		}
		return items;
	}

	private Map<UUID, List<AppointmentProcess>> processesByPosition() {
		UUID clusterId = cluster.id();
		Map<UUID, List<ItemRow>> itemsByStep = new HashMap<>();
		repository.linkedItems(clusterId)
			.forEach(row -> itemsByStep.computeIfAbsent(row.stepId(), k -> new ArrayList<>()).add(row));
		List<StepRow> stepRows = repository.steps(clusterId);
		Map<UUID, PersonRef> people = registry.people(clusterId,
				stepRows.stream().map(StepRow::personId).filter(java.util.Objects::nonNull).toList());
		Map<UUID, List<AppointmentProcess.Step>> stepsByProcess = new HashMap<>();
		for (StepRow s : stepRows) {
			List<AppointmentProcess.LinkedItem> items = itemsByStep.getOrDefault(s.id(), List.of())
				.stream()
				.map(i -> new AppointmentProcess.LinkedItem(i.itemId(), i.meetingId(), i.meetingDate(),
						i.caseSeq() == null ? "" : new CaseNumber(i.caseSeq(), i.caseYear()).toString(), i.title()))
				.toList();
			stepsByProcess.computeIfAbsent(s.processId(), k -> new ArrayList<>())
				.add(new AppointmentProcess.Step(s.id(), s.step(), s.happenedOn(), s.note(), s.personId(),
						s.personId() == null ? null : nameOf(people, s.personId()), items));
		}
		Map<UUID, List<AppointmentProcess>> byPosition = new HashMap<>();
		for (ProcessRow p : repository.processes(clusterId)) {
			byPosition.computeIfAbsent(p.positionId(), k -> new ArrayList<>())
				.add(new AppointmentProcess(p.id(), p.positionId(), p.termFrom(), p.termTo(), p.step(),
						List.copyOf(stepsByProcess.getOrDefault(p.id(), List.of()))));
		}
		return byPosition;
	}

	/**
	 * Terms ending within the warning window with no successor registered: the staff
	 * start page's warnings.
	 */
	public List<EndingTerm> endingTerms() {
		return overview().stream()
			.filter(PositionView::ending)
			.map(v -> new EndingTerm(v.position().id(), v.position().name(), v.current().personId(),
					v.current().personName(), v.current().validTo()))
			.sorted(Comparator.comparing(EndingTerm::validTo))
			.toList();
	}

	/** Today's office holders for the public list. */
	List<OfficeHolder> holders() {
		return overview().stream()
			.filter(v -> v.current() != null)
			.map(v -> new OfficeHolder(v.position().name(), v.current().personName(), v.current().validFrom(),
					v.current().validTo(), v.position().id()))
			.toList();
	}

}
