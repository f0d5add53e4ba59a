package klynge.cluster.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, requirement 1: setup without a browser. The application starts with the
 * arguments of
 * {@code java -jar klynge.jar --klynge.setup.cluster=… --klynge.setup.admin-email=…} on
 * an empty database (profile {@code prod}) and comes up with the cluster and its
 * administrator; the setup page is gone, and running the setup again with the same
 * arguments changes nothing.
 */
@SpringBootTest(properties = { "spring.profiles.active=prod", "logging.structured.format.console=" },
		args = { "--klynge.setup.cluster=vest", "--klynge.setup.cluster-name=Helseklynge Vest",
				"--klynge.setup.host-name=klynge.vest.example", "--klynge.setup.language=en",
				"--klynge.setup.admin-email=It.Drift@vest.example",
				"--klynge.setup.admin-password=Riktig hest batteri" })
@AutoConfigureMockMvc
class CommandLineSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommandLineSetup setup;

	@Test
	void theArgumentsSetUpTheClusterAndItsAdministratorAtStart() throws Exception {
		Map<String, Object> cluster = jdbc.sql("select * from cluster").query().singleRow();
		assertThat(cluster).containsEntry("short_name", "vest")
			.containsEntry("name", "Helseklynge Vest")
			.containsEntry("host_name", "klynge.vest.example")
			.containsEntry("default_language", "en");
		Map<String, Object> account = jdbc.sql("select * from account").query().singleRow();
		assertThat(account).containsEntry("username", "it.drift")
			.containsEntry("email", "It.Drift@vest.example")
			.containsEntry("administrator", true)
			.containsEntry("installation_administrator", true);

		assertThat(mvc.perform(get("/setup")).andReturn().getResponse().getStatus()).isEqualTo(404);
		MockHttpServletResponse home = mvc.perform(get("/")).andReturn().getResponse();
		assertThat(home.getStatus()).isEqualTo(200);
		assertThat(home.getContentAsString()).contains("Helseklynge Vest");
		MockHttpServletResponse login = mvc
			.perform(post("/login").param("username", "it.drift").param("password", "Riktig hest batteri").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(login.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void runningAgainWithTheSameArgumentsChangesNothing() {
		setup.run(new DefaultApplicationArguments("--klynge.setup.cluster=vest"));
		assertThat(jdbc.sql("select count(*) from cluster").query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isOne();
	}

	@Test
	void usernamesFromEmailAddressesAreWhatLoginAccepts() {
		assertThat(CommandLineSetup.usernameFrom("It.Drift@vest.example")).isEqualTo("it.drift");
		assertThat(CommandLineSetup.usernameFrom("øy@vest.example")).isEqualTo("admin");
	}

}
