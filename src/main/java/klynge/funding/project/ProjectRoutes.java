package klynge.funding.project;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Projects are read by applicants and the cluster's people ({@link Projects} narrows it
 * to the project's applicant, staff and the call's committee and deciding body); the
 * applicant submits reports, staff approve, return and move due dates.
 */
@Component
class ProjectRoutes implements RouteRules {

	static final String[] READERS = { Roles.ADMIN, Roles.SECRETARIAT, Roles.CHAIR, Roles.MEMBER, Roles.OBSERVER,
			Roles.APPLICANT };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/prosjekter", "/prosjekter/*", "/prosjekter/*/vedlegg/*",
					"/api/v1/projects", "/api/v1/projects/*", "/api/v1/projects/*/reports",
					"/api/v1/projects/*/report-files/*")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/prosjekter/*/rapporter/*", "/api/v1/projects/*/reports/*/submit")
			.hasRole(Roles.APPLICANT)
			.requestMatchers(HttpMethod.POST, "/prosjekter/*/rapporter/*/godkjenn",
					"/prosjekter/*/rapporter/*/returner", "/prosjekter/*/rapporter/*/frist",
					"/prosjekter/utlysninger/*/frister", "/api/v1/projects/*/reports/*/approve",
					"/api/v1/projects/*/reports/*/return")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/projects/*/reports/*/due", "/api/v1/projects/calls/*/due-dates")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry projectsNavigation() {
		return NavigationEntry.forRoles("nav.projects", "/prosjekter", 63, READERS);
	}

}
