package klynge.body;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Bodies and their member tables are public, as in published minutes; a person's
 * memberships are for logged-in users; every change is for the registry editors. Specific
 * matchers come first.
 */
@Component
class BodyRoutes implements RouteRules {

	/**
	 * Only this module's own paths: other modules add routes under /bodies/{id}/…
	 * themselves.
	 */
	private static final String[] BODY_API = { "/api/v1/bodies", "/api/v1/bodies/*", "/api/v1/bodies/*/names",
			"/api/v1/bodies/*/members", "/api/v1/memberships", "/api/v1/memberships/*" };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/bodies/new", "/bodies/*/edit", "/bodies/*/rename",
					"/bodies/*/memberships/new", "/bodies/*/memberships/*/edit")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/bodies", "/bodies/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/bodies", "/bodies/*", "/bodies/*/names", "/bodies/*/memberships",
					"/bodies/*/memberships/*", "/bodies/*/memberships/*/end", "/bodies/*/memberships/*/delete",
					"/bodies/*/memberships/*/move")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/people/*/memberships")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, BODY_API)
			.permitAll()
			.requestMatchers(BODY_API)
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry bodiesNavigation() {
		return NavigationEntry.forEveryone("nav.bodies", "/bodies", 20);
	}

}
