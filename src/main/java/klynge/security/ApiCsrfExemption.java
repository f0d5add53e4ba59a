package klynge.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API calls that need no CSRF token: those with no session to ride on (no session
 * cookie), and those that prove themselves with valid HTTP Basic credentials. Any other
 * Authorization header ("Bearer junk") next to a session cookie is no proof, so CSRF
 * applies. The password is checked here only in that rare combination (session cookie and
 * Basic), so plain API clients pay for bcrypt once.
 */
final class ApiCsrfExemption implements RequestMatcher {

	private final RequestMatcher api;

	private final AccountUserDetailsService accounts;

	private final PasswordEncoder passwords;

	ApiCsrfExemption(RequestMatcher api, AccountUserDetailsService accounts, PasswordEncoder passwords) {
		this.api = api;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return api.matches(request) && (request.getRequestedSessionId() == null || validBasic(request));
	}

	private boolean validBasic(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return false;
		}
		try {
			UserDetails user = accounts.loadUserByUsername(decoded.substring(0, colon));
			return user.isEnabled() && passwords.matches(decoded.substring(colon + 1), user.getPassword());
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

}
