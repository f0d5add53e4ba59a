package klynge.web;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Public shell routes, static files, API docs and operations endpoints, and the cluster
 * module's pages (settings, first-run setup, the installation's clusters), as the cluster
 * module sits below security and cannot declare rules itself.
 */
@Component
class WebRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/", "/css/**", "/js/**", "/vendor/**", "/webjars/**", "/favicon.ico",
					"/cluster/theme.css", "/cluster/logo", "/ping")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/**")
			.hasRole(Roles.ADMIN)
			// the cluster settings page (exactly: /settings/export and below belong to
			// the archive module)
			.requestMatchers("/settings")
			.hasRole(Roles.ADMIN)
			// first-run setup (cluster.setup): the setup code is the key; 404 once the
			// installation has a cluster
			.requestMatchers("/setup")
			.permitAll()
			// further clusters of the installation (cluster.setup)
			.requestMatchers("/installation/clusters")
			.hasRole(Roles.INSTALLATION_ADMIN);
	}

	@Bean
	static NavigationEntry installationNavigation() {
		return NavigationEntry.forRoles("nav.installation", "/installation/clusters", 140, Roles.INSTALLATION_ADMIN);
	}

	@Bean
	static NavigationEntry settingsNavigation() {
		return NavigationEntry.forRoles("nav.settings", "/settings", 130, Roles.ADMIN);
	}

}
