package klynge.minutes;

import klynge.security.RouteRules;
import klynge.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Approved minutes and versions are public, drafts are filtered per viewer by the
 * service; staff write, send and amend; the chair approves and members comment (checked
 * again in the service).
 */
@Component
class MinutesRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/items/*/minutes/edit", "/minutes/*/amend", "/minutes/*/send",
					"/minutes/unresolved-references", "/meetings/*/minutes/edit", "/meetings/*/minutes/items/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/minutes/*/versions", "/minutes/*/versions/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/minutes/*/approve", "/minutes/*/comments",
					"/minutes/*/comments/*/replies")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/minutes/*/comments/*")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/minutes/*/comments/*/apply")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/minutes/*/comments/*/handled", "/minutes/*/comments/*/apply")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/items/*/minutes", "/minutes/*/send", "/minutes/*/approve-by-item",
					"/minutes/*/amend", "/meetings/*/minutes/items/*/followups",
					"/meetings/*/minutes/items/*/referrals")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/meetings/*/minutes", "/api/v1/minutes/*/versions",
					"/api/v1/minutes/*/versions/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/minutes/*/approve")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.PUT, "/api/v1/items/*/minutes")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/api/v1/minutes/*/send", "/api/v1/minutes/*/amend")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

}
