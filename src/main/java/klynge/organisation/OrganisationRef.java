package klynge.organisation;

import java.util.UUID;

/** An organisation as other modules see it. */
public record OrganisationRef(UUID id, String name, String shortName) {
}
