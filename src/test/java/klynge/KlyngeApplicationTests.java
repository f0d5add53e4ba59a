package klynge;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KlyngeIntegrationTest
class KlyngeApplicationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void startPageIsNorwegianByDefaultWithSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<html lang=\"nb\"")))
			.andExpect(content().string(Matchers.containsString("Alrek helseklynge")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void languageCanBeSwitchedToNynorskAndEnglish() throws Exception {
		mvc.perform(get("/").param("lang", "nn"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"nn\"")))
			.andExpect(content().string(Matchers.containsString("Hopp til innhaldet")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"en\"")))
			.andExpect(content().string(Matchers.containsString("Skip to content")));
	}

	@Test
	void undeclaredRoutesAreDenied() throws Exception {
		// A signed-in person gets 403, not the 404 the route would give if the deny rule
		// let it through.
		mvc.perform(get("/no-such-route-anywhere").with(httpBasic("admin", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/no-such-route-anywhere").with(httpBasic("admin", "demo")))
			.andExpect(status().isForbidden());
		// Anonymous visitors are asked to sign in: a browser goes to the login page, an
		// API client gets 401.
		mvc.perform(get("/no-such-route-anywhere").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
		mvc.perform(get("/api/v1/no-such-route-anywhere")).andExpect(status().isUnauthorized());
	}

}
