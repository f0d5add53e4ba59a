package klynge.security;

import java.time.Duration;

/** One-time tokens: 256 random bits, URL-safe; only their SHA-256 (hex) is stored. */
final class AccountTokens {

	enum Purpose {

		INVITATION(Duration.ofHours(72)), PASSWORD_RESET(Duration.ofHours(1));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

	}

	private AccountTokens() {
	}

}
