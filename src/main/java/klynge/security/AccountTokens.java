package klynge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/** One-time tokens: 256 random bits, URL-safe; only their SHA-256 (hex) is stored. */
final class AccountTokens {

	enum Purpose {

		INVITATION(Duration.ofHours(72)), PASSWORD_RESET(Duration.ofHours(1));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private AccountTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
