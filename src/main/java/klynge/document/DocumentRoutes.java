package klynge.document;

import klynge.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Document downloads are open to all: what they contain is filtered for the viewer. */
@Component
class DocumentRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/meetings/*/minutes.pdf", "/meetings/*/minutes.docx",
					"/meetings/*/summons.pdf", "/meetings/*/summons.docx")
			.permitAll();
	}

}
