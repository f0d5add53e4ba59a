package klynge.funding.leverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.funding.leverage.LeverageFixtures.Funded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The leverage through its pages and API: the demo's figures, recording and changing
 * follow-on funding (staff and the project's applicant), refusals that keep what was
 * typed, who gets in, and the public summary switched on and off without names, notes or
 * anything rejected or merely applied for.
 */
@KlyngeIntegrationTest
class LeverageWebTests {

	static final char NBSP = '\u00a0';

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String html(MockHttpServletRequestBuilder request, int expected) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(expected);
		return body;
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
		return request.with(httpBasic(user, "demo"));
	}

	private static String kr(String digits) {
		return "kr" + NBSP + digits.replace(' ', NBSP);
	}

	@Test
	void theDemoDashboardShowsTheExampleFollowOnGrants() throws Exception {
		mvc.perform(as(get("/api/v1/leverage").param("year", "2023"), "sekretariat"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years.length()").value(1))
			.andExpect(jsonPath("$.years[0].figures.seed").value(1000000))
			.andExpect(jsonPath("$.years[0].figures.projects").value(10))
			.andExpect(jsonPath("$.years[0].figures.applied").value(33900000))
			.andExpect(jsonPath("$.years[0].figures.granted").value(14400000))
			.andExpect(jsonPath("$.years[0].figures.ratio").value("1 : 14,4"))
			.andExpect(
					jsonPath("$.years[0].funds[?(@.fund == 'Samarbeidsmidler 2023')].figures.ratio").value("1 : 18,0"))
			.andExpect(jsonPath("$.publicSummary").value(true));
		String page = html(as(get("/virkning").param("year", "2023"), "leder"), 200);
		assertThat(page).contains(kr("1 000 000"), kr("14 400 000"), kr("33 900 000"), "1 : 14,4",
				"Digital hjemmeoppfølging etter utskriving (eksempel)", "<svg", "<title id=\"leverage-chart-title\"");
		// the fund filter: the named fund alone has no follow-on money
		String named = html(as(get("/virkning").param("fund", "f0d00000-0000-4000-8000-0000000000eb"), "sekretariat"),
				200);
		assertThat(named).contains(kr("200 000"), "1 : 0,0").doesNotContain(kr("14 400 000"));
	}

	@Test
	void staffRecordAndChangeFollowOnFundingAndTheFiguresFollow() throws Exception {
		Funded project = LeverageFixtures.project(jdbc, 100_000);
		String path = "/virkning/prosjekt/" + project.awardId();
		mvc.perform(as(post(path), "sekretariat").with(csrf())
			.param("funder", "Forskningsrådet")
			.param("title", "Videre i stor skala")
			.param("amount", "2 400 000")
			.param("status", "GRANTED")
			.param("appliedYear", String.valueOf(project.year()))
			.param("grantedYear", String.valueOf(project.year() + 1))
			.param("note", "Fire år")).andExpect(status().is3xxRedirection());
		UUID id = jdbc.sql("select id from follow_on_funding where award_id = ?")
			.param(project.awardId())
			.query(UUID.class)
			.single();
		assertThat(html(as(get("/virkning").param("year", String.valueOf(project.year())), "sekretariat"), 200))
			.contains(kr("2 400 000"), "1 : 24,0");
		// an edit with the version it was read at
		mvc.perform(as(post(path + "/videre/" + id), "sekretariat").with(csrf())
			.param("version", "0")
			.param("funder", "Helse Vest")
			.param("title", "Videre i stor skala")
			.param("amount", "750000")
			.param("status", "GRANTED")
			.param("appliedYear", String.valueOf(project.year()))
			.param("grantedYear", String.valueOf(project.year()))).andExpect(status().is3xxRedirection());
		mvc.perform(as(get("/api/v1/leverage").param("year", String.valueOf(project.year())), "sekretariat"))
			.andExpect(jsonPath("$.years[0].figures.granted").value(750000))
			.andExpect(jsonPath("$.years[0].figures.ratio").value("1 : 7,5"));
		// a second edit at the old version is a conflict that keeps what was typed
		String stale = html(as(post(path + "/videre/" + id), "sekretariat").with(csrf())
			.param("version", "0")
			.param("funder", "Stiftelsen Dam")
			.param("title", "Skrevet for sent")
			.param("amount", "1")
			.param("status", "APPLIED")
			.param("appliedYear", String.valueOf(project.year())), 409);
		assertThat(stale).contains("Skrevet for sent", "Noen andre endret dette i mellomtiden");
		assertThat(jdbc.sql("select funder from follow_on_funding where id = ?").param(id).query(String.class).single())
			.isEqualTo("Helse Vest");
		// staff delete
		mvc.perform(as(post(path + "/videre/" + id + "/slett"), "sekretariat").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from follow_on_funding where award_id = ?")
			.param(project.awardId())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_log where table_name = 'follow_on_funding' and row_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).as("insert, update and delete are audited").isEqualTo(3);
	}

	@Test
	void badInputIsRefusedWithTheReasonAndNothingLost() throws Exception {
		Funded project = LeverageFixtures.project(jdbc, 100_000);
		String page = html(as(post("/virkning/prosjekt/" + project.awardId()), "sekretariat").with(csrf())
			.param("funder", "EU (Horisont Europa)")
			.param("title", "Et langt søknadsnavn som ikke må gå tapt")
			.param("amount", "tolv millioner")
			.param("status", "APPLIED")
			.param("appliedYear", "2025"), 422);
		assertThat(page).contains("«tolv millioner» er ikke et gyldig beløp",
				"Et langt søknadsnavn som ikke må gå tapt", "value=\"EU (Horisont Europa)\"", "aria-invalid=\"true\"");
		mvc.perform(as(post("/api/v1/projects/{id}/follow-on", project.awardId()), "sekretariat").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"funder":"Helse Vest","title":"T","amount":100,"status":"GRANTED","appliedYear":2025}"""))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value("Skriv året søknaden ble innvilget."));
		mvc.perform(as(post("/api/v1/projects/{id}/follow-on", project.awardId()), "sekretariat").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\":\"mange\"}")).andExpect(status().isBadRequest());
		mvc.perform(as(get("/virkning").param("year", "i fjor"), "sekretariat")).andExpect(status().is4xxClientError());
		assertThat(jdbc.sql("select count(*) from follow_on_funding where award_id = ?")
			.param(project.awardId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApplicantReportsOnTheirOwnProjectOnly() throws Exception {
		Funded project = LeverageFixtures.project(jdbc, 50_000);
		String json = mvc
			.perform(as(post("/api/v1/projects/{id}/follow-on", project.awardId()), "soker").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"funder":"Stiftelsen Dam","title":"Søkers eget","amount":300000,"status":"APPLIED",
						 "appliedYear":2026}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = com.jayway.jsonpath.JsonPath.read(json, "$.id");
		mvc.perform(as(put("/api/v1/projects/{a}/follow-on/{id}", project.awardId(), id), "soker").with(csrf())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"funder":"Stiftelsen Dam","title":"Søkers eget","amount":300000,"status":"GRANTED",
					 "appliedYear":2026,"grantedYear":2026}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GRANTED"))
			.andExpect(jsonPath("$.version").value(1));
		// no version: 428, and the applicant may not delete
		mvc.perform(as(put("/api/v1/projects/{a}/follow-on/{id}", project.awardId(), id), "soker").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"funder\":\"X\"}")).andExpect(status().isPreconditionRequired());
		mvc.perform(as(delete("/api/v1/projects/{a}/follow-on/{id}", project.awardId(), id), "soker").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(html(as(get("/virkning/prosjekt/" + project.awardId()), "soker"), 200)).contains("Søkers eget",
				"Registrer videre finansiering");
		// another applicant's project is not there for soker; the dashboard is not for
		// applicants
		mvc.perform(as(get("/virkning/prosjekt/" + LeverageFixtures.OTHER_PROJECT), "soker"))
			.andExpect(status().isNotFound());
		mvc.perform(as(post("/api/v1/projects/{id}/follow-on", LeverageFixtures.OTHER_PROJECT), "soker").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"funder":"F","title":"T","amount":1,"status":"APPLIED","appliedYear":2026}"""))
			.andExpect(status().isNotFound());
		mvc.perform(as(get("/virkning"), "soker")).andExpect(status().isForbidden());
		mvc.perform(as(get("/api/v1/leverage"), "soker")).andExpect(status().isForbidden());
	}

	@Test
	void onlyStaffAndTheFundingBodiesReadTheDashboard() throws Exception {
		html(as(get("/virkning"), "admin"), 200);
		html(as(get("/virkning"), "leder"), 200); // chairs Vurderingskomiteen
		mvc.perform(as(get("/virkning"), "medlem")).andExpect(status().isForbidden()); // Partnermøtet
																						// only
		mvc.perform(as(get("/virkning/prosjekt/" + LeverageFixtures.SOKER_PROJECT), "medlem"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/virkning").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/leverage")).andExpect(status().isUnauthorized());
		// a member of the deciding body reads, but does not record
		mvc.perform(as(post("/virkning/prosjekt/" + LeverageFixtures.SOKER_PROJECT), "leder").with(csrf())
			.param("funder", "F")
			.param("title", "T")
			.param("amount", "1")
			.param("status", "APPLIED")
			.param("appliedYear", "2026")).andExpect(status().isForbidden());
	}

	@Test
	void anotherClusterSeesNoneOfAlreksLeverage() throws Exception {
		String nord = html(as(get("/virkning"), "nord"), 200);
		assertThat(nord).doesNotContain("Digital hjemmeoppfølging", "14" + NBSP + "400" + NBSP + "000");
		mvc.perform(as(get("/virkning/prosjekt/" + LeverageFixtures.SOKER_PROJECT), "nord"))
			.andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/projects/{id}/follow-on", LeverageFixtures.SOKER_PROJECT), "nord"))
			.andExpect(status().isNotFound());
		mvc.perform(as(put("/api/v1/projects/{a}/follow-on/{id}", LeverageFixtures.SOKER_PROJECT,
				"f0110000-0000-4000-8000-000000000001"), "nord")
			.with(csrf())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"funder":"F","title":"T","amount":1,"status":"APPLIED","appliedYear":2026}"""))
			.andExpect(status().isNotFound());
		// Nord has not switched its public summary on
		mvc.perform(as(get("/virkning/offentlig"), "nord")).andExpect(status().isNotFound());
	}

	@Test
	void thePublicSummaryShowsOnlyAggregatesAndGrantedTitlesAndCanBeSwitchedOff() throws Exception {
		String page = html(get("/virkning/offentlig"), 200);
		assertThat(page).contains("2023", kr("1 000 000"), kr("14 400 000"), "1 : 14,4",
				"Trygg hjemkomst: digital oppfølging i kommunene (eksempel)",
				"Legemiddelgjennomgang i hele regionen (eksempel)");
		// nothing rejected, nothing only applied for, no notes, no people, no references
		assertThat(page).doesNotContain("Brukermedvirkning i rehabilitering, hovedprosjekt",
				"KI-støttet triage i europeiske legevakter", "Eksempel: avslått", "Eksempel: forskerprosjekt",
				"Sara Søkersen", "sekretariat", "2024-001", kr("33 900 000"), kr("18 000 000"), kr("1 500 000"));
		String api = mvc.perform(get("/api/v1/leverage/public"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("Trygg hjemkomst")
			.doesNotContain("Brukermedvirkning i rehabilitering, hovedprosjekt", "KI-støttet", "Sara", "note",
					"sekretariat");
		try {
			mvc.perform(as(post("/virkning/innstillinger"), "sekretariat").with(csrf()).param("publicSummary", "false"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/virkning/offentlig")).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/leverage/public")).andExpect(status().isNotFound());
			// only staff switch it, and an empty switch changes nothing
			mvc.perform(as(post("/virkning/innstillinger"), "leder").with(csrf()).param("publicSummary", "true"))
				.andExpect(status().isForbidden());
			mvc.perform(as(put("/api/v1/leverage/settings"), "sekretariat").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().is4xxClientError());
			mvc.perform(get("/virkning/offentlig")).andExpect(status().isNotFound());
		}
		finally {
			mvc.perform(as(put("/api/v1/leverage/settings"), "sekretariat").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"publicSummary\":true}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.publicSummary").value(true));
		}
		html(get("/virkning/offentlig"), 200);
	}

}
