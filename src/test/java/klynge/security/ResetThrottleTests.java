package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ResetThrottleTests {

	final LoginThrottleTests.TestClock clock = new LoginThrottleTests.TestClock();

	final ResetThrottle throttle = new ResetThrottle(clock);

	@Test
	void threeMailsAnHourPerIdentifier() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.mayMail("medlem", "10.0.0." + i)).isTrue();
		}
		assertThat(throttle.mayMail(" MEDLEM", "10.0.0.9")).isFalse();
		assertThat(throttle.mayMail("leder", "10.0.0.9")).isTrue();
		clock.advance(Duration.ofMinutes(61));
		assertThat(throttle.mayMail("medlem", "10.0.0.9")).isTrue();
	}

	@Test
	void twentyAnHourPerAddress() {
		for (int i = 0; i < 20; i++) {
			assertThat(throttle.mayMail("user" + i, "10.0.0.1")).isTrue();
		}
		assertThat(throttle.mayMail("another", "10.0.0.1")).isFalse();
		assertThat(throttle.mayMail("another", "10.0.0.2")).isTrue();
	}

}
