package klynge.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The time the feeds and the sitemap are written at: "today" decides whether an exemption
 * has ended ({@code Viewer.maySee}). Tests put in a fixed clock to stand on the day an
 * exemption ends, without any write.
 */
@Component
public class FeedClock {

	private volatile Clock clock = Clock.systemUTC();

	public Instant now() {
		return clock.instant();
	}

	/** The day in the cluster's zone. */
	public LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** For tests: the clock to write by; null for the system clock. */
	public void set(Clock clock) {
		this.clock = clock == null ? Clock.systemUTC() : clock;
	}

}
