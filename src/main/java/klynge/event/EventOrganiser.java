package klynge.event;

import java.util.UUID;

/**
 * A co-organiser: an organisation of the registry (its name looked up) or a name only.
 */
record EventOrganiser(UUID id, UUID organisationId, String name) {
}
