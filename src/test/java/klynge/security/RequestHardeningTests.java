package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 12 of the attack: CSRF on the API is skipped only for requests without a
 * session or with valid Basic credentials; anonymous page views make no session; HEAD and
 * OPTIONS answer as GET does.
 */
@KlyngeIntegrationTest
class RequestHardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	WebApplicationContext context;

	@AfterEach
	void forgetFailedLogins() {
		throttle.clear();
	}

	/**
	 * spring-security-test's csrf() (also inside formLogin()) swaps the application's
	 * CSRF token repository for a session-based test one in the shared filter, for good;
	 * put the real one back so these tests see what a browser sees.
	 */
	@BeforeEach
	void theApplicationsCsrfTokenRepository() {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
		WebTestUtils.setCsrfTokenRepository(request, SecurityConfiguration.csrfTokens());
	}

	MockHttpSession sekretariatSession() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user("sekretariat").password("demo"))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** The session's cookie, as a browser sends it. */
	static RequestPostProcessor cookieOf(MockHttpSession session) {
		return request -> {
			request.setSession(session);
			request.setRequestedSessionId(session.getId());
			request.setRequestedSessionIdValid(true);
			request.setCookies(new Cookie("JSESSIONID", session.getId()));
			return request;
		};
	}

	static String person(String name) {
		return "{\"name\":\"" + name + "\",\"code\":\"" + SessionRevocationTests.freshCode() + "\"}";
	}

	long people(String name) {
		return jdbc.sql("select count(*) from person where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void aJunkAuthorizationHeaderDoesNotSwitchCsrfOffForALoggedInBrowser() throws Exception {
		MockHttpSession session = sekretariatSession();

		mvc.perform(post("/api/v1/people").with(cookieOf(session))
			.header("Authorization", "Bearer junk")
			.contentType(MediaType.APPLICATION_JSON)
			.content(person("Bærer Søppel"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people").with(cookieOf(session))
			.header("Authorization", "Basic bm9lbjpub2U=")
			.contentType(MediaType.APPLICATION_JSON)
			.content(person("Bærer Søppel"))).andExpect(status().isForbidden());
		assertThat(people("Bærer Søppel")).isZero();
	}

	@Test
	void validBasicCredentialsAndRequestsWithoutSessionNeedNoCsrfToken() throws Exception {
		MockHttpSession session = sekretariatSession();
		mvc.perform(post("/api/v1/people").with(cookieOf(session))
			.with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(person("Gyldig Basic"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/people").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(person("Uten Økt"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/people").header("Authorization", "Bearer junk")
			.contentType(MediaType.APPLICATION_JSON)
			.content(person("Anonym Bærer"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anonymousPageViewsMakeNoSession() throws Exception {
		UUID meeting = jdbc
			.sql("select id from meeting where cluster_id = ? and status <> 'CANCELLED' order by meeting_date limit 1")
			.param(TestAccounts.ALREK)
			.query(UUID.class)
			.single();
		for (String page : List.of("/", "/bodies", "/meetings/" + meeting, "/login")) {
			MvcResult result = mvc.perform(get(page).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getRequest().getSession(false)).as("a session for %s", page).isNull();
			assertThat(result.getResponse().getCookie("JSESSIONID")).as("a session cookie for %s", page).isNull();
		}
	}

	@Test
	void theLoginFormWorksWithTheTokenItWasGiven() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Cookie csrfCookie = page.getCookie("XSRF-TOKEN");
		assertThat(csrfCookie).as("the CSRF token travels in a cookie").isNotNull();
		assertThat(csrfCookie.isHttpOnly()).isTrue();
		Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">").matcher(page.getContentAsString());
		assertThat(meta.find()).as("the token in the meta tag htmx reads").isTrue();
		assertThat(page.getContentAsString()).contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
		Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getContentAsString());
		assertThat(field.find()).as("the token in the form").isTrue();

		mvc.perform(post("/login").cookie(csrfCookie)
			.param("username", "medlem")
			.param("password", "demo")
			.param("_csrf", field.group(1))).andExpect(authenticated().withUsername("medlem"));
		mvc.perform(post("/login").cookie(csrfCookie)
			.header("X-CSRF-TOKEN", meta.group(1))
			.param("username", "medlem")
			.param("password", "demo")).andExpect(authenticated().withUsername("medlem"));
		mvc.perform(post("/login").param("username", "medlem").param("password", "demo").param("_csrf", field.group(1)))
			.andExpect(status().isForbidden());
	}

	@Test
	void headAndOptionsAnswerAsGetDoes() throws Exception {
		// (The servlet container drops the body of a HEAD answer; MockMvc does not, so
		// only the status is checked.)
		for (String page : List.of("/", "/bodies", "/login")) {
			mvc.perform(head(page)).andExpect(status().isOk());
			mvc.perform(options(page))
				.andExpect(status().isOk())
				.andExpect(header().string("Allow", containsString("GET")));
		}
		mvc.perform(head("/accounts").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		mvc.perform(head("/accounts").with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
		mvc.perform(head("/accounts").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		mvc.perform(options("/api/v1/accounts")).andExpect(status().isUnauthorized());
	}

}
