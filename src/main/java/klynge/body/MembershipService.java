package klynge.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.body.MembershipRepository.MembershipData;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memberships: adding, changing, ending and reordering, with the seat and deputy rules.
 */
@Service
class MembershipService {

	private final BodyRepository bodies;

	private final MembershipRepository memberships;

	private final OrganisationDirectory registry;

	private final BodyDirectory directory;

	MembershipService(BodyRepository bodies, MembershipRepository memberships, OrganisationDirectory registry,
			BodyDirectory directory) {
		this.bodies = bodies;
		this.memberships = memberships;
		this.registry = registry;
		this.directory = directory;
	}

	MembershipData membership(UUID clusterId, UUID id) {
		return memberships.find(clusterId, id).orElseThrow(() -> new NotFoundException("membership", id));
	}

	MembershipData membershipOf(UUID clusterId, UUID bodyId, UUID id) {
		MembershipData found = membership(clusterId, id);
		if (!found.bodyId().equals(bodyId)) {
			throw new NotFoundException("membership", id);
		}
		return found;
	}

	/**
	 * The body's memberships that a deputy may stand in for (not deputies themselves).
	 */
	List<MembershipData> deputyCandidates(UUID clusterId, UUID bodyId) {
		return memberships.ofBody(clusterId, bodyId).stream().filter(m -> m.role() != MembershipRole.DEPUTY).toList();
	}

	@Transactional
	UUID add(UUID clusterId, UUID bodyId, MembershipCommand command) {
		bodies.find(clusterId, bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
		int sortOrder = command.sortOrder() != null ? command.sortOrder()
				: memberships.ofBody(clusterId, bodyId).stream().mapToInt(MembershipData::sortOrder).max().orElse(0)
						+ 1;
		Membership membership = checked(clusterId, null, bodyId, command, sortOrder);
		return memberships.insert(clusterId, membership);
	}

	@Transactional
	void update(UUID clusterId, UUID id, MembershipCommand command, int version) {
		MembershipData current = membership(clusterId, id);
		Membership membership = checked(clusterId, id, current.bodyId(), command,
				command.sortOrder() == null ? current.sortOrder() : command.sortOrder());
		if (!memberships.update(clusterId, membership, version)) {
			throw new EditConflict("membership", id, current.version());
		}
	}

	@Transactional
	void end(UUID clusterId, UUID id, LocalDate day) {
		MembershipData current = membership(clusterId, id);
		if (day == null) {
			throw new RuleViolation("validTo", "membership.end.required");
		}
		Membership ended = current.toDomain().ended(day);
		memberships.update(clusterId, ended, current.version());
	}

	@Transactional
	void delete(UUID clusterId, UUID id) {
		membership(clusterId, id);
		memberships.delete(clusterId, id);
	}

	/**
	 * Moves a membership one place up or down within its section of the table on a day.
	 */
	@Transactional
	void move(UUID clusterId, UUID bodyId, UUID id, LocalDate day, boolean up) {
		MembershipData moving = membershipOf(clusterId, bodyId, id);
		List<MemberRow> section = directory.tableOn(clusterId, bodyId, day)
			.sectionOf(moving.role())
			.stream()
			.map(MembersTable.Line::row)
			.toList();
		List<MemberRow> order = new ArrayList<>(section);
		int index = -1;
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).membershipId().equals(id)) {
				index = i;
			}
		}
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= order.size()) {
			return;
		}
		order.set(index, section.get(other));
		order.set(other, section.get(index));
		List<Integer> numbers = section.stream().map(MemberRow::sortOrder).sorted().toList();
		boolean distinct = numbers.stream().distinct().count() == numbers.size();
		for (int i = 0; i < order.size(); i++) {
			int number = distinct ? numbers.get(i) : numbers.getFirst() + i;
			if (order.get(i).sortOrder() != number) {
				memberships.setSortOrder(clusterId, order.get(i).membershipId(), number);
			}
		}
	}

	private Membership checked(UUID clusterId, UUID id, UUID bodyId, MembershipCommand command, int sortOrder) {
		if (command.personId() == null) {
			throw new RuleViolation("personId", "membership.person.required");
		}
		PersonRef person = registry.person(clusterId, command.personId())
			.orElseThrow(() -> new RuleViolation("personId", "membership.person.unknown"));
		if (command.organisationId() != null && registry.organisation(clusterId, command.organisationId()).isEmpty()) {
			throw new RuleViolation("organisationId", "membership.organisation.unknown");
		}
		if (command.role() == null) {
			throw new RuleViolation("role", "membership.role.required");
		}
		if (command.seat() == null || command.seat().isBlank()) {
			throw new RuleViolation("seat", "membership.seat.required");
		}
		Term term = new Term(command.validFrom(), command.validTo());
		Membership membership = new Membership(id, bodyId, person.id(), command.role(), command.seat().strip(),
				command.organisationId(), command.deputyForId(), term, sortOrder);
		List<Membership> others = memberships.ofBody(clusterId, bodyId).stream().map(MembershipData::toDomain).toList();
		BodyDirectory.Names names = directory.names(clusterId);
		membership.checkAgainst(others, names::personName);
		return membership;
	}

}
