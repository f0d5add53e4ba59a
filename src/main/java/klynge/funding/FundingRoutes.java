package klynge.funding;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Funds are for the cluster's own people and edited by staff; calls are read by everyone
 * once published (the service hides the rest), worked on by the cluster's people (the
 * service lets only staff and the committee draft, and the deciding body comment);
 * applications are for applicants (their own, the service says) and staff; registration
 * is for anyone.
 */
@Component
class FundingRoutes implements RouteRules {

	private static final String[] STAFF_AND_APPLICANT = { Roles.ADMIN, Roles.SECRETARIAT, Roles.APPLICANT };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/funds/new", "/funds/*/edit")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/funds", "/funds/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/funds")
			.hasAnyRole(Roles.ANY)
			// "/calls/new" before "/calls/*": the form is not one of the public call
			// pages
			.requestMatchers(HttpMethod.GET, "/calls", "/calls/new", "/calls/*/edit", "/calls/*/sections/*/versions")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/open-calls", "/open-calls/feed.atom", "/calls/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/calls/*/applications")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/calls/*/applications")
			.hasRole(Roles.APPLICANT)
			.requestMatchers(HttpMethod.POST, "/calls", "/calls/*", "/calls/*/sections", "/calls/*/sections/*",
					"/calls/*/sections/*/comments", "/calls/*/criteria", "/calls/*/criteria/*/delete",
					"/calls/*/status")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/applications/mine")
			.hasRole(Roles.APPLICANT)
			.requestMatchers(HttpMethod.GET, "/applications/*", "/applications/*/files/*")
			.hasAnyRole(STAFF_AND_APPLICANT)
			.requestMatchers(HttpMethod.POST, "/applications/*", "/applications/*/submit", "/applications/*/files",
					"/applications/*/files/*/delete")
			.hasRole(Roles.APPLICANT)
			.requestMatchers("/register", "/register/confirm/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/funds", "/api/v1/funds/*")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/api/v1/calls/*/status")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/api/v1/applications", "/api/v1/applications/*",
					"/api/v1/applications/*/files/*")
			.hasAnyRole(STAFF_AND_APPLICANT)
			.requestMatchers(HttpMethod.POST, "/api/v1/applications", "/api/v1/applications/*/submit")
			.hasRole(Roles.APPLICANT)
			.requestMatchers(HttpMethod.PUT, "/api/v1/applications/*")
			.hasRole(Roles.APPLICANT);
	}

	@Bean
	static NavigationEntry callsNavigation() {
		return NavigationEntry.forRoles("nav.calls", "/calls", 60, Roles.ANY);
	}

	@Bean
	static NavigationEntry openCallsNavigation() {
		return new NavigationEntry("nav.openCalls", "/open-calls", java.util.List.of(), 61);
	}

	@Bean
	static NavigationEntry myApplicationsNavigation() {
		return NavigationEntry.forRoles("nav.myApplications", "/applications/mine", 62, Roles.APPLICANT);
	}

}
