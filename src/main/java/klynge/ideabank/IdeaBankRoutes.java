package klynge.ideabank;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The idea bank, the submission form and the status link are for anyone (the service
 * shows only published posters); the calls, submissions and thesis ideas are managed by
 * staff.
 */
@Component
class IdeaBankRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/idebank", "/idebank/oppgaveideer", "/idebank/poster/*",
					"/idebank/poster/*/pdf", "/idebank/innsending/*", "/idebank/status/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/idebank/innsending/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/ideabank", "/ideabank/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/ideabank/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/ideabank/**")
			.permitAll();
	}

	@Bean
	static NavigationEntry publicIdeaBankNavigation() {
		return NavigationEntry.aboutCluster("nav.ideabank", "/idebank", 64);
	}

	@Bean
	static NavigationEntry ideaBankStaffNavigation() {
		return NavigationEntry.forRoles("nav.ideabankStaff", "/ideabank", 57, Roles.REGISTRY_EDITORS);
	}

}
