package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Login hardening: throttle, CSRF, session fixation and session timeout. */
@KlyngeIntegrationTest
class LoginSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	Environment environment;

	@AfterEach
	void forgetFailedLogins() {
		// The context is shared: do not leave demo users locked for the next test class.
		throttle.clear();
	}

	@Test
	void afterFiveWrongPasswordsTheClientMustWaitButOthersLogIn() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(login("medlem", "feil passord"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl(attempt < 5 ? "/login?error" : "/login?error&wait=1"));
		}
		mvc.perform(login("medlem", "demo")).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?wait=1"));
		mvc.perform(login("observator", "demo")).andExpect(authenticated().withUsername("observator"));
	}

	@Test
	void sessionTimesOutAfterThirtyMinutes() {
		Duration timeout = Binder.get(environment).bind("server.servlet.session.timeout", Duration.class).get();
		assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "medlem").param("password", "demo"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.param("email", "x@example.org")
			.param("username", "uten.csrf")).andExpect(status().isForbidden());
		mvc.perform(post("/password/forgotten").param("identifier", "medlem")).andExpect(status().isForbidden());
	}

	@Test
	void theSessionIdChangesOnLogin() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc.perform(login("leder", "demo").session(session).with(request -> {
			request.setRequestedSessionId(before); // the browser sends its session cookie
			return request;
		})).andExpect(authenticated().withUsername("leder")).andReturn();
		String after = result.getRequest().getSession(false).getId();
		assertThat(after).isNotEqualTo(before);
	}

	private static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from("10.20.30.40"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
