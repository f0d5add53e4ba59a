package klynge.organisation;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Organisations are public to read; people only for logged-in users of the cluster
 * (GDPR); only the registry editors change anything. The specific matchers come before
 * the general ones. {@code /people/*}{@code /memberships} belongs to the body module and
 * is not claimed here.
 */
@Component
class OrganisationRoutes implements RouteRules {

	private static final String[] WRITES = { "/organisations", "/organisations/*", "/organisations/*/partnerships",
			"/organisations/*/partnerships/*/end", "/people", "/people/*", "/people/*/affiliations",
			"/api/v1/organisations", "/api/v1/organisations/**", "/api/v1/people", "/api/v1/people/**" };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/organisations/new", "/organisations/*/edit", "/people/new",
					"/people/*/edit", "/people.csv")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, WRITES)
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.PUT, WRITES)
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.DELETE, WRITES)
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/organisations", "/organisations/*", "/api/v1/organisations",
					"/api/v1/organisations/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/people", "/people/*", "/api/v1/people", "/api/v1/people/**")
			.hasAnyRole(Roles.ANY)
			// the person's own choice (or staff's): People.chooseContactShown lets no one
			// else in
			.requestMatchers(HttpMethod.POST, "/people/*/contact-choice")
			.hasAnyRole(Roles.ANY);
	}

	@Bean
	static NavigationEntry organisationsNavigation() {
		return NavigationEntry.forEveryone("nav.organisations", "/organisations", 30);
	}

	@Bean
	static NavigationEntry peopleNavigation() {
		return NavigationEntry.forLoggedIn("nav.people", "/people", 60);
	}

}
