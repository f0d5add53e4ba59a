package klynge.search;

import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Search is open to everyone: each reader finds what they may read (the check is per hit,
 * not per route). Rebuilding the index is for administrators.
 */
@Component
class SearchRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/sok", "/api/v1/search")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/sok/indeks")
			.hasRole(Roles.ADMIN);
	}

}
