package klynge.importing;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Importing old minutes, on the pages and through the API, is for the secretariat and
 * administrators.
 */
@Component
class ImportRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/imports", "/imports/**", "/api/v1/imports", "/api/v1/imports/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry importsNavigation() {
		return NavigationEntry.forRoles("nav.imports", "/imports", 80, Roles.REGISTRY_EDITORS);
	}

}
