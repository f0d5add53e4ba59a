package klynge.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts the text of mails that carry a secret link (AES-GCM) with a key that lives
 * only in this process. The outbox row keeps a readable copy without the link; the real
 * text can be read only by this running instance, and only until it has been sent (then
 * it is cleared). After a restart a waiting link mail cannot be sent and fails with a
 * clear error: the person asks for a new link, which is what they would do with an
 * expired one anyway.
 */
@Component
class SecretBodies {

	private static final int IV_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SecretBodies() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, random);
			this.key = generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES is missing", ex);
		}
	}

	byte[] encrypt(String text) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed", ex);
		}
	}

	/** The text, or empty when it was sealed by another process (or is damaged). */
	Optional<String> decrypt(byte[] sealed) {
		if (sealed == null || sealed.length <= IV_BYTES) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
			byte[] text = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
			return Optional.of(new String(text, StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

}
