package klynge.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.security.RecentCounts.Count;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on every login path (the form and HTTP Basic) without locking
 * the real user out. Failed logins are counted per client address, per account on that
 * address, and per account; after a few free failures each further attempt from a client
 * that has been failing must wait 1 s, 2 s, 4 s, … (capped) after its last failure. Early
 * attempts are refused before the password is checked: the form with a redirect to the
 * login page saying how long to wait, HTTP Basic with 429 and Retry-After. Nobody is made
 * to wait in a request thread, and a client that has not failed itself logs in at once,
 * whatever others tried with its username. The counts are shared by every instance
 * ({@link SharedCounts}, see docs/operations.md, "Production layout").
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

	/**
	 * Failures of one client on one account before it must wait; then up to
	 * {@link #MAX_WAIT_ACCOUNT_ON_ADDRESS}.
	 */
	static final int FREE_ACCOUNT_ON_ADDRESS = 5;

	static final Duration MAX_WAIT_ACCOUNT_ON_ADDRESS = Duration.ofMinutes(10);

	/**
	 * Failures from one address, on any accounts (many people may share it): a short wait
	 * at most.
	 */
	static final int FREE_ADDRESS = 20;

	static final Duration MAX_WAIT_ADDRESS = Duration.ofMinutes(1);

	/**
	 * Failures on one account from anywhere (a distributed guess): slows only clients
	 * that fail themselves.
	 */
	static final int FREE_ACCOUNT = 20;

	static final Duration MAX_WAIT_ACCOUNT = Duration.ofMinutes(1);

	/** A quiet quarter of an hour forgets a key's failures. */
	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_KEYS = 30_000;

	private final Counts failures;

	private MessageSource messages;

	/** The application's: counts shared by every instance, in the database. */
	@Autowired
	LoginThrottle(JdbcClient jdbc) {
		this(new SharedCounts(jdbc, "login", WINDOW, RecentCounts.Window.FROM_LAST, Clock.systemUTC()));
	}

	/** In memory, for unit tests. */
	LoginThrottle(Clock clock) {
		this(new RecentCounts(MAX_KEYS, WINDOW, RecentCounts.Window.FROM_LAST, clock));
	}

	LoginThrottle(Counts failures) {
		this.failures = failures;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !formLogin(request) && basicUsername(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = formLogin(request);
		String username = form ? request.getParameter("username") : basicUsername(request);
		Duration wait = waitFor(username, request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
		}
		else if (form) {
			response.sendRedirect(request.getContextPath() + "/login?wait=" + wait.toSeconds());
		}
		else {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
			response.setHeader("Cache-Control", "no-store");
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(message(wait, request) + "\n");
		}
	}

	@Autowired(required = false)
	void setMessages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * API clients say their language in Accept-Language (the form's page uses the site's
	 * choice).
	 */
	private String message(Duration wait, HttpServletRequest request) {
		Object[] seconds = { wait.toSeconds() };
		return messages == null ? "Too many failed attempts. Wait " + wait.toSeconds() + " seconds and try again."
				: messages.getMessage("login.wait", seconds, request.getLocale());
	}

	/**
	 * After a failed form login: back to the form, saying how long to wait if the client
	 * must.
	 */
	AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			Duration wait = waitFor(request.getParameter("username"), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath()
					+ (wait.isZero() ? "/login?error" : "/login?error&wait=" + wait.toSeconds()));
		};
	}

	/** Every failed login, whichever way it came (form, Basic). */
	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		recordFailure(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	/**
	 * Success forgets only this client's failures on this account: not the address's, not
	 * others'.
	 */
	@EventListener
	void on(AuthenticationSuccessEvent event) {
		failures.remove(accountOnAddress(event.getAuthentication().getName(), address(event.getAuthentication())));
	}

	/**
	 * Zero if the client may try now; else how long (whole seconds, at least one) it must
	 * wait.
	 */
	Duration waitFor(String username, String address) {
		// one read of all three counts (one statement in the database); the account's
		// count slows only a client that has failed itself
		String pairKey = accountOnAddress(username, address);
		String addressKey = addressKey(address);
		String accountKey = accountKey(username);
		Map<String, Count> counts = failures.get(pairKey, addressKey, accountKey);
		Count pair = counts.get(pairKey);
		Count fromAddress = counts.get(addressKey);
		Instant until = until(pair, FREE_ACCOUNT_ON_ADDRESS, MAX_WAIT_ACCOUNT_ON_ADDRESS);
		until = later(until, until(fromAddress, FREE_ADDRESS, MAX_WAIT_ADDRESS));
		if (pair != null || fromAddress != null) {
			until = later(until, until(counts.get(accountKey), FREE_ACCOUNT, MAX_WAIT_ACCOUNT));
		}
		Instant now = failures.now();
		if (until == null || !until.isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.ofSeconds(Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000));
	}

	void recordFailure(String username, String address) {
		failures.add(accountOnAddress(username, address));
		failures.add(addressKey(address));
		failures.add(accountKey(username));
	}

	/** Forgets every failure; for tests that share one application context. */
	void clear() {
		failures.clear();
	}

	int keys() {
		return failures.size();
	}

	int longestKey() {
		return failures.longestKey();
	}

	/**
	 * 1 s after the first failure past the free ones, doubling each time, at most
	 * {@code max}.
	 */
	private static Instant until(Count count, int free, Duration max) {
		if (count == null || count.count() < free) {
			return null;
		}
		int doublings = Math.min(count.count() - free, 20);
		Duration wait = Duration.ofSeconds(1L << doublings);
		return count.last().plus(wait.compareTo(max) < 0 ? wait : max);
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private static boolean formLogin(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && "/login".equals(path);
	}

	/** The username of an HTTP Basic header, or null. */
	private static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException notBase64) {
			return null; // the Basic filter refuses it
		}
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "";
	}

	private static String accountOnAddress(String username, String address) {
		return "p:" + RecentCounts.digest(username) + "@" + addressKey(address);
	}

	private static String accountKey(String username) {
		return "u:" + RecentCounts.digest(username);
	}

	private static String addressKey(String address) {
		String text = address == null ? "" : address;
		return "a:" + (text.length() <= 64 ? text : RecentCounts.digest(text));
	}

}
