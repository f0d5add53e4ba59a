package klynge.archive.noark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator's page: a period starts a job, the htmx status says where it is and
 * offers the ZIP at 100 %; a wrong period shows the message beside its field with the
 * typed dates kept (422); the secretariat is not let in.
 */
@KlyngeIntegrationTest
class NoarkWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePageStartsAJobWhoseProgressEndsInADownload() throws Exception {
		String location = submit("2022-10-01", "2022-10-31").getRedirectedUrl();
		assertThat(location).matches("/settings/noark/[0-9a-f-]{36}");
		String status = "";
		for (int i = 0; i < 240 && !status.contains("noark-download"); i++) {
			status = mvc.perform(get(location).with(httpBasic("admin", "demo")).header("HX-Request", "true"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(status).contains("role=\"status\"", "aria-live=\"polite\"", "<progress").doesNotContain("<html");
			Thread.sleep(250);
		}
		assertThat(status).contains("100 % – ferdig", "noark5-alrek-2022-10-01-2022-10-31.zip", "møter og");
		MockHttpServletResponse file = mvc.perform(get(location + "/fil").with(httpBasic("admin", "demo")))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getHeader("Content-Disposition")).contains("noark5-alrek-2022-10-01-2022-10-31.zip");
		assertThat(NoarkTesting.unzip(file.getContentAsByteArray())).containsKeys("arkivuttrekk.xml",
				"arkivstruktur.xml");
		String page = mvc.perform(get("/settings/noark").with(httpBasic("admin", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(location, "01.10.2022–31.10.2022");
	}

	@Test
	void aWrongPeriodShowsTheMessageBesideItsFieldAndKeepsTheDates() throws Exception {
		MockHttpServletResponse response = submit("2023-12-31", "2023-01-01");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"to-error\"",
				"Til-datoen kan ikke være før fra-datoen", "value=\"2023-12-31\"", "value=\"2023-01-01\"");
		MockHttpServletResponse typo = submit("31.12.2023", "2024-01-01");
		assertThat(typo.getStatus()).isEqualTo(422);
		assertThat(typo.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"from-error\"", "Ugyldig dato",
				"value=\"31.12.2023\"");
	}

	@Test
	void theSecretariatIsNotLetIn() throws Exception {
		assertThat(mvc.perform(get("/settings/noark").with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc
			.perform(post("/api/v1/noark").param("from", "2021-01-01")
				.param("to", "2023-12-31")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse submit(String from, String to) throws Exception {
		return mvc
			.perform(post("/settings/noark").param("from", from)
				.param("to", to)
				.with(httpBasic("admin", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

}
