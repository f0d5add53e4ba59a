package klynge.budget;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Budgets are read by the cluster's own people (members and observers see adopted budgets
 * only, {@link Budgets} filters); every change is for the secretariat and administrators.
 */
@Component
class BudgetRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/budgets", "/budgets/{id:[\\w-]+}", "/budgets/*/follow-up",
					"/budgets/*/export.csv", "/budgets/*/export.xlsx")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/budgets", "/budgets/*/settings", "/budgets/*/lines",
					"/budgets/*/lines/*", "/budgets/*/lines/*/delete", "/budgets/*/alternatives",
					"/budgets/*/alternatives/*", "/budgets/*/alternatives/*/delete", "/budgets/*/partners",
					"/budgets/*/partners/*", "/budgets/*/partners/*/delete", "/budgets/*/agenda", "/budgets/*/adopt",
					"/budgets/*/anchoring", "/budgets/*/invoices/*", "/budgets/*/actuals/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/budgets", "/api/v1/budgets/*")
			.hasAnyRole(Roles.ANY)
			.requestMatchers("/api/v1/budgets", "/api/v1/budgets/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry budgetsNavigation() {
		return NavigationEntry.forRoles("nav.budgets", "/budgets", 45, Roles.ANY);
	}

}
