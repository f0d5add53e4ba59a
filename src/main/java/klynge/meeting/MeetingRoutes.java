package klynge.meeting;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
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

	/**
	 * One meeting by id, but not its files (/meetings/{id}.ics is the calendar's,
	 * minutes.pdf the documents').
	 */
	private static final String MEETING = "/meetings/{id:[\\w-]+}";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/meetings/new", "/meetings/*/edit", "/meetings/*/items/new",
					"/meetings/*/attendance/edit", "/meetings/*/items/order", "/items/*/edit",
					"/bodies/*/meeting-defaults")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/meetings", MEETING, "/bodies/*/meetings", "/item-files/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/meetings", MEETING, "/meetings/*/status", "/meetings/*/cancel",
					"/meetings/*/chair", "/meetings/*/attendance", "/meetings/*/items", "/meetings/*/items/order",
					"/meetings/*/guests", "/items/*", "/items/*/move", "/items/*/delete", "/items/*/documents",
					"/attendance/*", "/attendance/*/delete", "/documents/*/delete", "/items/*/files",
					"/meetings/*/template", "/bodies/*/meeting-defaults")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/meetings/*/items",
					"/api/v1/meetings/*/attendance", "/api/v1/items/*")
			.permitAll()
			.requestMatchers("/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/meetings/*/status",
					"/api/v1/meetings/*/items", "/api/v1/items/*", "/api/v1/attendance/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	/**
	 * The meeting page reads only the database (issue 10/8): answered from the page cache
	 * and with 304 while nothing changed.
	 */
	@Bean
	static klynge.shared.SnapshotPage meetingPageFromSnapshot() {
		return new klynge.shared.SnapshotPage("/meetings/{id:[0-9a-fA-F-]{36}}");
	}

	@Bean
	static NavigationEntry meetingsNavigation() {
		return NavigationEntry.forEveryone("nav.meetings", "/meetings", 10);
	}

}
