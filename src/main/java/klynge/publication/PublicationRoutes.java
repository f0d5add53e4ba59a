package klynge.publication;

import klynge.security.NavigationEntry;
import klynge.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public journal is for everyone: it shows only what an anonymous reader may see
 * (meeting's Viewer), so it needs no login and has nothing to write.
 */
@Component
class PublicationRoutes implements RouteRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/offentlig", "/offentlig/*", "/offentlig/*/*").permitAll();
	}

	/** In visitors' main menu and everyone's "Om klyngen". */
	@Bean
	static NavigationEntry publicJournalNavigation() {
		return NavigationEntry.aboutCluster("nav.publicJournal", "/offentlig", 62);
	}

}
