package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import klynge.KlyngeIntegrationTest;
import klynge.gates.Handlers.Handler;
import klynge.security.RouteRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Route rules need no order: for every handler, at most one module's {@link RouteRules}
 * match its URL. Any overlap fails, even when both modules would decide alike, because
 * then the outcome depends on which module's rules are applied first, and a change in one
 * module silently decides for the other's routes.
 */
@KlyngeIntegrationTest
class RouteOwnershipTests {

	@Autowired
	List<RouteRules> rules;

	@Autowired
	ObjectProvider<HttpSecurity> security;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private Map<String, String> ids;

	@BeforeEach
	void load() {
		ids = Handlers.demoIds(jdbc);
	}

	@Test
	void noTwoModulesRulesMatchOneHandler() throws Exception {
		Map<String, Matcher> matchers = new LinkedHashMap<>();
		for (RouteRules rule : rules) {
			matchers.put(rule.getClass().getSimpleName(), matcher(rule));
		}
		List<String> shared = new ArrayList<>();
		for (Handler handler : Handlers.all(mapping)) {
			String uri = Handlers.uri(handler.pattern(), ids, false).replaceFirst("\\?.*", "");
			List<String> owners = matchers.entrySet()
				.stream()
				.filter(entry -> entry.getValue().matches(handler.method(), uri))
				.map(Map.Entry::getKey)
				.toList();
			if (owners.size() > 1) {
				shared.add(handler + " (" + uri + ") is matched by " + String.join(" and ", owners));
			}
		}
		assertThat(shared)
			.as("handlers whose URL more than one module's RouteRules match: give each module "
					+ "exact patterns or its own prefix")
			.isEmpty();
	}

	@Test
	void theCheckSeesAnOverlap() throws Exception {
		Matcher everything = matcher(routes -> routes.requestMatchers("/**").permitAll());
		Matcher nothing = matcher(routes -> routes.requestMatchers("/no/such/route").permitAll());
		assertThat(everything.matches("GET", "/meetings")).isTrue();
		assertThat(nothing.matches("GET", "/meetings")).isFalse();
	}

	/**
	 * Whether one module's rules, alone, decide a request (rather than leaving it to the
	 * rest).
	 */
	interface Matcher {

		boolean matches(String method, String uri);

	}

	private Matcher matcher(RouteRules rule) throws Exception {
		AtomicBoolean unclaimed = new AtomicBoolean();
		HttpSecurity http = security.getObject();
		http.authorizeHttpRequests(routes -> {
			rule.define(routes);
			routes.anyRequest().access((authentication, context) -> {
				unclaimed.set(true);
				return new AuthorizationDecision(false);
			});
		});
		SecurityFilterChain chain = http.build();
		@SuppressWarnings("unchecked")
		AuthorizationManager<HttpServletRequest> manager = chain.getFilters()
			.stream()
			.filter(AuthorizationFilter.class::isInstance)
			.map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
			.findFirst()
			.orElseThrow();
		var anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		return (method, uri) -> {
			unclaimed.set(false);
			MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
			manager.authorize(() -> anonymous, request);
			return !unclaimed.get();
		};
	}

}
