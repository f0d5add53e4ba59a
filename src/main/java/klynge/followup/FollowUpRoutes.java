package klynge.followup;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * "Mine oppfølginger" and the API's reads are for logged-in users (filtered by what they
 * may see); the full list and every change are for the secretariat and administrators.
 */
@Component
class FollowUpRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/followups/mine")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/followups/*/own-status")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/followups", "/followups/*/edit", "/items/*/followups/new")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/items/*/followups", "/followups/*", "/followups/*/status")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/followups", "/api/v1/followups/*")
			.hasAnyRole(Roles.ANY)
			.requestMatchers("/api/v1/followups", "/api/v1/followups/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry myFollowUpsNavigation() {
		return NavigationEntry.forLoggedIn("nav.myFollowUps", "/followups/mine", 50);
	}

}
