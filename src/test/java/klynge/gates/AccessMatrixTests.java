package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import klynge.KlyngeIntegrationTest;
import klynge.gates.Handlers.Handler;
import klynge.gates.Policy.Expect;
import klynge.gates.Policy.Role;
import klynge.gates.Policy.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requirement 1 of the quality gates: every handler of the application × every test role
 * against the one declared {@link Policy}. Real requests, real demo ids; the other
 * cluster's administrator gets Alrek's ids. Writes by roles the door admits use fresh ids
 * and empty bodies (any 4xx but 401/403 proves the door open, and nothing can change);
 * refused writes use real ids and must leave the audit log as it was. Never a 5xx.
 */
@KlyngeIntegrationTest
class AccessMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private Map<String, String> ids;

	private final Map<Role, UserDetails> principals = new EnumMap<>(Role.class);

	@BeforeEach
	void load() {
		ids = Handlers.demoIds(jdbc);
		for (Role role : Role.values()) {
			if (role.username != null) {
				principals.put(role, users.loadUserByUsername(role.username));
			}
		}
	}

	@Test
	void everyHandlerHasAPolicyRowAndEveryRowAHandler() {
		List<Handler> handlers = Handlers.all(mapping);
		List<String> missing = handlers.stream()
			.filter(handler -> Policy.find(handler.method(), handler.pattern()).isEmpty())
			.map(Handler::toString)
			.toList();
		assertThat(missing).as("handlers without a row in klynge.gates.Policy (declare who may use them)").isEmpty();
		Set<Handler> known = Set.copyOf(handlers);
		List<String> stale = Policy.ROWS.stream()
			.filter(row -> !known.contains(new Handler(row.method(), row.pattern())))
			.map(row -> row.method() + " " + row.pattern())
			.toList();
		assertThat(stale).as("rows in klynge.gates.Policy without a handler (remove or fix them)").isEmpty();
	}

	@Test
	void everyHandlerAnswersEveryRoleAsThePolicySays() throws Exception {
		List<Handler> handlers = Handlers.all(mapping);
		List<String> failures = new ArrayList<>();
		int checks = 0;
		for (Handler handler : handlers) {
			Row row = Policy.find(handler.method(), handler.pattern()).orElse(null);
			if (row == null) {
				continue; // reported by the test above
			}
			for (Role role : Role.values()) {
				checks++;
				String failure = check(handler, row, role);
				if (failure != null) {
					failures.add(role + " " + handler + ": " + failure);
				}
			}
		}
		System.out.printf("Access matrix: %d handlers x %d roles = %d checks%n", handlers.size(), Role.values().length,
				checks);
		assertThat(failures).as("access matrix violations").isEmpty();
		assertThat(checks).isGreaterThan(1000);
	}

	private String check(Handler handler, Row row, Role role) throws Exception {
		Expect expect = row.expect(role);
		boolean write = handler.isWrite();
		// A write the door admits gets fresh ids (and an empty body), so it cannot change
		// anything.
		boolean random = write && (expect == Expect.ALLOWED || expect == Expect.OWN);
		String uri = Handlers.uri(handler.pattern(), ids, random);
		long auditBefore = auditRows();
		MockHttpServletResponse response;
		try {
			response = mvc.perform(build(handler, uri, role)).andReturn().getResponse();
		}
		catch (Exception ex) {
			return "server error (exception) for " + uri + ": " + ex.getMessage();
		}
		int status = response.getStatus();
		String location = response.getHeader("Location");
		boolean toLogin = status / 100 == 3 && location != null && location.contains("/login");
		// /error is the container's error dispatch target: called directly it has no
		// error to show.
		if (status >= 500 && !handler.pattern().equals("/error")) {
			return "server error " + status + " for " + uri;
		}
		String result = switch (expect) {
			case ALLOWED, OWN -> {
				if (status == 401 || status == 403 || toLogin) {
					yield "expected the door open, got " + status + " " + location;
				}
				// 409/422: a domain rule answered (e.g. approved minutes cannot be
				// edited), so the door was open.
				if (!write && !row.lenient() && status >= 400 && status != 409 && status != 422) {
					yield "expected 2xx/3xx, got " + status;
				}
				yield null;
			}
			case FORBIDDEN -> {
				boolean refused = role == Role.ANONYMOUS ? status == 401 || toLogin || status == 403 : status == 403;
				yield refused ? null : "expected refusal, got " + status + " " + (location == null ? "" : location);
			}
			// A write with an empty body may be refused as invalid (400/422) or bounced
			// (3xx) before the
			// lookup; what matters is that it is not accepted: 2xx fails, and the audit
			// log must not grow.
			case NOT_FOUND -> status == 404 || (write && (status == 400 || status == 422 || status / 100 == 3)) ? null
					: "expected 404, got " + status;
		};
		if (result == null && write && expect != Expect.ALLOWED && expect != Expect.OWN && auditRows() != auditBefore) {
			return "refused, but the audit log grew (something was changed) for " + uri;
		}
		return result;
	}

	private MockHttpServletRequestBuilder build(Handler handler, String uri, Role role) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(handler.method()), uri);
		if (handler.isApi()) {
			request.accept(MediaType.APPLICATION_JSON);
			if (handler.isWrite()) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		else {
			request.accept(MediaType.TEXT_HTML, MediaType.ALL);
			if (handler.isWrite()) {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			}
		}
		if (handler.isWrite()) {
			request.with(csrf());
		}
		UserDetails principal = principals.get(role);
		if (principal != null) {
			request.with(user(principal));
		}
		return request;
	}

	private long auditRows() {
		return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
	}

}
