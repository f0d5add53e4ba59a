package klynge.security;

import java.time.OffsetDateTime;
import java.util.UUID;

import klynge.shared.EntityTags;

/**
 * An account as administrators see it (never the password hash), with the linked person's
 * name and code.
 */
public record AccountView(UUID id, String username, String email, UUID personId, String personName, String personCode,
		boolean administrator, boolean secretariat, boolean enabled, AccountStatus status, String preferredLanguage,
		OffsetDateTime createdAt, int version) {

	public String etag() {
		return EntityTags.of(version);
	}
}
