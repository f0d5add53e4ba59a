package klynge.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bounds the password reset mails "forgotten password" sends: at most
 * {@value #PER_IDENTIFIER} an hour for what was typed (so a flood neither fills the
 * user's inbox nor voids the link just sent time after time) and {@value #PER_ADDRESS} an
 * hour from one client address, counted across instances ({@link SharedCounts}). Over the
 * limit no mail leaves, and the page says the same as always, so the limit tells nobody
 * whether an account exists.
 */
@Component
class ResetThrottle {

	static final int PER_IDENTIFIER = 3;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofHours(1);

	private final Counts requests;

	/** The application's: counts shared by every instance, in the database. */
	@Autowired
	ResetThrottle(JdbcClient jdbc) {
		this(new SharedCounts(jdbc, "reset", WINDOW, RecentCounts.Window.FROM_FIRST, Clock.systemUTC()));
	}

	/** In memory, for unit tests. */
	ResetThrottle(Clock clock) {
		this(new RecentCounts(20_000, WINDOW, RecentCounts.Window.FROM_FIRST, clock));
	}

	ResetThrottle(Counts requests) {
		this.requests = requests;
	}

	/** Counts the request; true if a mail may be sent for it. */
	boolean mayMail(String identifier, String address) {
		String identifierKey = "i:" + RecentCounts.digest(identifier);
		String addressKey = "a:" + RecentCounts.digest(address);
		if (over(identifierKey, PER_IDENTIFIER) || over(addressKey, PER_ADDRESS)) {
			return false;
		}
		requests.add(identifierKey);
		requests.add(addressKey);
		return true;
	}

	/** Forgets every request; for tests that share one application context. */
	void clear() {
		requests.clear();
	}

	private boolean over(String key, int limit) {
		RecentCounts.Count count = requests.get(key);
		return count != null && count.count() >= limit;
	}

}
