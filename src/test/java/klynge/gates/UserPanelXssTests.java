package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The XSS corpus through the user panel's text fields: a period's name and mandate, an
 * assignment's external body, requested-by and note, and a status change's note; then the
 * staff pages, the public page and the API. Inert text everywhere, never a 5xx. The
 * assignments are deleted at the end, so the public page and the annual report keep the
 * demo's.
 */
@KlyngeIntegrationTest
class UserPanelXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	@Test
	void theCorpusIsInertOnEveryUserPanelPage() throws Exception {
		List<String> problems = new ArrayList<>();
		String person = jdbc.sql("select id::text from person where cluster_id = ? and code = 'KTVE'")
			.param(ALREK)
			.query(String.class)
			.single();
		LocalDate day = LocalDate.of(TestYears.uniqueDay().getYear(), 1, 1);
		List<String> pages = new ArrayList<>();
		List<String> assignments = new ArrayList<>();
		for (String entry : XssCorpus.ENTRIES) {
			String text = entry.isBlank() ? "tom" : entry;
			MockHttpServletResponse period = send(post("/brukerpanel/perioder").param("name", text)
				.param("validFrom", day.toString())
				.param("validTo", day.toString())
				.param("constitutingMeetingId", "")
				.param("mandate", entry), "sekretariat");
			day = day.plusDays(1);
			assertThat(period.getStatus()).as(entry).isLessThan(500);
			problems.addAll(XssCorpus.activeMarkup("period", period.getContentAsString(StandardCharsets.UTF_8)));
			if (period.getRedirectedUrl() != null) {
				pages.add(period.getRedirectedUrl());
			}
			MockHttpServletResponse assignment = send(post("/brukerpanel/oppdrag").param("personId", person)
				.param("externalBody", text)
				.param("requestedBy", entry)
				.param("validFrom", "2020-01-01")
				.param("validTo", "")
				.param("note", entry)
				.param("meetingItemId", ""), "sekretariat");
			assertThat(assignment.getStatus()).as(entry).isLessThan(500);
			problems
				.addAll(XssCorpus.activeMarkup("assignment", assignment.getContentAsString(StandardCharsets.UTF_8)));
			if (assignment.getRedirectedUrl() != null) {
				String path = assignment.getRedirectedUrl();
				assignments.add(path);
				pages.add(path);
				MockHttpServletResponse status = send(post(path + "/status").param("status", "ASSIGNED")
					.param("effectiveOn", "")
					.param("note", entry), "sekretariat");
				assertThat(status.getStatus()).as(entry).isLessThan(500);
				problems.addAll(XssCorpus.activeMarkup("status", status.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		assertThat(pages).isNotEmpty();
		pages.add("/brukerpanel");
		for (String page : pages) {
			MockHttpServletResponse response = send(get(page), "sekretariat");
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			problems.addAll(XssCorpus.activeMarkup(page, response.getContentAsString(StandardCharsets.UTF_8)));
		}
		MockHttpServletResponse publicPage = send(get("/brukerpanelet"), null);
		assertThat(publicPage.getStatus()).isEqualTo(200);
		problems
			.addAll(XssCorpus.activeMarkup("/brukerpanelet", publicPage.getContentAsString(StandardCharsets.UTF_8)));
		// the API answers JSON (never HTML a browser would run), without a 5xx
		for (String api : List.of("/api/v1/user-panel", "/api/v1/user-panel/assignments")) {
			MockHttpServletResponse response = send(get(api).accept(MediaType.APPLICATION_JSON), null);
			assertThat(response.getStatus()).as(api).isEqualTo(200);
			assertThat(response.getContentType()).as(api).startsWith(MediaType.APPLICATION_JSON_VALUE);
		}
		for (String path : assignments) {
			assertThat(send(post(path + "/slett"), "sekretariat").getStatus()).isEqualTo(302);
		}
		assertThat(problems).isEmpty();
	}

}
