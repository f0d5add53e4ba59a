package klynge.funding.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A report's life through the API and the pages: submit, return with a comment, submit
 * again (both versions kept, the file carried over), approve; only staff decide; every
 * refusal (empty text, not a PDF, too large, late edit after approval, a return without a
 * comment) answers 4xx in the user's language and changes nothing.
 */
@KlyngeIntegrationTest
class ProjectReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ProjectFixtures(jdbc);
	}

	private UUID project(String title) throws Exception {
		UUID project = fixtures.newProject("soker", title);
		// the first read gives the new award its two reports
		mvc.perform(get("/api/v1/projects/" + project).with(httpBasic("soker", "demo"))).andExpect(status().isOk());
		return project;
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, String user) {
		return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void submitReturnResubmitApproveKeepsEveryVersion() throws Exception {
		UUID project = project("Rapportløpet (test)");
		UUID report = fixtures.report(project, ReportKind.PROGRESS);
		String pdf = Base64.getEncoder().encodeToString(ProjectFixtures.PDF.getBytes(StandardCharsets.UTF_8));
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report),
				"{\"text\":\"Første versjon\",\"fileName\":\"framdrift.pdf\",\"fileBase64\":\"" + pdf + "\"}", "soker"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$[0].versions[0].fileName").value("framdrift.pdf"));

		// staff return it with a comment
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/return", project, report),
				"{\"comment\":\"Mangler regnskap\"}", "sekretariat"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("RETURNED"))
			.andExpect(jsonPath("$[0].versions[0].decision").value("RETURNED"))
			.andExpect(jsonPath("$[0].versions[0].comment").value("Mangler regnskap"));

		// the applicant submits again, without a file: the first file is carried over
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report),
				"{\"text\":\"Andre versjon med regnskap\"}", "soker"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$[0].versions.length()").value(2))
			.andExpect(jsonPath("$[0].versions[0].text").value("Første versjon"))
			.andExpect(jsonPath("$[0].versions[1].text").value("Andre versjon med regnskap"))
			.andExpect(jsonPath("$[0].versions[1].fileName").value("framdrift.pdf"));

		mvc.perform(post("/api/v1/projects/{p}/reports/{r}/approve", project, report)
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("APPROVED"));
		assertThat(fixtures.status(report)).isEqualTo("APPROVED");

		// late edit after approval: refused in the user's language, nothing changed
		mvc.perform(
				json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report), "{\"text\":\"Endret\"}", "soker")
					.header("Accept-Language", "nb"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("allerede levert eller godkjent")));
		mvc.perform(json(put("/api/v1/projects/{p}/reports/{r}/due", project, report), "{\"dueOn\":\"2030-01-01\"}",
				"sekretariat"))
			.andExpect(status().isUnprocessableContent());
		assertThat(fixtures.versions(report)).isEqualTo(2);
		assertThat(fixtures.status(report)).isEqualTo("APPROVED");
		// a decided report cannot be decided again
		mvc.perform(post("/api/v1/projects/{p}/reports/{r}/approve", project, report)
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void onlyStaffApproveOrReturnAndOnlyTheApplicantSubmits() throws Exception {
		UUID project = project("Bare sekretariatet godkjenner (test)");
		UUID report = fixtures.report(project, ReportKind.FINAL);
		// staff cannot write the applicant's report
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report), "{\"text\":\"Fra staben\"}",
				"sekretariat"))
			.andExpect(status().isForbidden());
		mvc.perform(
				json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report), "{\"text\":\"Slutt\"}", "soker"))
			.andExpect(status().isOk());
		for (String user : new String[] { "soker", "leder", "medlem" }) {
			mvc.perform(post("/api/v1/projects/{p}/reports/{r}/approve", project, report).with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/prosjekter/{p}/rapporter/{r}/godkjenn", project, report).with(csrf())
				.with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/return", project, report), "{\"comment\":\"nei\"}",
					user))
				.andExpect(status().isForbidden());
		}
		assertThat(fixtures.status(report)).isEqualTo("SUBMITTED");
		// on the page, staff approve
		mvc.perform(post("/prosjekter/{p}/rapporter/{r}/godkjenn", project, report).with(csrf())
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(fixtures.status(report)).isEqualTo("APPROVED");
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingIsLost() throws Exception {
		UUID project = project("Dårlig input (test)");
		UUID report = fixtures.report(project, ReportKind.PROGRESS);
		// empty text
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report), "{\"text\":\"  \"}", "soker")
			.header("Accept-Language", "nb"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Skriv rapporten før du sender den inn."));
		// not a PDF, through the page: the typed text comes back in the form
		String typed = "Mye arbeid som ikke må gå tapt";
		String page = mvc
			.perform(multipart("/prosjekter/{p}/rapporter/{r}", project, report)
				.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", "<html>nei</html>".getBytes()))
				.param("text", typed)
				.with(csrf())
				.with(httpBasic("soker", "demo"))
				.header("Accept-Language", "nb"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(typed).contains("role=\"alert\"");
		// too large
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
		mvc.perform(multipart("/prosjekter/{p}/rapporter/{r}", project, report)
			.file(new MockMultipartFile("file", "stor.pdf", "application/pdf", big))
			.param("text", typed)
			.with(csrf())
			.with(httpBasic("soker", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(typed)));
		// a return without a comment, a due date that is no date
		mvc.perform(
				json(post("/api/v1/projects/{p}/reports/{r}/submit", project, report), "{\"text\":\"Ok\"}", "soker"))
			.andExpect(status().isOk());
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/return", project, report), "{\"comment\":\"\"}",
				"sekretariat"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/prosjekter/{p}/rapporter/{r}/frist", project, report).param("dueOn", "i morgen")
			.with(csrf())
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isUnprocessableContent());
		assertThat(fixtures.status(report)).isEqualTo("SUBMITTED");
		assertThat(fixtures.versions(report)).isEqualTo(1);
		assertThat(jdbc.sql("select text from project_report_version where report_id = ?")
			.param(report)
			.query(String.class)
			.single()).isEqualTo("Ok");
	}

	@Test
	void staffMoveADueDate() throws Exception {
		UUID project = project("Ny frist (test)");
		UUID report = fixtures.report(project, ReportKind.PROGRESS);
		mvc.perform(post("/prosjekter/{p}/rapporter/{r}/frist", project, report).param("dueOn", "2031-02-03")
			.with(csrf())
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select due_on from project_report where id = ?")
			.param(report)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2031, 2, 3));
		mvc.perform(json(put("/api/v1/projects/{p}/reports/{r}/due", project, report), "{\"dueOn\":\"2031-03-01\"}",
				"soker"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNewAwardGetsTheDefaultDueDates() throws Exception {
		// the named fund runs 2023–2024: progress 1 December of 2023, final 3 months
		// after the end
		UUID project = project("Standardfrister (test)");
		assertThat(jdbc.sql("select due_on from project_report where award_id = ? order by kind desc")
			.param(project)
			.query(LocalDate.class)
			.list()).containsExactly(LocalDate.of(2023, 12, 1), LocalDate.of(2025, 3, 31));
	}

	@Test
	void aCallsOwnDueDatesMoveItsUnsubmittedReports() throws Exception {
		UUID project = project("Utlysningens frister (test)");
		UUID progress = fixtures.report(project, ReportKind.PROGRESS);
		UUID last = fixtures.report(project, ReportKind.FINAL);
		mvc.perform(json(post("/api/v1/projects/{p}/reports/{r}/submit", project, last), "{\"text\":\"Tidlig slutt\"}",
				"soker"))
			.andExpect(status().isOk());
		UUID call = jdbc.sql("select call_id from funding_award where id = ?")
			.param(project)
			.query(UUID.class)
			.single();
		mvc.perform(post("/prosjekter/utlysninger/{c}/frister", call).param("progress", "2032-06-01")
			.param("finalReport", "2033-01-15")
			.with(csrf())
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(due(progress)).isEqualTo(LocalDate.of(2032, 6, 1));
		// the submitted report keeps its date
		assertThat(due(last)).isEqualTo(LocalDate.of(2025, 3, 31));
		// only staff; a date that is no date changes nothing
		mvc.perform(
				json(put("/api/v1/projects/calls/{c}/due-dates", call), "{\"progressDue\":\"2040-01-01\"}", "soker"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/prosjekter/utlysninger/{c}/frister", call).param("progress", "snart")
			.with(csrf())
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isUnprocessableContent());
		// back to the defaults through the API
		mvc.perform(json(put("/api/v1/projects/calls/{c}/due-dates", call), "{}", "sekretariat"))
			.andExpect(status().isOk());
		assertThat(due(progress)).isEqualTo(LocalDate.of(2023, 12, 1));
	}

	private LocalDate due(UUID report) {
		return jdbc.sql("select due_on from project_report where id = ?").param(report).query(LocalDate.class).single();
	}

}
