package klynge.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code klynge.mail.outbox.*}: how often the sender looks, how long a claim lasts, the
 * pauses between attempts (the last one repeats) and after how many attempts a message is
 * FAILED.
 */
@ConfigurationProperties("klynge.mail.outbox")
public record OutboxProperties(@DefaultValue("2s") Duration pollDelay, @DefaultValue("5m") Duration lease,
		@DefaultValue( {
				"30s", "2m", "10m", "1h" }) List<Duration> backoff,
		@DefaultValue("6") int maxAttempts, @DefaultValue("20") int batchSize){

	/** The pause after the given (1-based) failed attempt. */
	public Duration backoffAfter(int attempts) {
		if (backoff.isEmpty()) {
			return Duration.ofMinutes(1);
		}
		return backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1);
	}
}
