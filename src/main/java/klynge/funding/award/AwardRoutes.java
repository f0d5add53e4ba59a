package klynge.funding.award;

import klynge.security.NavigationEntry;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public list of awards is for everyone (it holds public data only). */
@Component
class AwardRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/tildelinger", "/tildelinger/*", "/api/v1/awards").permitAll();
	}

	@Bean
	static NavigationEntry awardsNavigation() {
		return NavigationEntry.aboutCluster("nav.awards", "/tildelinger", 63);
	}

}
