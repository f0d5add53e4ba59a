package klynge.appointment;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Positions, terms and processes are kept by staff; who holds which position today (name,
 * position, term) is public, on a page and in the API.
 */
@Component
class AppointmentRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/vervinnehavere", "/api/v1/appointments/holders")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/verv", "/verv/**", "/api/v1/appointments", "/api/v1/appointments/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/verv", "/verv/*/terms", "/verv/*/prosesser", "/verv/*/prosesser/*/steg",
					"/api/v1/appointments", "/api/v1/appointments/*/terms", "/api/v1/appointments/*/processes",
					"/api/v1/appointments/*/processes/*/steps")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry appointmentsNavigation() {
		return NavigationEntry.forRoles("nav.appointments", "/verv", 57, Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry publicOfficeHoldersNavigation() {
		return NavigationEntry.aboutCluster("nav.officeHolders", "/vervinnehavere", 64);
	}

}
