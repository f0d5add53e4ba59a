package klynge.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The server's time for deadlines, in Europe/Oslo as the calls state them. Tests put in a
 * fixed clock to stand on either side of a deadline.
 */
@Component
public class FundingClock {

	public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private volatile Clock clock = Clock.system(OSLO);

	public Instant now() {
		return clock.instant();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(OSLO));
	}

	/** For tests: the clock deadlines are measured by; null for the system clock. */
	public void set(Clock clock) {
		this.clock = clock == null ? Clock.system(OSLO) : clock;
	}

}
