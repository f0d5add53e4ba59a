package klynge.body;

import java.util.UUID;

/** One row of a body's member table on a day, as the minutes print it. */
public record MemberRow(UUID membershipId, UUID personId, String name, String code, MembershipRole role, String seat,
		UUID organisationId, String organisationName, UUID deputyForPersonId, int sortOrder) {
}
