package klynge.body;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.body.BodyRepository.BodyData;
import klynge.body.MembershipRepository.MembershipData;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bodies: the pages' views, creating, changing and renaming. */
@Service
class BodyService {

	/** A row of the list of bodies. */
	record ListItem(BodySummary body, int members) {
	}

	/** A membership of the history, with names resolved. */
	record HistoryLine(MembershipData membership, String bodyName, String personName, String code,
			String organisationName, String deputyForName) {
	}

	record BodyView(BodyData body, NameHistory names, LocalDate day, String nameOnDay, BodySummary predecessor,
			List<BodySummary> successors, MembersTable table, List<HistoryLine> history) {
	}

	private final BodyRepository bodies;

	private final MembershipRepository memberships;

	private final BodyDirectory directory;

	BodyService(BodyRepository bodies, MembershipRepository memberships, BodyDirectory directory) {
		this.bodies = bodies;
		this.memberships = memberships;
		this.directory = directory;
	}

	List<ListItem> list(UUID clusterId) {
		LocalDate today = directory.today(clusterId);
		return directory.bodies(clusterId)
			.stream()
			.map(body -> new ListItem(body, memberships.countVotingOn(clusterId, body.id(), today)))
			.toList();
	}

	BodyData body(UUID clusterId, UUID bodyId) {
		return bodies.find(clusterId, bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
	}

	NameHistory names(UUID clusterId, UUID bodyId) {
		body(clusterId, bodyId);
		return bodies.names(clusterId, bodyId);
	}

	BodyView view(UUID clusterId, UUID bodyId, LocalDate day) {
		BodyData body = body(clusterId, bodyId);
		NameHistory names = bodies.names(clusterId, bodyId);
		BodySummary predecessor = body.predecessorId() == null ? null
				: directory.body(clusterId, body.predecessorId()).orElse(null);
		LocalDate today = directory.today(clusterId);
		List<BodySummary> successors = bodies.successors(clusterId, bodyId)
			.stream()
			.map(s -> BodyDirectory.summary(s, bodies.names(clusterId, s.id()), today))
			.toList();
		return new BodyView(body, names, day, names.nameOn(day), predecessor, successors,
				directory.tableOn(clusterId, bodyId, day), history(clusterId, memberships.ofBody(clusterId, bodyId)));
	}

	/** Every membership of a person, with the body's name at the start of each term. */
	List<HistoryLine> personHistory(UUID clusterId, UUID personId) {
		return history(clusterId, memberships.ofPerson(clusterId, personId));
	}

	private List<HistoryLine> history(UUID clusterId, List<MembershipData> rows) {
		BodyDirectory.Names names = directory.names(clusterId);
		Map<UUID, NameHistory> bodyNames = bodies.allNames(clusterId);
		Map<UUID, UUID> personOfMembership = new HashMap<>();
		rows.stream()
			.map(MembershipData::deputyForId)
			.filter(id -> id != null)
			.distinct()
			.forEach(id -> memberships.find(clusterId, id).ifPresent(m -> personOfMembership.put(id, m.personId())));
		return rows.stream()
			.map(m -> new HistoryLine(m,
					bodyNames.getOrDefault(m.bodyId(), NameHistory.of(List.of())).nameOn(m.validFrom()),
					names.personName(m.personId()), names.personCode(m.personId()),
					names.organisationName(m.organisationId()),
					m.deputyForId() == null ? null : names.personName(personOfMembership.get(m.deputyForId()))))
			.toList();
	}

	@Transactional
	UUID create(UUID clusterId, BodyCommand command) {
		check(clusterId, null, command);
		UUID id = bodies.insert(clusterId, command.type(), Text.blankToNull(command.mandate()), command.predecessorId(),
				command.establishedOn(), command.sortOrder() == null ? 0 : command.sortOrder(),
				Boolean.TRUE.equals(command.observersSeeExempt()));
		bodies.insertName(clusterId, id, command.name().trim(), command.establishedOn());
		return id;
	}

	@Transactional
	void update(UUID clusterId, UUID bodyId, BodyCommand command, int version) {
		BodyData current = body(clusterId, bodyId);
		check(clusterId, bodyId, command);
		if (!bodies.update(clusterId, bodyId, version, command.type(), Text.blankToNull(command.mandate()),
				command.predecessorId(), command.establishedOn(), command.dissolvedOn(),
				command.sortOrder() == null ? current.sortOrder() : command.sortOrder(),
				command.observersSeeExempt() == null ? current.observersSeeExempt() : command.observersSeeExempt())) {
			throw new EditConflict("body", bodyId, current.version());
		}
		NameHistory names = bodies.names(clusterId, bodyId);
		if (!names.entries().isEmpty()) {
			bodies.correctName(clusterId, bodyId, names.current().validFrom(), command.name().trim());
		}
	}

	@Transactional
	void rename(UUID clusterId, UUID bodyId, String name, LocalDate from) {
		body(clusterId, bodyId);
		bodies.names(clusterId, bodyId).checkRename(name, from);
		bodies.insertName(clusterId, bodyId, name.trim(), from);
		bodies.touch(clusterId, bodyId);
	}

	private void check(UUID clusterId, UUID bodyId, BodyCommand command) {
		if (command.type() == null) {
			throw new RuleViolation("type", "body.type.required");
		}
		if (command.name() == null || command.name().isBlank()) {
			throw new RuleViolation("name", "body.name.required");
		}
		if (command.establishedOn() == null) {
			throw new RuleViolation("establishedOn", "body.established.required");
		}
		if (command.dissolvedOn() != null && command.dissolvedOn().isBefore(command.establishedOn())) {
			throw new RuleViolation("dissolvedOn", "body.dissolved.beforeEstablished");
		}
		if (command.predecessorId() != null) {
			if (command.predecessorId().equals(bodyId) || bodies.find(clusterId, command.predecessorId()).isEmpty()) {
				throw new RuleViolation("predecessorId", "body.predecessor.unknown");
			}
		}
	}

}
