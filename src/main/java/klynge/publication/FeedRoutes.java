package klynge.publication;

import klynge.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The feeds, the sitemap and robots.txt are for everyone: they show only what an
 * anonymous reader may read.
 */
@Component
class FeedRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/feed/protokoller.atom", "/feed/vedtak.atom", "/feed/utlysninger.atom",
					"/feed/arrangementer.atom", "/sitemap.xml", "/robots.txt")
			.permitAll();
	}

}
