package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may use account administration, cluster separation, and roles and access from the
 * HTML pages.
 */
@KlyngeIntegrationTest
class AccountAccessTests {

	static final List<String> NOT_ADMINS = List.of("sekretariat", "leder", "medlem", "observator");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailedLogins() {
		throttle.clear();
	}

	List<MockHttpServletRequestBuilder> pages() {
		UUID medlem = TestAccounts.idOf(jdbc, "medlem");
		return List.of(get("/accounts"), get("/accounts/new"), get("/accounts/{id}", medlem),
				post("/accounts").with(csrf()).param("email", "x@example.org").param("username", "blokkert"),
				post("/accounts/{id}", medlem).with(csrf()).param("version", "0"),
				post("/accounts/{id}/enabled", medlem).with(csrf()).param("enabled", "false").param("version", "0"),
				post("/accounts/{id}/invitation", medlem).with(csrf()));
	}

	List<MockHttpServletRequestBuilder> api() {
		UUID medlem = TestAccounts.idOf(jdbc, "medlem");
		return List.of(get("/api/v1/accounts"), get("/api/v1/accounts/{id}", medlem),
				post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
					.content("{\"email\":\"x@example.org\",\"username\":\"blokkert\"}"),
				put("/api/v1/accounts/{id}", medlem).contentType(MediaType.APPLICATION_JSON)
					.header("If-Match", "\"0\"")
					.content("{\"administrator\":true,\"secretariat\":true,\"enabled\":false}"));
	}

