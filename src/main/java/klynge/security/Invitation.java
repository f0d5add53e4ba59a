package klynge.security;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An account's invitation as administrators see it: never the link, which only the mail
 * carries. {@code issuedAt} and {@code expiresAt} are those of the latest link (null when
 * none was sent); {@code personName} and {@code personCode} of the linked person.
 */
public record Invitation(UUID accountId, String username, String email, UUID personId, String personName,
		String personCode, InvitationState state, OffsetDateTime issuedAt, OffsetDateTime expiresAt,
		OffsetDateTime acceptedAt, OffsetDateTime withdrawnAt) implements Serializable {
}
