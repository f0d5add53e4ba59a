package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A browser session holds no more than its account has now: disabling the account,
 * changing its password or taking a role away acts on the very next request of a session
 * that is already logged in (form login, as a browser does).
 */
@KlyngeIntegrationTest
class SessionRevocationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	LoginThrottle throttle;

	String username;

	UUID id;

	@BeforeEach
	void account() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		username = TestAccounts.uniqueUsername("okt");
		id = TestAccounts.active(jdbc, encoder, username, "et godt passord");
	}

	@AfterEach
	void forgetFailedLogins() {
		throttle.clear();
	}

	MockHttpSession logIn() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("et godt passord"))
			.andExpect(authenticated().withUsername(username))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	void flag(String column, boolean value) {
		jdbc.sql("update account set " + column + " = ?, version = version + 1 where id = ?")
			.params(value, id)
			.update();
	}

	@Test
	void aDisabledAccountIsLoggedOutAtTheNextRequest() throws Exception {
		flag("secretariat", true);
		MockHttpSession session = logIn();
		mvc.perform(get("/people/new").session(session)).andExpect(status().isOk());

		// The administrator disables the account through the account list.
		mvc.perform(post("/accounts/{id}/enabled", id).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("enabled", "false")
			.param("version", String.valueOf(TestAccounts.versionOf(jdbc, username))))
			.andExpect(redirectedUrl("/accounts"));

		mvc.perform(get("/people/new").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(session.isInvalid()).as("the session has ended").isTrue();
		mvc.perform(post("/api/v1/people").session(session)
			.with(csrf())
			.contentType("application/json")
			.content("{\"name\":\"Etter stenging\",\"code\":\"" + freshCode() + "\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRevokedSecretariatLosesTheRoleAtTheNextRequest() throws Exception {
		flag("secretariat", true);
		MockHttpSession session = logIn();
		mvc.perform(get("/people/new").session(session)).andExpect(status().isOk());

		flag("secretariat", false);

		mvc.perform(get("/people/new").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people").session(session)
			.with(csrf())
			.contentType("application/json")
			.content("{\"name\":\"Etter fratak\",\"code\":\"" + freshCode() + "\"}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from person where name = 'Etter fratak'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aRevokedAdministratorLosesTheRoleAndAGrantedOneGetsIt() throws Exception {
		MockHttpSession session = logIn();
		mvc.perform(get("/accounts").session(session)).andExpect(status().isForbidden());

		flag("administrator", true);
		mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());

		flag("administrator", false);
		mvc.perform(get("/accounts").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void anEndedMembershipTakesTheBodyRoleAway() throws Exception {
		UUID person = jdbc.sql("insert into person (cluster_id, name, code) values (?, 'Økt Medlem', ?) returning id")
			.params(TestAccounts.ALREK, freshCode())
			.query(UUID.class)
			.single();
		UUID body = jdbc.sql("select id from body where cluster_id = ? order by id limit 1")
			.param(TestAccounts.ALREK)
			.query(UUID.class)
			.single();
		UUID membership = jdbc.sql("""
				insert into membership (cluster_id, body_id, person_id, role, seat, valid_from)
				values (?, ?, ?, 'MEMBER', 'Test', ?) returning id""")
			.params(TestAccounts.ALREK, body, person, LocalDate.now().minusDays(30))
			.query(UUID.class)
			.single();
		jdbc.sql("update account set person_id = ? where id = ?").params(person, id).update();
		MockHttpSession session = logIn();
		mvc.perform(get("/people").session(session)).andExpect(status().isOk());

		jdbc.sql("update membership set valid_to = ? where id = ?")
			.params(LocalDate.now().minusDays(1), membership)
			.update();

		mvc.perform(get("/people").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void aPasswordSetThroughAResetLinkEndsTheSessionsOfTheAccount() throws Exception {
		MockHttpSession session = logIn();
		mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(authenticated().withUsername(username));

		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", username)).andExpect(status().isOk());
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		Matcher link = Pattern.compile("http://localhost:8080(/password/reset/[A-Za-z0-9_-]{43})")
			.matcher((String) greenMail.getReceivedMessages()[0].getContent());
		assertThat(link.find()).isTrue();
		mvc.perform(post(link.group(1)).with(csrf())
			.param("password", "et nytt passord")
			.param("repeat", "et nytt passord")).andExpect(redirectedUrl("/login?reset"));

		mvc.perform(get("/people").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(session.isInvalid()).isTrue();
	}

	static String freshCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return code.toString();
	}

}
