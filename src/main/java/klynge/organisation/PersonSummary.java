package klynge.organisation;

import java.util.UUID;

/**
 * A row of the people list: code, name, title and the organisation the person works at
 * today.
 */
public record PersonSummary(UUID id, String code, String name, String title, UUID organisationId,
		String organisationName) {
}
