package klynge.annualreport;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Making, editing and exporting reports is for staff; a published report and its PDF are
 * for anyone (the service answers 404 for a report that is not published).
 */
@Component
class AnnualReportRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/arsmelding", "/arsmelding/*/rediger", "/arsmelding/eksport/*",
					"/arsmelding/eksport/*/fil")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/arsmelding", "/arsmelding/*/generer", "/arsmelding/*/rediger",
					"/arsmelding/*/send", "/arsmelding/*/utfall", "/arsmelding/*/publiser", "/arsmelding/*/eksport")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/arsmelding/*", "/arsmelding/*/pdf")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/annual-reports", "/api/v1/annual-reports/*",
					"/api/v1/annual-reports/exports/*", "/api/v1/annual-reports/exports/*/file")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/api/v1/annual-reports/*/exports")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry annualReportNavigation() {
		return NavigationEntry.forRoles("nav.annualReport", "/arsmelding", 57, Roles.REGISTRY_EDITORS);
	}

}
