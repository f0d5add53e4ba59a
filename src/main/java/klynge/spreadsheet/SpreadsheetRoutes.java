package klynge.spreadsheet;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Loading the lists is for administrators; the page, templates and exports (people's
 * contact details: personal data) for administrators and the secretariat.
 */
@Component
class SpreadsheetRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.POST, "/spreadsheets/preview", "/spreadsheets/commit",
					"/api/v1/spreadsheets/preview", "/api/v1/spreadsheets/commit")
			.hasRole(Roles.ADMIN)
			.requestMatchers(HttpMethod.GET, "/spreadsheets", "/spreadsheets/template.xlsx",
					"/spreadsheets/template.csv", "/spreadsheets/export.xlsx", "/spreadsheets/export.csv")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry spreadsheetsNavigation() {
		return NavigationEntry.forRoles("nav.spreadsheets", "/spreadsheets", 85, Roles.REGISTRY_EDITORS);
	}

}
