package klynge.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for its own routes. Every route must be covered by some
 * module's rules: whatever is left is denied. Rules carry no order: each module matches
 * only its own handlers' URLs (exact patterns, or a prefix no other module uses), so that
 * no module's pattern decides another's routes. gates.RouteOwnershipTests fails when two
 * modules match one handler.
 */
public interface RouteRules {

	void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

}
