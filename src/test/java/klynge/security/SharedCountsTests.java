package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import klynge.KlyngeIntegrationTest;
import klynge.security.RecentCounts.Window;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttles' counts in the database behave as those in memory and are shared: two
 * instances (two SharedCounts on their own JdbcClients) see each other's events, so a
 * guesser sent to the other instance waits just as long.
 */
@KlyngeIntegrationTest
class SharedCountsTests {

	@Autowired
	DataSource dataSource;

	final LoginThrottleTests.TestClock clock = new LoginThrottleTests.TestClock();

	/** A kind of its own per test, so tests sharing the database do not meet. */
	final String kind = "test-" + UUID.randomUUID();

	private SharedCounts instance(Window from) {
		return new SharedCounts(JdbcClient.create(dataSource), kind, Duration.ofMinutes(15), from, clock);
	}

	@Test
	void anEventOnOneInstanceCountsOnTheOther() {
		SharedCounts one = instance(Window.FROM_LAST);
		SharedCounts other = instance(Window.FROM_LAST);
		assertThat(other.get("k")).isNull();
		one.add("k");
		assertThat(other.add("k").count()).isEqualTo(2);
		assertThat(one.get("k").count()).isEqualTo(2);
		assertThat(one.get("k").first()).isEqualTo(clock.now);
		assertThat(other.size()).isEqualTo(1);
		one.remove("k");
		assertThat(other.get("k")).isNull();
	}

	@Test
	void severalKeysAreReadTogetherAsOneByOne() {
		SharedCounts counts = instance(Window.FROM_LAST);
		counts.add("a");
		counts.add("a");
		counts.add("b");
		clock.advance(Duration.ofMinutes(10));
		counts.add("b");
		counts.add("gone");
		clock.advance(Duration.ofMinutes(6));
		// "a" has expired (16 min after its last event), "b" and "gone" have not
		counts.add("gone");
		var read = counts.get("a", "b", "c", "gone");
		assertThat(read.keySet()).containsExactlyInAnyOrder("b", "gone");
		assertThat(read.get("b")).isEqualTo(counts.get("b"));
		assertThat(read.get("b").count()).isEqualTo(2);
		assertThat(read.get("gone").count()).isEqualTo(2);
		assertThat(instance(Window.FROM_LAST).get("b", "gone")).as("another instance").isEqualTo(read);
		assertThat(counts.get()).isEmpty();
	}

	@Test
	void fromTheLastEventAQuietWindowForgets() {
		SharedCounts counts = instance(Window.FROM_LAST);
		counts.add("k");
		clock.advance(Duration.ofMinutes(10));
		counts.add("k");
		clock.advance(Duration.ofMinutes(10));
		assertThat(counts.get("k").count()).as("10 min after the last event").isEqualTo(2);
		clock.advance(Duration.ofMinutes(6));
		assertThat(counts.get("k")).isNull();
		assertThat(counts.add("k").count()).as("starts again").isEqualTo(1);
	}

	@Test
	void fromTheFirstEventTheWindowIsAQuota() {
		SharedCounts counts = instance(Window.FROM_FIRST);
		counts.add("k");
		clock.advance(Duration.ofMinutes(10));
		counts.add("k");
		clock.advance(Duration.ofMinutes(6));
		assertThat(counts.get("k")).as("16 min after the first event").isNull();
		assertThat(counts.add("k").count()).isEqualTo(1);
	}

	@Test
	void eventsAtTheSameTimeOnManyConnectionsAreAllCounted() throws Exception {
		SharedCounts counts = instance(Window.FROM_LAST);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				done.add(pool.submit(() -> counts.add("k")));
			}
			for (Future<?> future : done) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(counts.get("k").count()).isEqualTo(40);
	}

	@Test
	void aGuesserMovedToTheOtherInstanceWaitsJustAsLong() {
		LoginThrottle one = new LoginThrottle(instance(Window.FROM_LAST));
		LoginThrottle other = new LoginThrottle(instance(Window.FROM_LAST));
		for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_ON_ADDRESS + 2; i++) {
			(i % 2 == 0 ? one : other).recordFailure("medlem", "10.0.0.7");
		}
		assertThat(one.waitFor("medlem", "10.0.0.7")).hasSeconds(4);
		assertThat(other.waitFor("medlem", "10.0.0.7")).hasSeconds(4);
		assertThat(other.waitFor("medlem", "10.0.0.8")).as("another client").isZero();
		one.clear();
		assertThat(other.waitFor("medlem", "10.0.0.7")).isZero();
	}

	@Test
	void theResetQuotaIsSharedToo() {
		ResetThrottle one = new ResetThrottle(instance(Window.FROM_FIRST));
		ResetThrottle other = new ResetThrottle(instance(Window.FROM_FIRST));
		assertThat(one.mayMail("ola@example.org", "10.0.0.9")).isTrue();
		assertThat(other.mayMail("ola@example.org", "10.0.0.9")).isTrue();
		assertThat(one.mayMail("ola@example.org", "10.0.0.9")).isTrue();
		assertThat(other.mayMail("ola@example.org", "10.0.0.9")).as("the fourth within the hour").isFalse();
	}

}
