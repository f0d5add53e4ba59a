package klynge.audit;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The log is for administrators only. */
@Component
class AuditRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/audit", "/audit/**", "/api/v1/audit", "/api/v1/audit/**").hasRole(Roles.ADMIN);
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return NavigationEntry.forRoles("nav.audit", "/audit", 120, Roles.ADMIN);
	}

}
