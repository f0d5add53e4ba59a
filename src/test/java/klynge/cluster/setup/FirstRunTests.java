package klynge.cluster.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Issue 13, requirement 1: a production start on an empty database (profile {@code prod},
 * no demo data). Before the fix every page, {@code /login} included, answered 500
 * ("Unknown cluster: alrek"); now every page leads to the setup page, which takes the
 * setup code once. The tests run in order on one fresh database: before setup, a wrong
 * code, setup, then the code reused.
 */
@SpringBootTest(properties = { "spring.profiles.active=prod", "logging.structured.format.console=",
		"klynge.setup.code=" + FirstRunTests.CODE })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunTests {

	static final String CODE = "TEST-SETUP-CODE-0713";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	@Order(1)
	void anEmptyInstallationLeadsEveryPageToTheSetupPageInsteadOfAnError() throws Exception {
		assertThat(clusters()).isZero();
		for (String page : new String[] { "/", "/login", "/meetings", "/bodies", "/organisations", "/accounts",
				"/settings", "/password/forgotten" }) {
			MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(page).isEqualTo("/setup");
		}
		MockHttpServletResponse api = mvc.perform(get("/api/v1/organisations")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentAsString()).contains("setup-required");
		MockHttpServletResponse setup = mvc.perform(get("/setup")).andReturn().getResponse();
		assertThat(setup.getStatus()).isEqualTo(200);
		assertThat(setup.getContentAsString()).contains("name=\"code\"", "name=\"shortName\"", "name=\"email\"",
				"<select id=\"defaultLanguage\" name=\"defaultLanguage\"", "<option value=\"nn\"");
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
		// the installer can see which version runs before setting it up
		assertThat(setup.getContentAsString()).containsPattern("Klynge versjon \\d+\\.\\d+");
		assertThat(mvc.perform(get("/actuator/info")).andReturn().getResponse().getContentAsString())
			.contains("\"version\"");
	}

	@Test
	@Order(2)
	void aWrongCodeIsRefusedBesideTheFieldAndCreatesNothing() throws Exception {
		MockHttpServletResponse response = mvc.perform(setup("WRONG-CODE", "vest", "vestadmin"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Oppsettkoden er feil eller allerede brukt.");
		assertThat(clusters()).isZero();
		assertThat(mvc.perform(setup("", "vest", "vestadmin")).andReturn().getResponse().getStatus()).isEqualTo(422);
		assertThat(clusters()).isZero();
	}

	@Test
	@Order(3)
	void badSettingsAreShownBesideTheirFieldsInTheUsersLanguage() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(setup(CODE, "Vest Klynge", "vestadmin", "Europe/Oslo").param("lang", "en"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Invalid format.");
		response = mvc.perform(setup(CODE, "vest", "vestadmin", "Mars/Olympus").param("lang", "nb"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Ukjent tidssone: Mars/Olympus");
		response = mvc.perform(setup(CODE, "vest", "vestadmin").param("repeat", "something else"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(clusters()).as("a failed administrator rolls the cluster back").isZero();
	}

	@Test
	@Order(4)
	void theRightCodeCreatesTheClusterAndItsAdministratorWhoCanLogIn() throws Exception {
		MockHttpServletResponse response = mvc.perform(setup(CODE.toLowerCase(), "vest", "vestadmin"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?setup=");
		Map<String, Object> cluster = jdbc.sql("select * from cluster").query().singleRow();
		assertThat(cluster).containsEntry("short_name", "vest")
			.containsEntry("name", "Helseklynge Vest")
			.containsEntry("host_name", "klynge.vest.example")
			.containsEntry("default_language", "nn")
			.containsEntry("time_zone", "Europe/Oslo")
			.containsEntry("primary_colour", "#123456");
		assertThat((String) cluster.get("logo_svg")).startsWith("<svg");
		Map<String, Object> account = jdbc.sql("select * from account").query().singleRow();
		assertThat(account).containsEntry("username", "vestadmin")
			.containsEntry("email", "it@vest.example")
			.containsEntry("administrator", true)
			.containsEntry("installation_administrator", true);

		MockHttpServletResponse login = mvc
			.perform(
					post("/login").param("username", "vestadmin").param("password", "Riktig hest batteri").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(login.getRedirectedUrl()).isEqualTo("/");
		MockHttpServletResponse home = mvc.perform(get("/")).andReturn().getResponse();
		assertThat(home.getStatus()).isEqualTo(200);
		assertThat(home.getContentAsString()).contains("Helseklynge Vest");
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	@Order(5)
	void afterSetupThePageIsGoneAndTheCodeIsRefused() throws Exception {
		assertThat(mvc.perform(get("/setup")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(setup(CODE, "andre", "andreadmin")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(clusters()).isOne();
	}

	@Test
	@Order(6)
	void anInstallationAdministratorCreatesALaterClusterWithAnInvitedAdministrator() throws Exception {
		var installer = user(users.loadUserByUsername("vestadmin"));
		assertThat(mvc.perform(get("/installation/clusters").with(installer)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		MockHttpServletResponse taken = mvc.perform(later("vest", "nordadmin").with(installer))
			.andReturn()
			.getResponse();
		assertThat(taken.getStatus()).isEqualTo(422);
		assertThat(taken.getContentAsString()).contains("Kortnamnet vest er alt i bruk."); // the
																							// cluster's
																							// language:
																							// nynorsk

		MockHttpServletResponse added = mvc.perform(later("nordvest", "nordadmin").with(installer))
			.andReturn()
			.getResponse();
		assertThat(added.getRedirectedUrl()).isEqualTo("/installation/clusters");
		Map<String, Object> account = jdbc.sql("""
				select a.* from account a join cluster c on c.id = a.cluster_id where c.short_name = 'nordvest'""")
			.query()
			.singleRow();
		assertThat(account).containsEntry("username", "nordadmin")
			.containsEntry("administrator", true)
			.containsEntry("installation_administrator", false)
			.containsEntry("password_hash", null);
		assertThat(jdbc.sql("""
				select count(*) from mail_outbox m join cluster c on c.id = m.cluster_id
				where c.short_name = 'nordvest' and m.recipient = 'it@nordvest.example'""").query(Long.class).single())
			.as("the invitation is queued in the new cluster's outbox")
			.isOne();

		// The new cluster's administrator (once it has a password) may not create
		// clusters.
		jdbc.sql("update account set password_hash = '{noop}x' where username = 'nordadmin'").update();
		assertThat(mvc.perform(get("/installation/clusters").with(user(users.loadUserByUsername("nordadmin@nordvest"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/installation/clusters")).andReturn().getResponse().getStatus())
			.as("anonymous is refused")
			.isIn(302, 401, 403);
	}

	private AbstractMockHttpServletRequestBuilder<?> later(String shortName, String username) {
		return multipart("/installation/clusters").param("name", "Helseklynge Nordvest")
			.param("shortName", shortName)
			.param("primaryColour", "#123456")
			.param("secondaryColour", "#fafafa")
			.param("defaultLanguage", "nb")
			.param("timeZone", "Europe/Oslo")
			.param("username", username)
			.param("email", "it@nordvest.example")
			.param("invite", "true")
			.with(csrf());
	}

	private AbstractMockHttpServletRequestBuilder<?> setup(String code, String shortName, String username) {
		return setup(code, shortName, username, "Europe/Oslo");
	}

	private AbstractMockHttpServletRequestBuilder<?> setup(String code, String shortName, String username,
			String timeZone) {
		return multipart("/setup")
			.file("logo", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>".getBytes())
			.param("code", code)
			.param("name", "Helseklynge Vest")
			.param("shortName", shortName)
			.param("hostName", "klynge.vest.example")
			.param("primaryColour", "#123456")
			.param("secondaryColour", "#fafafa")
			.param("defaultLanguage", "nn")
			.param("timeZone", timeZone)
			.param("username", username)
			.param("email", "it@vest.example")
			.param("password", "Riktig hest batteri")
			.param("repeat", "Riktig hest batteri")
			.with(csrf());
	}

	private long clusters() {
		return jdbc.sql("select count(*) from cluster").query(Long.class).single();
	}

}
