package klynge.minutes;

import static klynge.minutes.MinutesFixtures.item;
import static klynge.minutes.MinutesFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo minutes on the meeting pages and in the API, read by different viewers (read
 * only).
 */
@KlyngeIntegrationTest
class MinutesPageTests {

	static final UUID PM_2023 = meeting("pm-2023-03-27");

	static final UUID AG_2021 = meeting("ag-2021-06-03");

	@Autowired
	MockMvc mvc;

	String page(UUID meetingId, String user) throws Exception {
		var request = get("/meetings/" + meetingId);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void draftMinutesReadLikeTheSeedForAMember() throws Exception {
		String html = page(PM_2023, "medlem");
		assertThat(html).contains(
				"<p class=\"decision\"><span>Vedtak:</span> <em>Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet.</em></p>");
		assertThat(html).contains("<a rel=\"nofollow\" href=\"/meetings/" + PM_2023
				+ "#sak-05-23\">sak 05-23</a> om helsepersonellkommissjonen");
		assertThat(html).contains(
				"(se sak 0-23 og <a rel=\"nofollow\" href=\"/meetings/" + PM_2023 + "#sak-05-23\">sak 05-23</a>)");
		assertThat(html).contains("Tilbakemeldinger fra Partnermøtet;")
			.contains("<li>TVEPS kan være viktig samarbeidspartner i dette prosjektet videre.</li>");
		assertThat(html).contains("Referat godkjent. En sak meldt under Eventuelt; helsepersonellkommissjonen.");
		assertThat(html).contains("Til kommentar");
		// the follow-up module shows the sentence; the minutes' notes must not repeat it
		assertThat(html.split("GG følger opp saken", -1)).hasSize(2);
		assertThat(html).contains("Referat fra forrige møte godkjent (versjon 1)");
	}

	@Test
	void draftMinutesAreHiddenFromTheAnonymousAndFromOtherClusters() throws Exception {
		String html = page(PM_2023, null);
		assertThat(html).doesNotContain("Partnermøtet tar årsmeldingen")
			.doesNotContain("Tilbakemeldinger fra Partnermøtet;")
			.doesNotContain("Bruvik orienterte");
		mvc.perform(get("/meetings/" + PM_2023).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/" + PM_2023 + "/minutes")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/" + PM_2023 + "/minutes").with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void approvedMinutesArePublicWithDecisionsInItalicsAndReferencesLinked() throws Exception {
		String html = page(AG_2021, null);
		assertThat(html).contains(
				"<em>Arbeidsgruppen støtter forslag til budsjett for fellesmidler i Alrek helseklynge for 2022, og går inn for det alternativet som fremkom etter drøftingen i møtet (alternativ B).</em>");
		assertThat(html)
			.contains("(jfr. <a rel=\"nofollow\" href=\"/meetings/" + AG_2021 + "#sak-22-21\">sak 22-21</a>)");
		assertThat(html).contains(
				"<li>Det må framgå at kommunene sitt arbeid for forebygging og helse i hele befolkningen er kjernen i Alrek.</li>");
		assertThat(html).contains("<strong>Byggetrinn 4 – status.</strong>");
		assertThat(html).contains("Godkjent").contains("Nina Langeland");
	}

	@Test
	void apiGivesTheMinutesWithAnETagToMembers() throws Exception {
		mvc.perform(get("/api/v1/meetings/" + PM_2023 + "/minutes").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.status").value("FOR_COMMENT"))
			.andExpect(jsonPath("$.items[?(@.itemId == '" + item("pm-2023-03-27/03") + "')].decision").value(
					"Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet."))
			.andExpect(jsonPath("$.items[?(@.itemId == '" + item("pm-2023-03-27/02a") + "')].feedback[0]").value(
					"Det er viktig å utvikle en kultur for innovasjon og samarbeid som fremmer arbeidslivsrelevans, med mulighet for feedback fra potensielle arbeidsgivere."));
		mvc.perform(get("/api/v1/meetings/" + AG_2021 + "/minutes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void demoVersionsAreKept() throws Exception {
		String minutes = mvc
			.perform(get("/api/v1/meetings/" + PM_2023 + "/minutes").with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceFirst(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/minutes/" + minutes + "/versions").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("SENT"));
		mvc.perform(get("/api/v1/minutes/" + minutes + "/versions/1")).andExpect(status().isNotFound());
		String version = mvc.perform(get("/minutes/" + minutes + "/versions/1").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(version).contains("Partnermøtet tar årsmeldingen for 2022");
	}

	@Test
	void unresolvedReferencesAreListedForTheSecretariatOnly() throws Exception {
		String html = mvc.perform(get("/minutes/unresolved-references").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("sak 0-23").contains("Årsmelding 2022").doesNotContain(">sak 05-23<");
		mvc.perform(get("/minutes/unresolved-references").with(httpBasic("medlem", "demo")))
			.andExpect(status().isForbidden());
		String nord = mvc.perform(get("/minutes/unresolved-references").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nord).doesNotContain("sak 0-23").doesNotContain("Årsmelding 2022");
		assertThat(mvc.perform(get("/minutes/unresolved-references")).andReturn().getResponse().getStatus()).isIn(302,
				401);
	}

}
