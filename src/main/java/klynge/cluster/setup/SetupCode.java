package klynge.cluster.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one-time code that proves the person on the setup page is the one who started the
 * application: printed in the log at start while the installation has no cluster, or
 * taken from {@code KLYNGE_SETUP_CODE} for scripted installs. It lives only in this
 * process and is spent by the setup it allows; a restart before setup prints a new one.
 */
@Component
class SetupCode {

	private static final Logger log = LoggerFactory.getLogger(SetupCode.class);

	/** No 0/O, 1/I/L: the code is read from a log and typed. */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final boolean configured;

	private volatile String code;

	SetupCode(SetupProperties properties) {
		this.configured = properties.code() != null && !properties.code().isBlank();
		this.code = configured ? properties.code().strip() : random();
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce(ApplicationReadyEvent ready) {
		FirstRun firstRun = ready.getApplicationContext().getBean(FirstRun.class);
		if (!firstRun.needed()) {
			code = null;
			return;
		}
		if (configured) {
			log.warn(
					"Klynge is not set up yet. Open /setup in a browser and enter the setup code given in KLYNGE_SETUP_CODE.");
		}
		else {
			log.warn("Klynge is not set up yet. Open /setup in a browser and enter this one-time setup code: {}", code);
		}
	}

	/**
	 * Whether {@code typed} is the code (case, spaces and dashes aside), compared in
	 * constant time.
	 */
	boolean matches(String typed) {
		String expected = code;
		if (expected == null || typed == null) {
			return false;
		}
		return MessageDigest.isEqual(normal(expected).getBytes(StandardCharsets.UTF_8),
				normal(typed).getBytes(StandardCharsets.UTF_8));
	}

	/** The code has done its work: it is refused from now on. */
	void spend() {
		code = null;
	}

	private static String normal(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private static String random() {
		SecureRandom random = new SecureRandom();
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
