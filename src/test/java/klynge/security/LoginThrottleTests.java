package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

class LoginThrottleTests {

	/** A clock the test moves forward. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-11-24T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	final TestClock clock = new TestClock();

	final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void blocksAUsernameAfterFiveFailures() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		assertThat(throttle.isBlocked("medlem", "10.0.0.1")).isFalse();
		throttle.recordFailure("medlem", "10.0.0.1");
		assertThat(throttle.isBlocked("medlem", "10.0.0.1")).isTrue();
		assertThat(throttle.isBlocked("MEDLEM ", "10.0.0.2")).as("same user from elsewhere, other case").isTrue();
		assertThat(throttle.isBlocked("leder", "10.0.0.1")).as("another user from the same address").isFalse();
	}

	@Test
	void unblocksWhenTheFifteenMinuteWindowHasPassed() {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.isBlocked("medlem", "10.0.0.1")).as("exactly at the end of the window").isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.isBlocked("medlem", "10.0.0.1")).isFalse();
	}

	@Test
	void failuresOutsideTheWindowDoNotAddUp() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.recordFailure("medlem", "10.0.0.1");
		assertThat(throttle.isBlocked("medlem", "10.0.0.1")).isFalse();
	}

	@Test
	void blocksAnAddressAfterTwentyFailuresAcrossUsernames() {
		for (int i = 0; i < 19; i++) {
			throttle.recordFailure("user" + i, "10.0.0.9");
		}
		assertThat(throttle.isBlocked("someone", "10.0.0.9")).isFalse();
		throttle.recordFailure("user19", "10.0.0.9");
		assertThat(throttle.isBlocked("someone", "10.0.0.9")).isTrue();
		assertThat(throttle.isBlocked("someone", "10.0.0.10")).isFalse();
	}

	@Test
	void failureHandlerRedirectsToErrorThenToLocked() throws Exception {
		for (int i = 1; i <= 5; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			throttle.failureHandler().onAuthenticationFailure(login("medlem"), response, new BadCredentialsException("bad"));
			assertThat(response.getRedirectedUrl()).isEqualTo(i < 5 ? "/login?error" : "/login?locked");
		}
	}

	@Test
	void filterRefusesABlockedLoginBeforeItIsChecked() throws Exception {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("medlem", "127.0.0.1");
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		throttle.doFilter(login("medlem"), response, chain);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(chain.getRequest()).as("the login was not passed on").isNull();

		MockFilterChain other = new MockFilterChain();
		throttle.doFilter(login("leder"), new MockHttpServletResponse(), other);
		assertThat(other.getRequest()).isNotNull();
	}

	@Test
	void clearForgetsAllFailures() {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		throttle.clear();
		assertThat(throttle.isBlocked("medlem", "10.0.0.1")).isFalse();
	}

	private static MockHttpServletRequest login(String username) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setParameter("username", username);
		request.setParameter("password", "wrong");
		return request;
	}
}
