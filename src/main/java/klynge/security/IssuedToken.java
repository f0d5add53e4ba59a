package klynge.security;

import java.util.Locale;
import java.util.UUID;

/**
 * A token just issued for an account, with what the mail needs. The token itself is never
 * stored; {@code clusterId} is the account's cluster, whose outbox the mail goes to.
 */
record IssuedToken(UUID clusterId, UUID accountId, String username, String email, String token, Locale locale,
		String clusterName) {
}
