package klynge.body;

import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Bodies and their member tables are public, as in published minutes; a person's memberships are
 * for logged-in users; every change is for the registry editors. Specific matchers come first.
 */
@Component
class BodyRoutes implements RouteRules {

	@Override
	public void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/bodies/new").hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/bodies", "/bodies/*").permitAll()
			.requestMatchers("/bodies/**").hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/people/*/memberships").hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/api/v1/bodies", "/api/v1/bodies/**", "/api/v1/memberships/**")
			.permitAll()
			.requestMatchers("/api/v1/bodies", "/api/v1/bodies/**", "/api/v1/memberships", "/api/v1/memberships/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}
}
