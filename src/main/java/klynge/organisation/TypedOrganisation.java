package klynge.organisation;

import java.util.UUID;

/**
 * An organisation with its type, and whether it was a partner of the cluster at some time
 * in the period asked about (the paying partners of a year's budget).
 */
public record TypedOrganisation(UUID id, String name, String shortName, OrganisationType type, boolean partner) {
}
