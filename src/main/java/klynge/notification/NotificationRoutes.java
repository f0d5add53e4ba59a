package klynge.notification;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Calendar files of meetings are public (they carry the public view only); the feed is
 * reached by its secret token; "Min kalender" for every logged-in user; the outbox for
 * the secretariat.
 */
@Component
class NotificationRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/meetings/*.ics", "/calendar/feed/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/calendar")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/calendar/token", "/calendar/token/revoke")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/mail/outbox", "/mail/outbox/*/attachments/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/mail/outbox/*/retry")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry calendarNavigation() {
		return NavigationEntry.forLoggedIn("nav.calendar", "/calendar", 70);
	}

	@Bean
	static NavigationEntry outboxNavigation() {
		return NavigationEntry.forRoles("nav.outbox", "/mail/outbox", 90, Roles.REGISTRY_EDITORS);
	}

}
