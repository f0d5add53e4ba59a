package klynge.body;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memberships for other modules: the terms held in a role of a body, and appointing or
 * ending one with body's own seat rules (appointments make the leder of Styringsgruppen a
 * CHAIR membership, so a position's term is a membership's).
 */
@Component
public class Memberships {

	/** One term held in a role of a body. */
	public record Held(UUID membershipId, UUID personId, LocalDate validFrom, LocalDate validTo) {
	}

	private final MembershipService service;

	private final MembershipRepository repository;

	Memberships(MembershipService service, MembershipRepository repository) {
		this.service = service;
		this.repository = repository;
	}

	/** Every term in the role, earliest first. */
	public List<Held> held(UUID clusterId, UUID bodyId, MembershipRole role) {
		return repository.ofBody(clusterId, bodyId)
			.stream()
			.filter(m -> m.role() == role)
			.map(m -> new Held(m.id(), m.personId(), m.validFrom(), m.validTo()))
			.sorted(java.util.Comparator.comparing(Held::validFrom))
			.toList();
	}

	/**
	 * Appoints a person to the role for a term (a new membership, checked by body's seat
	 * rules).
	 * @return the membership's id
	 */
	@Transactional
	public UUID appoint(UUID clusterId, UUID bodyId, UUID personId, MembershipRole role, String seat, LocalDate from,
			LocalDate to) {
		return service.add(clusterId, bodyId, new MembershipCommand(personId, role, seat, null, null, from, to, null));
	}

	/** Ends a membership on a day (its last day). */
	@Transactional
	public void end(UUID clusterId, UUID membershipId, LocalDate day) {
		service.end(clusterId, membershipId, day);
	}

}
