package klynge.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;

/**
 * HEAD and OPTIONS are allowed exactly where GET is: the route rules name GET, and a HEAD
 * (GET without its body, which Spring MVC answers) or an OPTIONS (the Allow header) tells
 * no more than the GET would. Without this they fell through to "deny" and public pages
 * answered 401/403.
 */
final class HeadAndOptions implements ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> {

	@Override
	public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O routes) {
		AuthorizationManager<HttpServletRequest> asGet = new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					HttpServletRequest request) {
				return routes.authorize(authentication, isHeadOrOptions(request) ? new AsGet(request) : request);
			}
		};
		@SuppressWarnings("unchecked")
		O wrapped = (O) asGet;
		return wrapped;
	}

	private static boolean isHeadOrOptions(HttpServletRequest request) {
		return "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
	}

	/** The request as the route rules should judge it. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
