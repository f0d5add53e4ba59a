package klynge.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds no more than the account has now: on every request of a logged-in user
 * the account is read again (one lookup by primary key, plus the memberships of its
 * person). A disabled (or deleted) account, or one whose password has changed since
 * login, is logged out at once and the request goes on as anonymous; changed roles
 * (administrator, sekretariat, or body roles from memberships, which also end with a term
 * at midnight) replace those of the session.
 */
class SessionCheck extends OncePerRequestFilter {

	private final AccountUserDetailsService accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionCheck(AccountUserDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KlyngeUser user) {
			Optional<AccountUserDetailsService.Row> now = accounts.byId(user.clusterId(), user.accountId());
			if (now.isEmpty() || !now.get().enabled()
					|| !KlyngeUser.stamp(now.get().passwordHash()).equals(user.passwordStamp())) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				Set<String> roles = accounts.roles(now.get());
				if (!roles.equals(user.roles())) {
					replace(authentication, AccountUserDetailsService.user(now.get(), roles), request, response);
				}
			}
		}
		chain.doFilter(request, response);
	}

	private void replace(Authentication old, KlyngeUser user, HttpServletRequest request,
			HttpServletResponse response) {
		user.eraseCredentials();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		updated.setDetails(old.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			sessions.saveContext(context, request, response);
		}
	}

}
