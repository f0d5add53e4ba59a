package klynge.funding;

import java.util.UUID;

/** An applicant: the account that applies, its name and organisation. */
public record Applicant(UUID id, UUID accountId, String name, String email, UUID organisationId) {
}
