package klynge.meeting;

import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Meetings are public (exempt and members-only content is filtered per viewer); planning,
 * agenda and attendance are for the secretariat and administrators.
 */
@Component
class MeetingRoutes implements RouteRules {

	@Override
	public void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/meetings/new", "/meetings/*/edit", "/meetings/*/items/new",
				"/meetings/*/attendance/edit", "/meetings/*/items/order", "/items/*/edit")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/meetings", "/meetings/*", "/bodies/*/meetings").permitAll()
			.requestMatchers(HttpMethod.POST, "/meetings", "/meetings/**", "/items/**", "/attendance/**", "/documents/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/meetings", "/api/v1/meetings/**", "/api/v1/items/*").permitAll()
			.requestMatchers("/api/v1/meetings", "/api/v1/meetings/**", "/api/v1/items/**", "/api/v1/attendance/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}
}
