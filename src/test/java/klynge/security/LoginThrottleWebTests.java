package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is slowed on every login path (form and HTTP Basic alike), and the
 * guesser's failures never lock the real user out.
 */
@KlyngeIntegrationTest
class LoginThrottleWebTests {

	static final String ATTACKER = "10.66.0.1";

	static final String VICTIM = "10.77.0.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailedLogins() {
		throttle.clear();
	}

	@Test
	void basicGuessingIsThrottledUntilEvenTheRightPasswordMustWait() throws Exception {
		int refused = 0;
		for (int i = 0; i < 30; i++) {
			MockHttpServletResponse response = mvc
				.perform(get("/api/v1/organisations").with(httpBasic("sekretariat", "feil" + i)).with(from(ATTACKER)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isIn(401, 429);
			if (response.getStatus() == 429) {
				refused++;
				assertThat(response.getHeader("Retry-After")).matches("[1-9][0-9]*");
			}
		}
		assertThat(refused).as("guesses refused before the password was checked").isGreaterThanOrEqualTo(20);
		mvc.perform(get("/api/v1/organisations").with(httpBasic("sekretariat", "demo")).with(from(ATTACKER)))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/organisations").with(httpBasic("sekretariat", "demo")).with(from(VICTIM)))
			.andExpect(status().isOk());
	}

	@Test
	void formGuessingDoesNotLockTheRealUserOut() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(login("medlem", "feil" + i, ATTACKER)).andExpect(unauthenticated());
		}
		mvc.perform(login("medlem", "demo", ATTACKER))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?wait=*"));
		mvc.perform(login("medlem", "demo", VICTIM)).andExpect(authenticated().withUsername("medlem"));
	}

	@Test
	void aSuccessfulBasicLoginElsewhereDoesNotLiftTheGuessersWait() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(login("leder", "feil" + i, ATTACKER)).andExpect(unauthenticated());
		}
		mvc.perform(get("/api/v1/organisations").with(httpBasic("leder", "demo")).with(from(VICTIM)))
			.andExpect(status().isOk());
		mvc.perform(login("leder", "demo", ATTACKER))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?wait=*"));
	}

	@Test
	void theLoginPageSaysHowLongToWaitInTheUsersLanguage() throws Exception {
		mvc.perform(get("/login").param("wait", "7"))
			.andExpect(content().string(containsString("For mange mislykkede forsøk. Vent 7 sekunder og prøv igjen.")));
		mvc.perform(get("/login").param("wait", "7").param("lang", "nn"))
			.andExpect(content().string(containsString("Vent 7 sekund og prøv igjen.")));
		mvc.perform(get("/login").param("wait", "7").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed attempts. Wait 7 seconds and try again.")));
		mvc.perform(get("/login").param("wait", "<b>evil</b>"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(containsString("evil"))));
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
