package klynge.body;

import java.time.LocalDate;
import java.util.UUID;

/** What an editor gives to create or change a membership. */
record MembershipCommand(UUID personId, MembershipRole role, String seat, UUID organisationId, UUID deputyForId,
		LocalDate validFrom, LocalDate validTo, Integer sortOrder) {
}
