package klynge.funding.review;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static klynge.funding.review.ReviewFixtures.HB_APPLICATION;
import static klynge.funding.review.ReviewFixtures.HVL_APPLICATION;
import static klynge.funding.review.ReviewFixtures.NAMED_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recusal through every channel the review adds: a reviewer whose organisation applies,
 * who is named in the application, or who declared a conflict, gets nothing of the
 * application (page, API, scores, attachments), and every recusal is recorded and
 * audited. Another applicant, anonymous and the other cluster get nothing either.
 */
@KlyngeIntegrationTest
class ReviewRecusalTests {

	/** Texts of the demo applications that must not reach a recused reviewer. */
	private static final String HVL_SUMMARY = "sykepleiestudenter og hjemmetjenesten";

	private static final String NAMED_SUMMARY = "brukerpanelet og forskere";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(jdbc);
	}

	@Test
	void aReviewerWhoseOrganisationAppliesIsRecusedInTheApiAndThePage() throws Exception {
		UUID attachment = fixtures.attach(HVL_APPLICATION);
		String api = mvc.perform(get("/api/v1/funding/review/" + HVL_APPLICATION).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("urn:klynge:problem:recused").doesNotContain(HVL_SUMMARY);
		mvc.perform(get("/api/v1/funding/review/" + HVL_APPLICATION + "/scores").with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/funding/review/" + HVL_APPLICATION + "/scores").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", "\"0\"")
			.content("{\"scores\":[]}")).andExpect(status().isForbidden());
		mvc.perform(get("/funding/review/" + HVL_APPLICATION + "/attachments/" + attachment)
			.with(httpBasic("fagfelle", "demo"))).andExpect(status().isNotFound());

		String page = mvc.perform(get("/funding/review/" + HVL_APPLICATION).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Du er inhabil", "Egen organisasjon søker", "Høgskulen på Vestlandet")
			.doesNotContain(HVL_SUMMARY, "Frikjøp prosjektleder", "prosjektbeskrivelse.pdf");
		assertThat(fixtures.conflicts(HVL_APPLICATION, "fagfelle", "ORGANISATION")).isEqualTo(1);

		// the reviewer's list says so, with nothing but the title
		String mine = mvc.perform(get("/api/v1/funding/review/assignments").with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("\"applicationId\":\"" + HVL_APPLICATION + "\"").doesNotContain(HVL_SUMMARY);
	}

	@Test
	void aReviewerNamedInTheApplicationIsRecusedInTheApiAndThePage() throws Exception {
		mvc.perform(get("/api/v1/funding/review/" + NAMED_APPLICATION).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden());
		String page = mvc.perform(get("/funding/review/" + NAMED_APPLICATION).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nevnt i søknaden", "Finn Fagfelle").doesNotContain(NAMED_SUMMARY);
	}

	@Test
	void aConflictDetectedAtAssignmentIsRecordedWithWhoWhenWhyAndAudited() throws Exception {
		UUID call = fixtures.newCall();
		UUID hvl = fixtures.newApplication(call, "HVL-prosjekt", "Hemmelig sammendrag HVL", "Høgskulen på Vestlandet");
		UUID named = fixtures.newApplication(call, "Navngitt", "Hemmelig sammendrag navngitt", "Helse Bergen");
		fixtures.namePerson(named, "F. Fagfelle", "FAF@alrek.example.org"); // by address,
																			// any case
		UUID fagfelle = fixtures.account("fagfelle");
		for (UUID application : List.of(hvl, named)) {
			mvc.perform(
					post("/api/v1/funding/review-calls/" + call + "/assignments").with(httpBasic("sekretariat", "demo"))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"applicationId\":\"" + application + "\",\"accountId\":\"" + fagfelle + "\"}"))
				.andExpect(status().isCreated());
		}
		assertThat(fixtures.conflicts(hvl, "fagfelle", "ORGANISATION")).isEqualTo(1);
		assertThat(fixtures.conflicts(named, "fagfelle", "NAMED_PERSON")).isEqualTo(1);
		assertThat(fixtures.auditedConflicts(hvl)).isEqualTo(1);
		String conflicts = mvc
			.perform(get("/api/v1/funding/review-calls/" + call + "/conflicts").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflicts).contains("\"kind\":\"ORGANISATION\"", "\"reason\":\"Høgskulen på Vestlandet\"",
				"\"kind\":\"NAMED_PERSON\"", "\"reviewer\":\"Finn Fagfelle\"", "\"recordedAt\"");
		// the committee page shows the recusals too
		String page = mvc.perform(get("/funding/review-calls/" + call).with(httpBasic("leder", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Egen organisasjon søker", "Nevnt i søknaden").doesNotContain("Hemmelig sammendrag");
	}

	@Test
	void aDeclaredConflictShutsTheReviewerOutThroughTheApi() throws Exception {
		UUID call = fixtures.newCall();
		UUID application = fixtures.newApplication(call, "Erklært via API", "Hemmelig sammendrag API", "Helse Bergen");
		fixtures.assign(call, application, "fagfelle");
		mvc.perform(get("/api/v1/funding/review/" + application).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/funding/review/" + application + "/conflicts").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"  \"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/funding/review/" + application + "/conflicts").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Tidligere veileder for prosjektlederen\"}")).andExpect(status().isNoContent());
		String after = mvc.perform(get("/api/v1/funding/review/" + application).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).doesNotContain("Hemmelig sammendrag API");
		mvc.perform(get("/api/v1/funding/review/" + application + "/scores").with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden());
		assertThat(fixtures.conflicts(application, "fagfelle", "DECLARED")).isEqualTo(1);
		assertThat(fixtures.auditedConflicts(application)).isEqualTo(1);
	}

	@Test
	void aDeclaredConflictShutsTheReviewerOutThroughThePage() throws Exception {
		UUID call = fixtures.newCall();
		UUID application = fixtures.newApplication(call, "Erklært via side", "Hemmelig sammendrag side",
				"Helse Bergen");
		fixtures.assign(call, application, "fagfelle");
		assertThat(mvc.perform(get("/funding/review/" + application).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Hemmelig sammendrag side");
		String refused = mvc
			.perform(post("/funding/review/" + application + "/conflict").with(httpBasic("fagfelle", "demo"))
				.with(csrf())
				.param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Skriv hvorfor du er inhabil.");
		mvc.perform(post("/funding/review/" + application + "/conflict").with(httpBasic("fagfelle", "demo"))
			.with(csrf())
			.param("reason", "Søsteren min er partner")).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/funding/review/" + application).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Meldt av fagfellen", "Søsteren min er partner")
			.doesNotContain("Hemmelig sammendrag side");
		mvc.perform(post("/funding/review/" + application + "/scores").with(httpBasic("fagfelle", "demo"))
			.with(csrf())
			.param("version", "0")).andExpect(status().isForbidden());
	}

	@Test
	void anotherApplicantAnonymousAMemberAndTheOtherClusterGetNothing() throws Exception {
		for (String path : List.of("/funding/review/" + HB_APPLICATION, "/api/v1/funding/review/" + HB_APPLICATION,
				"/api/v1/funding/review/" + HB_APPLICATION + "/scores")) {
			MvcResult soker = mvc.perform(get(path).with(httpBasic("soker", "demo")))
				.andExpect(status().isForbidden())
				.andReturn();
			assertThat(soker.getResponse().getContentAsString()).doesNotContain("legemiddelgjennomgang i sykehjem");
			mvc.perform(get(path)).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
			mvc.perform(get(path).with(httpBasic("medlem", "demo"))).andExpect(status().isNotFound());
			mvc.perform(get(path).with(httpBasic("nord@nord", "demo"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/funding/review-calls/" + ReviewFixtures.DEMO_CALL + "/ranking")
			.with(httpBasic("soker", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/funding/review-calls/" + ReviewFixtures.DEMO_CALL + "/ranking")
			.with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
	}

}
