package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.gates.Handlers.Handler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.Cookie;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requirement 3 of the quality gates: security headers on every kind of response, HSTS
 * only on HTTPS, session cookie flags, CSRF on every state-changing request, session
 * fixation and the login lockout.
 */
@KlyngeIntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	/** One request of every kind of response the application gives. */
	private Map<String, MockHttpServletRequestBuilder> responseKinds() {
		return Map.of("HTML page", get("/").accept(MediaType.TEXT_HTML), "HTML error page",
				get("/meetings/" + UUID.randomUUID()).accept(MediaType.TEXT_HTML), "API JSON",
				get("/api/v1/bodies").accept(MediaType.APPLICATION_JSON), "API problem",
				get("/api/v1/meetings/" + UUID.randomUUID()).accept(MediaType.APPLICATION_JSON), "static CSS",
				get("/css/klynge.css"), "static JS", get("/js/klynge.js"), "cluster theme CSS",
				get("/cluster/theme.css"), "redirect to login", get("/people").accept(MediaType.TEXT_HTML), "API 401",
				get("/api/v1/audit").accept(MediaType.APPLICATION_JSON));
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
		List<String> problems = new ArrayList<>();
		for (var kind : responseKinds().entrySet()) {
			MockHttpServletResponse response = mvc.perform(kind.getValue()).andReturn().getResponse();
			String name = kind.getKey() + " (" + response.getStatus() + ")";
			String csp = response.getHeader("Content-Security-Policy");
			if (csp == null) {
				problems.add(name + ": no Content-Security-Policy");
			}
			else {
				String scriptSrc = directive(csp, "script-src");
				if (scriptSrc == null || !scriptSrc.contains("'self'") || scriptSrc.contains("'unsafe-inline'")
						|| scriptSrc.contains("'unsafe-eval'")) {
					problems.add(name + ": script-src must be 'self' without unsafe-*: " + scriptSrc);
				}
				if (!"frame-ancestors 'none'".equals(directive(csp, "frame-ancestors"))) {
					problems.add(name + ": frame-ancestors must be 'none': " + csp);
				}
				if (!"object-src 'none'".equals(directive(csp, "object-src"))) {
					problems.add(name + ": object-src must be 'none': " + csp);
				}
			}
			expectHeader(problems, name, response, "X-Content-Type-Options", "nosniff");
			expectHeader(problems, name, response, "X-Frame-Options", "DENY");
			if (response.getHeader("Referrer-Policy") == null) {
				problems.add(name + ": no Referrer-Policy");
			}
			if (response.getHeader("Strict-Transport-Security") != null) {
				problems.add(name + ": HSTS on plain HTTP");
			}
			MockHttpServletResponse secure = mvc.perform(kind.getValue().secure(true)).andReturn().getResponse();
			String hsts = secure.getHeader("Strict-Transport-Security");
			if (hsts == null || !hsts.contains("max-age=")) {
				problems.add(name + ": no HSTS on HTTPS");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static String directive(String csp, String name) {
		for (String directive : csp.split(";")) {
			if (directive.strip().startsWith(name + " ")) {
				return directive.strip();
			}
		}
		return null;
	}

	private static void expectHeader(List<String> problems, String name, MockHttpServletResponse response,
			String header, String value) {
		if (!value.equalsIgnoreCase(String.valueOf(response.getHeader(header)))) {
			problems.add(name + ": " + header + " must be " + value + ", is " + response.getHeader(header));
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureWhenConfigured() throws IOException {
		Cookie plain = sessionCookie(Map.of());
		assertThat(plain.getHttpOnly()).isTrue();
		assertThat(plain.getSameSite()).isEqualTo(SameSite.LAX);
		assertThat(plain.getSecure()).as("secure only when configured (plain HTTP in development)").isFalse();
		Cookie secure = sessionCookie(Map.of("KLYNGE_SECURE_COOKIES", "true"));
		assertThat(secure.getSecure()).isTrue();
		assertThat(secure.getHttpOnly()).isTrue();
		assertThat(secure.getSameSite()).isEqualTo(SameSite.LAX);
	}

	/**
	 * The session cookie settings as application.yaml binds them with the given
	 * environment variables.
	 */
	private static Cookie sessionCookie(Map<String, Object> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
			.forEach(source -> environment.getPropertySources().addLast(source));
		return Binder.get(environment).bind("server.servlet.session.cookie", Cookie.class).get();
	}

	@Test
	void everyStateChangingRequestWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		Map<String, String> ids = Handlers.demoIds(jdbc);
		var admin = users.loadUserByUsername("admin");
		RequestPostProcessor browserSession = request -> {
			request.setRequestedSessionId("browser-session"); // a browser's session
																// cookie
			return request;
		};
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Handler handler : Handlers.all(mapping)) {
			if (!handler.isWrite()) {
				continue;
			}
			String uri = Handlers.uri(handler.pattern(), ids, false);
			for (boolean htmx : new boolean[] { false, true }) {
				long before = auditRows();
				MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(handler.method()), uri)
					.with(user(admin))
					.with(browserSession);
				if (handler.isApi()) {
					request.contentType(MediaType.APPLICATION_JSON).content("{}");
				}
				else {
					request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
				}
				if (htmx) {
					request.header("HX-Request", "true");
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				checked++;
				if (status != 403) {
					problems.add(handler + (htmx ? " (htmx)" : "") + ": " + status + " without CSRF token");
				}
				if (auditRows() != before) {
					problems.add(handler + (htmx ? " (htmx)" : "") + ": changed something without CSRF token");
				}
			}
		}
		assertThat(checked).isGreaterThan(50);
		assertThat(problems).isEmpty();
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc.perform(post("/login").param("username", "observator")
			.param("password", "demo")
			.with(csrf())
			.with(from("10.77.0.1"))
			.session(session)
			.with(request -> {
				request.setRequestedSessionId(before);
				return request;
			})).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login");
		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
	}

	@Test
	void repeatedWrongPasswordsMakeTheClientWaitWithAMessage() throws Exception {
		String username = "gates.lockout." + System.nanoTime();
		String last = null;
		for (int attempt = 1; attempt <= 6; attempt++) {
			last = mvc
				.perform(post("/login").param("username", username)
					.param("password", "wrong")
					.with(csrf())
					.with(from("10.77.0.2")))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
		}
		assertThat(last).isEqualTo("/login?wait=1");
		String page = mvc.perform(get(last).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("For mange mislykkede forsøk. Vent 1 sekunder og prøv igjen.");
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long auditRows() {
		return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
	}

}
