package klynge.organisation;

import java.util.UUID;

/**
 * A row of the organisation list: with its parent's name and whether it is a partner
 * today.
 */
public record OrganisationSummary(UUID id, String name, String shortName, OrganisationType type, UUID parentId,
		String parentName, boolean partner) {
}
