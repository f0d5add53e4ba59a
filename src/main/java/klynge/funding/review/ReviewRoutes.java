package klynge.funding.review;

import klynge.security.NavigationEntry;
import klynge.security.Roles;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The review's doors: reviewers (the REVIEWER flag) and the cluster's own people reach
 * the pages; who may open which application, and who sits on the committee, is decided by
 * {@link ReviewGate} and {@link Reviews} behind them. Applicants never get in.
 */
@Component
class ReviewRoutes implements RouteRules {

	static final String[] REVIEWERS = { Roles.REVIEWER, Roles.ADMIN, Roles.SECRETARIAT, Roles.CHAIR, Roles.MEMBER,
			Roles.OBSERVER };

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/funding/review", "/funding/review/*", "/funding/review/*/attachments/*",
					"/api/v1/funding/review/assignments", "/api/v1/funding/review/*", "/api/v1/funding/review/*/scores")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.POST, "/funding/review/*/scores", "/funding/review/*/conflict",
					"/api/v1/funding/review/*/submit", "/api/v1/funding/review/*/conflicts")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/funding/review/*/scores")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/funding/review-calls/*/awards")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.GET, "/funding/review-calls/*", "/api/v1/funding/review-calls/*/assignments",
					"/api/v1/funding/review-calls/*/conflicts", "/api/v1/funding/review-calls/*/ranking",
					"/api/v1/funding/review-calls/*/awards")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.POST, "/funding/review-calls/*/assignments", "/funding/review-calls/*/proposal",
					"/api/v1/funding/review-calls/*/assignments", "/api/v1/funding/review-calls/*/proposal")
			.hasAnyRole(Roles.ANY)
			// the awards page: the committee reads it, the secretariat records, decides
			// and sends the letters
			.requestMatchers(HttpMethod.GET, "/funding/review-calls/*/awards")
			.hasAnyRole(Roles.ANY)
			.requestMatchers(HttpMethod.GET, "/funding/review-calls/*/letters",
					"/api/v1/funding/review-calls/*/letters")
			.hasAnyRole(Roles.REGISTRY_EDITORS)
			.requestMatchers(HttpMethod.POST, "/funding/review-calls/*/awards", "/funding/review-calls/*/awards/sum",
					"/funding/review-calls/*/decided", "/funding/review-calls/*/letters",
					"/api/v1/funding/review-calls/*/letters")
			.hasAnyRole(Roles.REGISTRY_EDITORS);
	}

	@Bean
	static NavigationEntry reviewNavigation() {
		return NavigationEntry.forRoles("nav.review", "/funding/review", 62, REVIEWERS);
	}

}
