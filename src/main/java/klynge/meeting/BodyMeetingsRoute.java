package klynge.meeting;

import klynge.security.RouteRules;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A body's meeting list is public like the meetings themselves. It sits under {@code /bodies/**},
 * which the body module reserves for editors, so this one rule must be declared before that.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyMeetingsRoute implements RouteRules {

	@Override
	public void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/bodies/*/meetings").permitAll();
	}
}
