package klynge.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The end of a single sign-on login. On success the session holds the matched account as
 * a {@link KlyngeUser}, exactly as a password login of that account does, so roles,
 * {@link SessionCheck} and {@link CurrentUser} work the same whichever way one logged in.
 * On failure the session (which held only the pending login) ends, and the visitor sees
 * why: no account for the address, an unverified address, or a provider that did not
 * answer.
 */
final class SignOnHandlers {

	private static final Logger log = LoggerFactory.getLogger(SignOnHandlers.class);

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	AuthenticationSuccessHandler success() {
		return (request, response, authentication) -> {
			if (!(authentication.getPrincipal() instanceof SignOnUsers.SignedOn signedOn)) {
				fail(request, response, "/login?sso=failed");
				return;
			}
			KlyngeUser user = signedOn.account();
			user.eraseCredentials();
			Authentication account = UsernamePasswordAuthenticationToken.authenticated(user, null,
					user.getAuthorities());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(account);
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
			next.onAuthenticationSuccess(request, response, account);
		};
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> fail(request, response, target(exception));
	}

	private static String target(AuthenticationException exception) {
		String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		if (SignOnUsers.NO_ACCOUNT.equals(code)) {
			return "/login/sso/refused";
		}
		if (SignOnUsers.UNVERIFIED.equals(code)) {
			return "/login/sso/refused?unverified";
		}
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SignOnRegistrations.Unreachable unreachable) {
				log.warn("Single sign-on: {}", unreachable.getMessage());
				return "/login?sso=unreachable";
			}
		}
		log.info("Single sign-on failed: {}", exception.getMessage());
		return "/login?sso=failed";
	}

	private static void fail(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + target);
	}

}
