package klynge.body;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Creating bodies and memberships for other modules (the spreadsheet import), through the
 * same services and rules as the body pages: seat overlaps, deputies and terms are
 * checked here, not by the caller.
 */
@Service
public class BodyRegister {

	/** A membership as other modules see it. */
	public record Entry(UUID id, UUID bodyId, UUID personId, MembershipRole role, String seat, UUID deputyForId,
			LocalDate validFrom, LocalDate validTo) {
	}

	private final BodyService bodies;

	private final MembershipService memberships;

	private final MembershipRepository repository;

	private final BodyDirectory directory;

	BodyRegister(BodyService bodies, MembershipService memberships, MembershipRepository repository,
			BodyDirectory directory) {
		this.bodies = bodies;
		this.memberships = memberships;
		this.repository = repository;
		this.directory = directory;
	}

	public UUID createBody(UUID clusterId, BodyType type, String name, LocalDate establishedOn) {
		return bodies.create(clusterId, new BodyCommand(type, name, establishedOn, null, null, null, null, null));
	}

	/** Adds a membership; a {@link klynge.shared.RuleViolation} says why not. */
	public UUID addMembership(UUID clusterId, UUID bodyId, UUID personId, MembershipRole role, String seat,
			UUID deputyForId, LocalDate validFrom, LocalDate validTo) {
		return memberships.add(clusterId, bodyId,
				new MembershipCommand(personId, role, seat, null, deputyForId, validFrom, validTo, null));
	}

	/** Every membership of the cluster's bodies, in each body's order. */
	public List<Entry> memberships(UUID clusterId) {
		return directory.bodies(clusterId)
			.stream()
			.flatMap(body -> repository.ofBody(clusterId, body.id()).stream())
			.map(m -> new Entry(m.id(), m.bodyId(), m.personId(), m.role(), m.seat(), m.deputyForId(), m.validFrom(),
					m.validTo()))
			.toList();
	}

}
