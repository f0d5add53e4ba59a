package klynge.anchoring;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The overview and the tracking pages are for staff and the chair; reminders, choosing a
 * representative and withdrawing for staff. A personal link and the answer are for anyone
 * logged in: the service lets only the partner's representative through (403 for anyone
 * else), whatever their roles.
 */
@Component
class AnchoringRoutes implements RouteRules {

	static final String[] OVERVIEW = { Roles.ADMIN, Roles.SECRETARIAT, Roles.CHAIR };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/anchoring/link/*", "/anchoring/request/*", "/anchoring/mine")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/anchoring/request/*/answer")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/anchoring/request/*/representative", "/anchoring/request/*/withdraw",
					"/anchoring/*/reminders")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/anchoring", "/anchoring/*")
			.hasAnyRole(OVERVIEW)
			.requestMatchers(HttpMethod.GET, "/api/v1/anchoring/mine")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/v1/anchoring/request/*/answer")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/v1/anchoring/*/reminders")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/anchoring", "/api/v1/anchoring/*")
			.hasAnyRole(OVERVIEW);
	}

	@Bean
	static NavigationEntry anchoringNavigation() {
		return NavigationEntry.forRoles("nav.anchoring", "/anchoring", 55, OVERVIEW);
	}

}
