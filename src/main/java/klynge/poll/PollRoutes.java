package klynge.poll;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Polls are made, sent, followed and closed by staff; the answer page is open to anyone
 * with a personal link (the token is the key, as for an invitation), so invitees need no
 * account.
 */
@Component
class PollRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/polls/answer/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/polls/answer/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/polls", "/polls/new", "/polls/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/polls", "/polls/*/options", "/polls/*/options/*/delete",
					"/polls/*/invitees", "/polls/*/invitees/*/delete", "/polls/*/invitations", "/polls/*/reminders",
					"/polls/*/close")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/api/v1/polls", "/api/v1/polls/*", "/api/v1/polls/*/results")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/api/v1/polls", "/api/v1/polls/*/options", "/api/v1/polls/*/invitees",
					"/api/v1/polls/*/invitations", "/api/v1/polls/*/reminders", "/api/v1/polls/*/close")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.DELETE, "/api/v1/polls/*/options/*", "/api/v1/polls/*/invitees/*")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry pollsNavigation() {
		return NavigationEntry.forRoles("nav.polls", "/polls", 56, Roles.REGISTRY_EDITORS);
	}

}
