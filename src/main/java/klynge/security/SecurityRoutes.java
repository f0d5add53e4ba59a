package klynge.security;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Routes of this module: login, logout, invitations, password reset and account
 * administration.
 */
@Component
class SecurityRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/login", "/login/sso/refused")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/login", "/logout")
			.permitAll()
			.requestMatchers("/password/**", "/invitation/**")
			.permitAll()
			.requestMatchers("/accounts/**", "/api/v1/accounts/**", "/api/v1/invitations", "/settings/sign-on",
					"/settings/sign-on/**")
			.hasRole(Roles.ADMIN)
			// inviting a body's members in bulk (the body module leaves /bodies/{id}/… to
			// others)
			.requestMatchers("/bodies/*/invitations", "/api/v1/bodies/*/invitations")
			.hasRole(Roles.ADMIN);
	}

	@Bean
	static NavigationEntry signOnNavigation() {
		return NavigationEntry.forRoles("nav.signOn", "/settings/sign-on", 105, Roles.ADMIN);
	}

	@Bean
	static NavigationEntry accountsNavigation() {
		return NavigationEntry.forRoles("nav.accounts", "/accounts", 100, Roles.ADMIN);
	}

}
