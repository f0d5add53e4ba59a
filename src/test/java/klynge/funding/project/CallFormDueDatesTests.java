package klynge.funding.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The call form carries the call's own report due dates: set when the call is made, shown
 * and changed in its form (blank: the default); a date out of range is refused beside its
 * field with 422 and nothing is saved.
 */
@KlyngeIntegrationTest
class CallFormDueDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void dueDatesAreSetShownAndChangedInTheCallForm() throws Exception {
		Map<String, Object> demo = jdbc.sql("select fund_id, committee_body_id from funding_call where id = ?")
			.param(ProjectFixtures.NAMED_CALL)
			.query()
			.singleRow();
		String title = "Fristutlysning " + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc
			.perform(form(post("/calls"), demo, title).param("progressReportDue", "2028-01-15")
				.param("finalReportDue", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID call = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(due(call)).isEqualTo("2028-01-15 null");

		String edit = mvc.perform(get("/calls/" + call + "/edit").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).contains("Frister for prosjektrapporter", "name=\"progressReportDue\"",
				"value=\"2028-01-15\"");

		mvc.perform(form(post("/calls/" + call), demo, title).param("progressReportDue", "2028-02-01")
			.param("finalReportDue", "2029-06-30")).andExpect(status().is3xxRedirection());
		assertThat(due(call)).isEqualTo("2028-02-01 2029-06-30");

		String refused = mvc
			.perform(form(post("/calls/" + call), demo, title + " endret").param("progressReportDue", "1850-01-01")
				.param("finalReportDue", "2029-06-30"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Oppgi en gyldig dato for fristen.", "value=\"1850-01-01\"");
		assertThat(due(call)).isEqualTo("2028-02-01 2029-06-30");
		assertThat(jdbc.sql("select title from funding_call where id = ?").param(call).query(String.class).single())
			.isEqualTo(title);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, Object> demo,
			String title) {
		return request.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("fundId", demo.get("fund_id").toString())
			.param("title", title)
			.param("committeeBodyId", demo.get("committee_body_id").toString());
	}

	private String due(UUID call) {
		return jdbc
			.sql("select progress_report_due || ' ' || coalesce(final_report_due::text, 'null') "
					+ "from funding_call where id = ?")
			.param(call)
			.query(String.class)
			.single();
	}

}
