package klynge.organisation;

import java.util.UUID;

/** One organisation with its contact and its version (for optimistic locking). */
public record OrganisationDetails(UUID id, String name, String shortName, OrganisationType type, UUID parentId,
		String parentName, String contactName, String contactEmail, String contactPhone, int version) {
}
