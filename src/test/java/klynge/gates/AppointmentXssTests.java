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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The XSS corpus through the appointment text fields (a position's name, a step's note,
 * the case numbers typed for a step) into the staff pages, the staff start page's warning
 * and the public list of office holders: inert text everywhere, never a 5xx; case numbers
 * that are not case numbers are refused with 422 and the text shown inert.
 */
@KlyngeIntegrationTest
class AppointmentXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCorpusIsInertOnEveryAppointmentPage() throws Exception {
		List<String> problems = new ArrayList<>();
		String person = jdbc.sql("select person_id::text from person_v where cluster_id = ? and code = 'GY'")
			.param(ALREK)
			.query(String.class)
			.single();
		LocalDate ends = LocalDate.now().plusDays(30);
		for (String entry : XssCorpus.ENTRIES) {
			String name = entry.isBlank() ? "tom" : entry;
			MockHttpServletResponse created = send(post("/verv").param("name", name).param("termYears", "2"), problems,
					"create");
			if (created.getRedirectedUrl() == null) {
				continue; // refused (a name taken): the refusal page was checked above
			}
			String position = created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1);
			send(post("/verv/" + position + "/terms").param("personId", person)
				.param("validFrom", "2020-01-01")
				.param("validTo", ends.toString()), problems, "term");
			send(post("/verv/" + position + "/prosesser").param("termFrom", ends.plusDays(1).toString()), problems,
					"process");
			String process = jdbc.sql("select id::text from appointment_process where position_id = ?::uuid")
				.param(position)
				.query(String.class)
				.single();
			String steps = "/verv/" + position + "/prosesser/" + process + "/steg";
			MockHttpServletResponse badCases = send(post(steps).param("step", "NEED_IDENTIFIED")
				.param("happenedOn", "2026-01-01")
				.param("note", entry)
				.param("cases", name), problems, "cases");
			assertThat(badCases.getStatus()).as(entry).isEqualTo(422);
			send(post(steps).param("step", "NEED_IDENTIFIED").param("happenedOn", "2026-01-01").param("note", entry),
					problems, "note");
			for (String[] view : new String[][] { { "/verv/" + position, "sekretariat" }, { "/verv", "admin" },
					{ "/", "sekretariat" }, { "/vervinnehavere", null } }) {
				var request = get(view[0]);
				if (view[1] != null) {
					request.with(httpBasic(view[1], "demo"));
				}
				var response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(view[0]).isLessThan(500);
				problems.addAll(XssCorpus.activeMarkup(view[0], response.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		assertThat(problems).isEmpty();
		assertThat(jdbc.sql("select count(*) from appointment_step where note = ?")
			.param(XssCorpus.ENTRIES.getFirst())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, List<String> problems, String what)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(what).isLessThan(500);
		problems.addAll(XssCorpus.activeMarkup(what, response.getContentAsString(StandardCharsets.UTF_8)));
		return response;
	}

}
