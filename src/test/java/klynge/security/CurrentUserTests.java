package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * One answer to "who is logged in", whichever way they logged in; nobody inside cluster
 * work.
 */
@KlyngeIntegrationTest
class CurrentUserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	WebApplicationContext context;

	@BeforeEach
	void theApplicationsCsrfTokenRepository() {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
		WebTestUtils.setCsrfTokenRepository(request, SecurityConfiguration.csrfTokens());
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		throttle.clear();
	}

	/** What CurrentUser answers for the authentication a request ended with. */
	LoggedIn asSeenBy(AtomicReference<Authentication> authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication.get());
		try {
			return currentUser.get().orElseThrow();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void formLoginAndHttpBasicGiveTheSameUser() throws Exception {
		AtomicReference<Authentication> form = new AtomicReference<>();
		mvc.perform(formLogin("/login").user("leder").password("demo"))
			.andExpect(authenticated().withAuthentication(form::set));
		AtomicReference<Authentication> basic = new AtomicReference<>();
		mvc.perform(get("/").with(httpBasic("leder", "demo")))
			.andExpect(authenticated().withAuthentication(basic::set));

		LoggedIn byForm = asSeenBy(form);
		assertThat(asSeenBy(basic)).isEqualTo(byForm);
		assertThat(byForm.username()).isEqualTo("leder");
		assertThat(byForm.clusterId()).isEqualTo(ALREK);
		assertThat(byForm.personId()).as("leder is a person of the registry").isNotNull();
		assertThat(byForm.roles()).contains(Roles.CHAIR);
		assertThat(byForm.isStaff()).isFalse();

		AtomicReference<Authentication> staff = new AtomicReference<>();
		mvc.perform(get("/").with(httpBasic("sekretariat", "demo")))
			.andExpect(authenticated().withAuthentication(staff::set));
		assertThat(asSeenBy(staff).isStaff()).isTrue();
	}

	@Test
	void nobodyIsLoggedInInsideClusterWorkEvenOnALoggedInThread() throws Exception {
		AtomicReference<Authentication> basic = new AtomicReference<>();
		mvc.perform(get("/").with(httpBasic("sekretariat", "demo")))
			.andExpect(authenticated().withAuthentication(basic::set));
		SecurityContextHolder.getContext().setAuthentication(basic.get());

		assertThat(currentUser.get()).isPresent();
		assertThat(currentUser.actor()).isEqualTo("sekretariat");
		ClusterScope.run(ALREK, () -> {
			assertThat(currentUser.get()).isEmpty();
			assertThat(currentUser.isStaff()).isFalse();
			assertThat(currentUser.actor()).isEqualTo(ClusterScope.SYSTEM);
		});
		ClusterScope.runAs(ALREK, "sekretariat", () -> {
			assertThat(currentUser.get()).as("work in an account's name has no rights of its own").isEmpty();
			assertThat(currentUser.actor()).isEqualTo("sekretariat");
		});
		assertThat(currentUser.get()).as("the user is back after the work").isPresent();
	}

}