	@Test
	void anonymousVisitorsAreSentToLoginForPagesAndGet401FromTheApi() throws Exception {
		for (MockHttpServletRequestBuilder page : pages()) {
			// as a browser asks for a page
			mvc.perform(page.accept(MediaType.TEXT_HTML))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}
		UUID medlem = TestAccounts.idOf(jdbc, "medlem");
		mvc.perform(get("/api/v1/accounts")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/accounts/{id}", medlem)).andExpect(status().isUnauthorized());
		for (MockHttpServletRequestBuilder call : api()) {
			// wrong credentials: 401 for every API route
			mvc.perform(call.with(httpBasic("admin", "feil"))).andExpect(status().isUnauthorized());
		}
		// A write with no credentials and no session needs no CSRF token, so it is simply
		// unauthenticated.
		mvc.perform(api().get(2)).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAdministratorsMayAdministerAccounts() throws Exception {
		for (String user : NOT_ADMINS) {
			for (MockHttpServletRequestBuilder page : pages()) {
				mvc.perform(page.with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			}
			for (MockHttpServletRequestBuilder call : api()) {
				mvc.perform(call.with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			}
		}
		assertThat(jdbc.sql("select enabled from account where username = 'medlem'").query(Boolean.class).single())
			.isTrue();
		mvc.perform(get("/accounts").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		mvc.perform(get("/accounts/new").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"email\" class=\"ds-label\">E-post</label>")))
			.andExpect(content().string(containsString("Kristin Walter (KW)")));
		mvc.perform(get("/api/v1/accounts").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void invitationAndResetPagesArePublic() throws Exception {
		mvc.perform(get("/password/forgotten"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("<label for=\"identifier\" class=\"ds-label\">E-post eller brukernavn</label>")));
		mvc.perform(get("/invitation/{token}", "ukjent")).andExpect(status().isNotFound());
		mvc.perform(get("/password/reset/{token}", "ukjent")).andExpect(status().isNotFound());
	}

	@Test
	void listShowsPeopleRolesAndStatus() throws Exception {
		mvc.perform(get("/accounts").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kristin Walter")))
			.andExpect(content().string(containsString("<span class=\"code\">KW</span>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Roller</th>")))
			.andExpect(content().string(containsString(">aktiv<")))
			.andExpect(content().string(not(containsString("admin@nord.example.org"))));
	}

	@Test
	void nordSeesOnlyItsOwnAccountsAndGets404ForAlreks() throws Exception {
		UUID medlem = TestAccounts.idOf(jdbc, "medlem");
		mvc.perform(get("/accounts").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("admin@nord.example.org")))
			.andExpect(content().string(not(containsString("gy@alrek.example.org"))))
			.andExpect(content().string(not(containsString("Kristin Walter"))));
		mvc.perform(get("/accounts/{id}", medlem).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}", medlem).with(httpBasic("nord", "demo")).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}/enabled", medlem).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("enabled", "false")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}/invitation", medlem).with(httpBasic("nord", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select enabled from account where username = 'medlem'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void adminDisablesAnAccountWithHtmxAndItCanNoLongerLogIn() throws Exception {
		String username = TestAccounts.uniqueUsername("sperres");
		UUID id = TestAccounts.active(jdbc, encoder, username, "et langt passord");

		mvc.perform(post("/accounts/{id}/enabled", id).with(httpBasic("admin", "demo"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("enabled", "false")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-" + id + "\"")))
			.andExpect(content().string(containsString(">deaktivert<")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(formLogin("/login").user(username).password("et langt passord")).andExpect(unauthenticated());

		mvc.perform(post("/accounts/{id}/enabled", id).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("enabled", "true")
			.param("version", "1"))
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(flash().attribute("flash", "account.updated"));
		mvc.perform(formLogin("/login").user(username).password("et langt passord"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void adminChangesRolesAndAStaleFormIsAConflict() throws Exception {
		String username = TestAccounts.uniqueUsername("roller");
		UUID id = TestAccounts.active(jdbc, encoder, username, "et langt passord");
		mvc.perform(get("/accounts/{id}", id).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<label for=\"secretariat\" class=\"ds-label\">Sekretariat</label>")));
		mvc.perform(post("/accounts/{id}", id).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("secretariat", "true")
			.param("enabled", "true")
			.param("version", "0")).andExpect(redirectedUrl("/accounts"));
		mvc.perform(formLogin("/login").user(username).password("et langt passord"))
			.andExpect(authenticated().withUsername(username).withRoles(Roles.SECRETARIAT));

		mvc.perform(post("/accounts/{id}", id).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("administrator", "true")
			.param("enabled", "true")
			.param("version", "0")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select administrator from account where id = ?").param(id).query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() throws Exception {
		UUID admin = TestAccounts.idOf(jdbc, "admin");
		int version = TestAccounts.versionOf(jdbc, "admin");
		mvc.perform(post("/accounts/{id}", admin).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("secretariat", "true")
			.param("enabled", "true")
			.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"administrator-error\"")))
			.andExpect(content().string(containsString("Du kan ikke fjerne din egen administratorrolle.")));
		mvc.perform(post("/accounts/{id}", admin).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("administrator", "true")
			.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"enabled-error\"")))
			.andExpect(content().string(containsString("Du kan ikke deaktivere din egen konto.")));
		mvc.perform(post("/accounts/{id}/enabled", admin).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("enabled", "false")
			.param("version", String.valueOf(version))).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select administrator and enabled and not secretariat from account where id = ?")
			.param(admin)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void withoutSmtpTheInvitationIsSavedAndTheAdminIsTold() throws Exception {
		// No GreenMail runs for this class, so the mail cannot be sent.
		String username = TestAccounts.uniqueUsername("utenpost");
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", username + "@example.org")
			.param("username", username))
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(flash().attribute("flash", "account.invitedMailFailed"));
		mvc.perform(get("/accounts").with(httpBasic("admin", "demo")).flashAttr("flash", "account.invitedMailFailed"))
			.andExpect(content().string(containsString("e-posten kunne ikke sendes")))
			.andExpect(content().string(containsString(username)));
		assertThat(jdbc
			.sql("select count(*) from account_token t join account a on a.id = t.account_id "
					+ "where a.username = ? and t.purpose = 'INVITATION'")
			.param(username)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
