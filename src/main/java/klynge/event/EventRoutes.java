package klynge.event;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The event pages, registering and cancelling by link are for anyone (the service hides
 * drafts); everything about the participants, and editing, is for staff.
 */
@Component
class EventRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/arrangementer", "/arrangementer/*", "/arrangementer/avmelding/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/arrangementer/*/pamelding", "/arrangementer/avmelding/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/events", "/events/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/events", "/events/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/events/*/registrations")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*")
			.permitAll();
	}

	@Bean
	static NavigationEntry publicEventsNavigation() {
		return new NavigationEntry("nav.publicEvents", "/arrangementer", java.util.List.of(), 63);
	}

}
