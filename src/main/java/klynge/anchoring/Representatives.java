package klynge.anchoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.BodyType;
import klynge.body.MemberRow;
import org.springframework.stereotype.Component;

/**
 * Who answers for a partner: the person holding the partner's voting seat in the
 * cluster's Partnermøte today (the chair first, then by the order of the member table).
 * The secretariat may choose someone else per request; a partner with no seat has no
 * representative until then.
 */
@Component
class Representatives {

	private final BodyDirectory bodies;

	Representatives(BodyDirectory bodies) {
		this.bodies = bodies;
	}

	Optional<UUID> of(UUID clusterId, UUID organisationId, LocalDate day) {
		return bodies.bodies(clusterId)
			.stream()
			.filter(body -> body.type() == BodyType.PARTNER_MEETING)
			.filter(body -> body.dissolvedOn() == null || !body.dissolvedOn().isBefore(day))
			.sorted(Comparator.comparingInt(BodySummary::sortOrder))
			.flatMap(body -> bodies.membersOn(clusterId, body.id(), day)
				.stream()
				.filter(row -> organisationId.equals(row.organisationId()) && row.role().isVoting())
				.sorted(Comparator.comparingInt(MemberRow::sortOrder)))
			.map(MemberRow::personId)
			.findFirst();
	}

}
