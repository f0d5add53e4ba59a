package klynge.organisation;

import java.util.UUID;

/** One person with contact details (for logged-in users of the cluster only) and version. */
public record PersonDetails(UUID id, String code, String name, String title, String email, String phone,
		UUID organisationId, String organisationName, int version) {
}
