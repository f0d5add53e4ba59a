package klynge.security;

import java.util.Locale;
import java.util.UUID;

/** A token just issued for an account, with what the mail needs. The token itself is never stored. */
record IssuedToken(UUID accountId, String username, String email, String token, Locale locale,
		String clusterName) {
}
