package klynge.userpanel;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public page and reading API are for anyone (they show names and organisations,
 * never contact data or notes); the staff pages and every write are for administrators
 * and the secretariat. Panel members use the public page: their staff view would add only
 * internal notes.
 */
@Component
class UserPanelRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/brukerpanelet")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/brukerpanel", "/brukerpanel/perioder/*", "/brukerpanel/oppdrag/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/brukerpanel/perioder", "/brukerpanel/perioder/*",
					"/brukerpanel/perioder/*/slett", "/brukerpanel/oppdrag", "/brukerpanel/oppdrag/*",
					"/brukerpanel/oppdrag/*/status", "/brukerpanel/oppdrag/*/slett")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/user-panel", "/api/v1/user-panel/periods/*",
					"/api/v1/user-panel/assignments")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/user-panel/periods", "/api/v1/user-panel/assignments",
					"/api/v1/user-panel/assignments/*/status")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry userPanelNavigation() {
		return NavigationEntry.forRoles("nav.userPanel", "/brukerpanel", 57, Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry publicUserPanelNavigation() {
		return NavigationEntry.aboutCluster("nav.publicUserPanel", "/brukerpanelet", 64);
	}

}
