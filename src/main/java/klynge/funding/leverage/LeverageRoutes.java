package klynge.funding.leverage;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The leverage's doors: the cluster's people and applicants reach the dashboard and the
 * project pages, where {@link Leverage} lets in only staff, the funding bodies and the
 * project's own applicant; the switch is for staff; the public summary for anyone (404
 * while switched off).
 */
@Component
class LeverageRoutes implements RouteRules {

	private static final String[] PEOPLE_AND_APPLICANTS = { Roles.ADMIN, Roles.SECRETARIAT, Roles.CHAIR, Roles.MEMBER,
			Roles.OBSERVER, Roles.APPLICANT };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/virkning/offentlig", "/api/v1/leverage/public")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/virkning", "/api/v1/leverage")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/virkning/innstillinger")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/leverage/settings")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/virkning/prosjekt/*", "/api/v1/projects/*/follow-on")
			.hasAnyRole(PEOPLE_AND_APPLICANTS)
			.requestMatchers(HttpMethod.POST, "/virkning/prosjekt/*", "/virkning/prosjekt/*/videre/*",
					"/virkning/prosjekt/*/videre/*/slett", "/api/v1/projects/*/follow-on")
			.hasAnyRole(PEOPLE_AND_APPLICANTS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/projects/*/follow-on/*")
			.hasAnyRole(PEOPLE_AND_APPLICANTS)
			.requestMatchers(HttpMethod.DELETE, "/api/v1/projects/*/follow-on/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry leverageNavigation() {
		return NavigationEntry.forRoles("nav.leverage", "/virkning", 63, Roles.ADMIN, Roles.SECRETARIAT, Roles.CHAIR,
				Roles.MEMBER);
	}

}
