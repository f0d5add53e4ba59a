package klynge.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit for logins: after {@value #MAX_FAILURES} failures for a username, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address, within the window, further attempts are
 * refused until the window has passed. Kept in memory: one instance for now (see docs/operations.md).
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

	static final int MAX_FAILURES = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isBlocked(request.getParameter("username"), request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		chain.doFilter(request, response);
	}

	AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			recordFailure(request.getParameter("username"), request.getRemoteAddr());
			boolean locked = isBlocked(request.getParameter("username"), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
		};
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		failures.remove(userKey(event.getAuthentication().getName()));
	}

	boolean isBlocked(String username, String address) {
		return count(userKey(username)) >= MAX_FAILURES || count(addressKey(address)) >= MAX_FAILURES_PER_ADDRESS;
	}

	void recordFailure(String username, String address) {
		Instant now = clock.instant();
		failures.merge(userKey(username), new Failures(1, now), (old, one) -> old.plusOne(now));
		failures.merge(addressKey(address), new Failures(1, now), (old, one) -> old.plusOne(now));
	}

	/** Forgets every failure; for tests that share one application context. */
	void clear() {
		failures.clear();
	}

	private int count(String key) {
		Failures found = failures.get(key);
		if (found == null) {
			return 0;
		}
		if (found.since().plus(WINDOW).isBefore(clock.instant())) {
			failures.remove(key, found);
			return 0;
		}
		return found.count();
	}

	private static String userKey(String username) {
		return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

	private record Failures(int count, Instant since) {

		Failures plusOne(Instant now) {
			return since.plus(WINDOW).isBefore(now) ? new Failures(1, now) : new Failures(count + 1, since);
		}
	}
}
