package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

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
	void afterFiveFailuresTheClientWaitsOneSecondThenTwiceAsLongEachTime() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).isZero();
		throttle.recordFailure("medlem", "10.0.0.1");
		assertThat(throttle.waitFor("MEDLEM ", "10.0.0.1")).as("same user, other case").hasSeconds(1);
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).isZero();
		throttle.recordFailure("medlem", "10.0.0.1");
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).hasSeconds(2);
		throttle.recordFailure("medlem", "10.0.0.1");
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).hasSeconds(4);
	}

	@Test
	void theWaitForOneAccountOnOneAddressStopsGrowingAtTenMinutes() {
		for (int i = 0; i < 200; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT_ACCOUNT_ON_ADDRESS);
		clock.advance(LoginThrottle.MAX_WAIT_ACCOUNT_ON_ADDRESS);
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).isZero();
	}

	@Test
	void theRealUserFromAnotherAddressIsNeverMadeToWait() {
		for (int i = 0; i < 200; i++) {
			throttle.recordFailure("medlem", "10.0.0.66");
		}
		assertThat(throttle.waitFor("medlem", "10.0.0.66")).isPositive();
		assertThat(throttle.waitFor("medlem", "10.0.0.2")).isZero();
	}

	@Test
	void aDistributedGuessSlowsOnlyAddressesThatFailThemselves() {
		for (int i = 0; i < 50; i++) {
			throttle.recordFailure("medlem", "10.1.0." + i);
		}
		assertThat(throttle.waitFor("medlem", "10.1.0.7")).as("a guessing address")
			.isPositive()
			.isLessThanOrEqualTo(LoginThrottle.MAX_WAIT_ACCOUNT);
		assertThat(throttle.waitFor("medlem", "10.2.0.1")).as("the real user, who has not failed").isZero();
	}

	@Test
	void manyFailuresFromOneAddressMakeOthersThereWaitAMinuteAtMost() {
		for (int i = 0; i < 100; i++) {
			throttle.recordFailure("user" + i, "10.0.0.9");
		}
		Duration wait = throttle.waitFor("someone", "10.0.0.9");
		assertThat(wait).isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_WAIT_ADDRESS);
		assertThat(throttle.waitFor("someone", "10.0.0.10")).isZero();
		clock.advance(wait);
		assertThat(throttle.waitFor("someone", "10.0.0.9")).as("not blocked for ever").isZero();
	}

	@Test
	void aQuietQuarterOfAnHourForgetsTheFailures() {
		for (int i = 0; i < 9; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
		throttle.recordFailure("medlem", "10.0.0.1");
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).isZero();
	}

	@Test
	void memoryStaysBoundedWithHugeDistinctUsernames() {
		String huge = "x".repeat(200_000);
		for (int i = 0; i < 15_000; i++) {
			throttle.recordFailure(i + huge.substring(0, 10_000), "10.3." + (i % 250) + "." + (i / 250));
		}
		throttle.recordFailure(huge, "10.0.0.1");
		assertThat(throttle.keys()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
		assertThat(throttle.longestKey()).as("usernames are kept as digests").isLessThan(80);
	}

	@Test
	void failureHandlerSendsBackToTheFormWithTheWait() throws Exception {
		for (int i = 1; i <= 6; i++) {
			throttle.recordFailure("medlem", "127.0.0.1");
			MockHttpServletResponse response = new MockHttpServletResponse();
			throttle.failureHandler()
				.onAuthenticationFailure(login("medlem"), response, new BadCredentialsException("bad"));
			assertThat(response.getRedirectedUrl())
				.isEqualTo(i < 5 ? "/login?error" : "/login?error&wait=" + (i == 5 ? 1 : 2));
		}
	}

	@Test
	void filterRefusesAnEarlyAttemptBeforeThePasswordIsChecked() throws Exception {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("medlem", "127.0.0.1");
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		throttle.doFilter(login("medlem"), response, chain);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?wait=1");
		assertThat(chain.getRequest()).as("the login was not passed on").isNull();

		MockFilterChain other = new MockFilterChain();
		throttle.doFilter(login("leder"), new MockHttpServletResponse(), other);
		assertThat(other.getRequest()).isNotNull();
	}

	@Test
	void filterAnswersAnEarlyBasicAttemptWith429AndRetryAfter() throws Exception {
		for (int i = 0; i < 7; i++) {
			throttle.recordFailure("medlem", "127.0.0.1");
		}
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/organisations");
		request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("medlem:demo".getBytes()));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		throttle.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getHeader("Retry-After")).isEqualTo("4");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void clearForgetsAllFailures() {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("medlem", "10.0.0.1");
		}
		throttle.clear();
		assertThat(throttle.waitFor("medlem", "10.0.0.1")).isZero();
	}

	private static MockHttpServletRequest login(String username) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setParameter("username", username);
		request.setParameter("password", "wrong");
		return request;
	}

}
