package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XSS corpus through the collaboration module's text fields as staff type them: a
 * partner's name, web site, description and contact (name, e-mail, phone), a status
 * comment and a case number; then the public page, the staff pages and the API. Inert
 * text everywhere, never a 5xx; a refused field (a javascript: web site) is a 422.
 */
@KlyngeIntegrationTest
class CollaborationXssTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theCorpusIsInertOnEveryCollaborationPage() throws Exception {
		List<String> problems = new ArrayList<>();
		String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
		long run = System.nanoTime();
		List<String> created = new ArrayList<>();
		for (int i = 0; i < XssCorpus.ENTRIES.size(); i++) {
			String entry = XssCorpus.ENTRIES.get(i);
			// shown publicly, so the public page carries the corpus too
			MockHttpServletResponse response = staff("/samarbeidspartnere/admin", "name",
					"X" + run + "-" + i + " " + entry, "kind", "CLUSTER", "description", entry, "publicity", "show",
					"contactName", entry, "status", "DIALOG", "statusSince", today);
			assertThat(response.getStatus()).as(entry).isEqualTo(302);
			String edit = response.getRedirectedUrl();
			created.add(edit);
			problems.addAll(
					XssCorpus
						.activeMarkup("refused web site", check(
								staff(edit, "name", "X" + run + "-" + i + " " + entry, "kind", "CLUSTER", "webSite",
										entry, "publicity", "show", "contactEmail", entry, "contactPhone", entry),
								422)));
			problems.addAll(XssCorpus.activeMarkup("refused status",
					check(staff(edit + "/status", "status", "DIALOG", "changedOn", today, "comment", entry), 422)));
			problems.addAll(
					XssCorpus.activeMarkup("refused case", check(staff(edit + "/saker", "caseNumber", entry), 422)));
			assertThat(
					staff(edit + "/status", "status", "FORMALISED", "changedOn", today, "comment", entry).getStatus())
				.isEqualTo(302);
		}
		List<String> views = new ArrayList<>(List.of("/samarbeidspartnere", "/samarbeidspartnere/admin"));
		views.addAll(created);
		for (String view : views) {
			for (String user : new String[] { null, "sekretariat" }) {
				if (user == null && view.startsWith("/samarbeidspartnere/admin")) {
					continue;
				}
				var request = get(view).accept(MediaType.TEXT_HTML);
				if (user != null) {
					request.with(httpBasic(user, "demo"));
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(view).isEqualTo(200);
				problems.addAll(XssCorpus.activeMarkup(view, response.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		for (String user : new String[] { null, "sekretariat" }) {
			var request = get("/api/v1/collaboration-partners").accept(MediaType.APPLICATION_JSON);
			if (user != null) {
				request.with(httpBasic(user, "demo"));
			}
			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(problems).isEmpty();
	}

	private String check(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse staff(String path, String... params) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
