package klynge.funding.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads a project: its applicant, staff and the call's committee; another applicant,
 * anonymous and the other cluster get nothing (404, or the login) on the page, the API,
 * the list and the report's PDF.
 */
@KlyngeIntegrationTest
class ProjectAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures fixtures;

	UUID project;

	UUID file;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new ProjectFixtures(jdbc);
		project = fixtures.newProject("soker", "Sokers hemmelige prosjekt (test)");
		mvc.perform(get("/api/v1/projects/" + project).with(httpBasic("soker", "demo"))).andExpect(status().isOk());
		UUID report = fixtures.report(project, ReportKind.PROGRESS);
		String pdf = Base64.getEncoder().encodeToString(ProjectFixtures.PDF.getBytes(StandardCharsets.UTF_8));
		mvc.perform(post("/api/v1/projects/{p}/reports/{r}/submit", project, report).with(httpBasic("soker", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Hemmelig framdrift\",\"fileName\":\"f.pdf\",\"fileBase64\":\"" + pdf + "\"}"))
			.andExpect(status().isOk());
		file = jdbc.sql("select id from project_report_version where report_id = ?")
			.param(report)
			.query(UUID.class)
			.single();
		fixtures.newProject("prosjektsoker", "Den andre søkerens prosjekt (test)");
	}

	private List<String> paths() {
		return List.of("/prosjekter/" + project, "/api/v1/projects/" + project,
				"/api/v1/projects/" + project + "/reports", "/prosjekter/" + project + "/vedlegg/" + file,
				"/api/v1/projects/" + project + "/report-files/" + file);
	}

	@Test
	void theApplicantStaffAndTheCommitteeReadTheProject() throws Exception {
		for (String user : new String[] { "soker", "sekretariat", "admin", "leder" }) {
			for (String path : paths()) {
				mvc.perform(get(path).with(httpBasic(user, "demo"))).andExpect(status().isOk());
			}
		}
		mvc.perform(get("/prosjekter/" + project + "/vedlegg/" + file).with(httpBasic("soker", "demo")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
	}

	@Test
	void anotherApplicantNordAndAnonymousGetNothing() throws Exception {
		for (String path : paths()) {
			mvc.perform(get(path).with(httpBasic("prosjektsoker", "demo"))).andExpect(status().isNotFound());
			mvc.perform(get(path).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
			int anonymous = mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(anonymous).as(path).isIn(302, 401);
		}
		UUID report = fixtures.report(project, ReportKind.FINAL);
		mvc.perform(post("/api/v1/projects/{p}/reports/{r}/submit", project, report)
			.with(httpBasic("prosjektsoker", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Kapret\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/prosjekter/{p}/rapporter/{r}", project, report).param("text", "Kapret")
			.with(csrf())
			.with(httpBasic("prosjektsoker", "demo"))).andExpect(status().isNotFound());
		assertThat(fixtures.versions(report)).isZero();
	}

	@Test
	void theListsShowOnlyWhatTheReaderMaySee() throws Exception {
		String mine = body("/prosjekter", "prosjektsoker");
		assertThat(mine).contains("Den andre søkerens prosjekt").doesNotContain("Sokers hemmelige prosjekt");
		String api = body("/api/v1/projects", "prosjektsoker");
		assertThat(api).doesNotContain("Sokers hemmelige prosjekt").doesNotContain("Hemmelig framdrift");
		assertThat(body("/prosjekter", "soker")).contains("Sokers hemmelige prosjekt")
			.doesNotContain("Den andre søkerens prosjekt");
		assertThat(body("/prosjekter", "sekretariat")).contains("Sokers hemmelige prosjekt")
			.contains("Den andre søkerens prosjekt");
		assertThat(body("/api/v1/projects", "nord")).doesNotContain("Sokers hemmelige prosjekt");
	}

	private String body(String path, String user) throws Exception {
		return mvc.perform(get(path).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
