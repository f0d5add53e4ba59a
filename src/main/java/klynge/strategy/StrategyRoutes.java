package klynge.strategy;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The strategy page, a goal's history and the strategy API are for anyone (the service
 * hides drafts); editing is for staff.
 */
@Component
class StrategyRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/strategi/admin", "/strategi/admin/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/strategi/admin", "/strategi/admin/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/strategi", "/strategi/mal/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/strategy", "/api/v1/strategy/goals/*/history")
			.permitAll();
	}

	@Bean
	static NavigationEntry strategyNavigation() {
		return NavigationEntry.forRoles("nav.strategyAdmin", "/strategi/admin", 64, Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry publicStrategyNavigation() {
		return NavigationEntry.aboutCluster("nav.strategy", "/strategi", 65);
	}

}
