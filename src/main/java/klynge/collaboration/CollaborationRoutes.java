package klynge.collaboration;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public page and the API are for anyone (the service shows the public only public
 * partners, without contact); the admin pages are for staff.
 */
@Component
class CollaborationRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/samarbeidspartnere")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/samarbeidspartnere/admin", "/samarbeidspartnere/admin/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/samarbeidspartnere/admin", "/samarbeidspartnere/admin/**")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/collaboration-partners", "/api/v1/collaboration-partners/*")
			.permitAll();
	}

	@Bean
	static NavigationEntry publicPartnersNavigation() {
		return NavigationEntry.aboutCluster("nav.publicPartners", "/samarbeidspartnere", 64);
	}

	@Bean
	static NavigationEntry partnersNavigation() {
		return NavigationEntry.forRoles("nav.partners", "/samarbeidspartnere/admin", 57, Roles.REGISTRY_EDITORS);
	}

}
