package klynge.funding.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project report past its due date shows on the secretariat's start page with its kind
 * and due date and a link to the project; once submitted it is gone from there; an
 * applicant's start page has no such section.
 */
@KlyngeIntegrationTest
class OverdueReportsStartPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOverdueReportIsOnTheStaffStartPageUntilSubmitted() throws Exception {
		ProjectFixtures fixtures = new ProjectFixtures(jdbc);
		String title = "Forsinket prosjekt " + UUID.randomUUID().toString().substring(0, 8);
		UUID project = fixtures.newProject("soker", title);
		mvc.perform(get("/api/v1/projects/" + project).with(httpBasic("soker", "demo"))).andExpect(status().isOk());
		UUID report = fixtures.report(project, ReportKind.PROGRESS);
		fixtures.due(report, LocalDate.of(2025, 3, 1));
		// the final report is not due yet
		fixtures.due(fixtures.report(project, ReportKind.FINAL), LocalDate.now().plusYears(1));

		String staff = page("sekretariat");
		assertThat(staff).contains("Prosjektrapporter på overtid", title, "/prosjekter/" + project,
				"Framdriftsrapport, frist 01.03.2025");
		assertThat(page("soker")).doesNotContain("Prosjektrapporter på overtid");

		jdbc.sql("update project_report set status = 'SUBMITTED' where id = ?").param(report).update();
		assertThat(page("sekretariat")).contains("Prosjektrapporter på overtid").doesNotContain(title);
	}

	private String page(String user) throws Exception {
		return mvc.perform(get("/").with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
