package klynge.casefile;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Cases and their timelines are public (items the viewer may not see are left out). The
 * backlog and proposals are for logged-in users (the service lets only the body's members
 * and staff in); cases, referrals, pulling and dismissing are for the secretariat and
 * administrators.
 */
@Component
class CasefileRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/cases", "/cases/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/bodies/*/backlog", "/bodies/*/backlog/propose")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/bodies/*/backlog/propose")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/bodies/*/backlog/pull", "/bodies/*/backlog/dismiss")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/items/*/case", "/items/*/referrals/new")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/items/*/case", "/items/*/referrals")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*")
			.permitAll()
			.requestMatchers("/api/v1/cases", "/api/v1/cases/**", "/api/v1/referrals", "/api/v1/referrals/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/bodies/*/backlog")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/api/v1/bodies/*/backlog")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/api/v1/bodies/*/backlog/pull")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry casesNavigation() {
		return NavigationEntry.forEveryone("nav.cases", "/cases", 40);
	}

}
