package klynge.archive;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The export holds every row of the cluster, password hashes included: administrators
 * only.
 */
@Component
class ArchiveRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/api/v1/export", "/settings/export", "/settings/export/download")
			.hasRole(Roles.ADMIN);
		// Noark 5 arkivuttrekk: the whole record, exempt content included
		routes
			.requestMatchers(HttpMethod.GET, "/settings/noark", "/settings/noark/*", "/settings/noark/*/fil",
					"/api/v1/noark/*", "/api/v1/noark/*/file")
			.hasRole(Roles.ADMIN)
			.requestMatchers(HttpMethod.POST, "/settings/noark", "/api/v1/noark")
			.hasRole(Roles.ADMIN);
	}

	@Bean
	static NavigationEntry exportNavigation() {
		return NavigationEntry.forRoles("nav.export", "/settings/export", 110, Roles.ADMIN);
	}

}
