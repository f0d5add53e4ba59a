package klynge.body;

import static klynge.body.BodyFixtures.ALREK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The editors' HTML forms: each test creates its own body, so the demo tables stay as in
 * the minutes.
 */
@KlyngeIntegrationTest
class BodyEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BodyDirectory directory;

	MockHttpServletRequestBuilder editor(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("sekretariat", "demo")).with(csrf());
	}

	UUID newBody(String name) throws Exception {
		String location = mvc
			.perform(editor(post("/bodies")).param("type", "WORKING_GROUP")
				.param("name", name)
				.param("establishedOn", "2024-01-01")
				.param("mandate", "Tester."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	String addMember(UUID body, String code, String role, String seat, String from, int expectedStatus, String... extra)
			throws Exception {
		MockHttpServletRequestBuilder request = editor(post("/bodies/" + body + "/memberships"))
			.param("personId", BodyFixtures.person(jdbc, ALREK, code).toString())
			.param("role", role)
			.param("seat", seat)
			.param("validFrom", from);
		for (int i = 0; i < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void createsABodyAndShowsItInTheList() throws Exception {
		UUID id = newBody("Testgruppe for liste");
		assertThat(mvc.perform(get("/bodies")).andReturn().getResponse().getContentAsString())
			.contains("Testgruppe for liste");
		assertThat(directory.body(ALREK, id)).get().extracting(BodySummary::type).isEqualTo(BodyType.WORKING_GROUP);
	}

	@Test
	void missingFieldsReRenderTheFormWithMessagesBesideTheFields() throws Exception {
		String html = mvc
			.perform(editor(post("/bodies")).param("type", "")
				.param("name", "  ")
				.param("establishedOn", "not-a-date")
				.param("mandate", "Beholdes"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"name-error\"", "id=\"type-error\"", "id=\"establishedOn-error\"",
				"aria-invalid=\"true\"", "Beholdes", "Ugyldig dato");
	}

	@Test
	void theSelectFieldsKeepTheChoiceAndShowTheirMessageBesideThem() throws Exception {
		String html = mvc
			.perform(editor(post("/bodies")).param("type", "WORKING_GROUP")
				.param("name", "  ")
				.param("establishedOn", "2024-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<select id=\"type\" name=\"type\"",
				"<select id=\"predecessorId\" name=\"predecessorId\"",
				"<option value=\"WORKING_GROUP\" selected=\"selected\">", "<label for=\"type\"");
		String invalid = mvc.perform(
				editor(post("/bodies")).param("type", "").param("name", "Navn").param("establishedOn", "2024-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("aria-invalid=\"true\" aria-describedby=\"type-error\"", "id=\"type-error\"");
	}

	@Test
	void overlappingSeatIsRefusedBesideTheStartDateNamingTheHolder() throws Exception {
		UUID body = newBody("Testgruppe for sete");
		addMember(body, "GG", "MEMBER", "Universitetet i Bergen", "2024-01-01", 302);
		String html = addMember(body, "NL", "MEMBER", "universitetet  i bergen", "2024-06-01", 422);
		assertThat(html).contains("id=\"validFrom-error\"")
			.contains("Setet er allerede besatt av Gottfried Greve i perioden 01.01.2024–.")
			.contains("value=\"universitetet  i bergen\"");
		assertThat(directory.membersOn(ALREK, body, LocalDate.parse("2024-07-01"))).extracting(MemberRow::code)
			.containsExactly("GG");
	}

	@Test
	void deputyWithoutMemberIsRefusedBesideDeputyFor() throws Exception {
		UUID body = newBody("Testgruppe for vara");
		String html = addMember(body, "IEG", "DEPUTY", "FHI", "2024-01-01", 422);
		assertThat(html).contains("id=\"deputyForId-error\"")
			.contains("Et varamedlem må være vara for et medlem av organet.");
		String english = mvc
			.perform(editor(post("/bodies/" + body + "/memberships")).param("lang", "en")
				.param("personId", BodyFixtures.person(jdbc, ALREK, "IEG").toString())
				.param("role", "DEPUTY")
				.param("seat", "FHI")
				.param("validFrom", "2024-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("A deputy member must stand in for a member of the body.");
	}

	@Test
	void deputyWithItsMemberIsListedAsVaraFor() throws Exception {
		UUID body = newBody("Testgruppe med vara");
		addMember(body, "GPK", "MEMBER", "FHI", "2024-01-01", 302);
		UUID gpk = BodyFixtures.membership(jdbc, body, "GPK");
		addMember(body, "IEG", "DEPUTY", "FHI", "2024-01-01", 302, "deputyForId", gpk.toString());
		String html = mvc.perform(get("/bodies/" + body).param("date", "2024-02-01"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("FHI, vara for Gun Peggy Knudsen");
	}

	@Test
	void endBeforeStartUnknownPersonAndUnknownOrganisationAreRefusedBesideTheirFields() throws Exception {
		UUID body = newBody("Testgruppe for feil");
		assertThat(addMember(body, "GG", "MEMBER", "UiB", "2024-01-01", 422, "validTo", "2023-12-31"))
			.contains("id=\"validTo-error\"")
			.contains("Til-datoen kan ikke være før fra-datoen.");
		String unknownPerson = mvc
			.perform(editor(post("/bodies/" + body + "/memberships")).param("personId", UUID.randomUUID().toString())
				.param("role", "MEMBER")
				.param("seat", "UiB")
				.param("validFrom", "2024-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknownPerson).contains("id=\"personId-error\"").contains("Personen finnes ikke i registeret.");
		assertThat(addMember(body, "GG", "MEMBER", "UiB", "2024-01-01", 422, "organisationId",
				UUID.randomUUID().toString()))
			.contains("id=\"organisationId-error\"")
			.contains("Organisasjonen finnes ikke i registeret.");
		assertThat(
				addMember(body, "GG", "MEMBER", "UiB", "2024-01-01", 422, "deputyForId", UUID.randomUUID().toString()))
			.contains("id=\"deputyForId-error\"")
			.contains("Bare varamedlemmer kan være vara for et medlem.");
	}

	@Test
	void renameBeforeTheCurrentNamesDateIsRefusedAndALaterOneKeepsTheHistory() throws Exception {
		UUID body = newBody("Gammelt navn");
		String html = mvc
			.perform(editor(post("/bodies/" + body + "/names")).param("name", "Nytt navn")
				.param("validFrom", "2023-12-31"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"validFrom-error\"").contains("etter 01.01.2024").contains("Nytt navn");
		mvc.perform(
				editor(post("/bodies/" + body + "/names")).param("name", "Nytt navn").param("validFrom", "2025-03-01"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/bodies/" + body)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<h1>Nytt navn</h1>").contains("Het Gammelt navn fram til 28.02.2025");
		assertThat(directory.nameOn(ALREK, body, LocalDate.parse("2025-02-28"))).isEqualTo("Gammelt navn");
	}

	@Test
	void editFormKeepsTheVersionAndSavesChanges() throws Exception {
		UUID body = newBody("Testgruppe for endring");
		String form = mvc.perform(get("/bodies/" + body + "/edit").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"Testgruppe for endring\"").contains("name=\"version\"");
		mvc.perform(editor(post("/bodies/" + body)).param("type", "USER_PANEL")
			.param("name", "Testpanel")
			.param("establishedOn", "2024-01-01")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(directory.body(ALREK, body)).get().extracting(BodySummary::name).isEqualTo("Testpanel");
		mvc.perform(editor(post("/bodies/" + body)).param("type", "USER_PANEL")
			.param("name", "Stale")
			.param("establishedOn", "2024-01-01")
			.param("version", "0")).andExpect(status().isConflict());
		assertThat(directory.body(ALREK, body)).get().extracting(BodySummary::name).isEqualTo("Testpanel");
	}

	@Test
	void membersCanBeMovedUpAndDownAndEnded() throws Exception {
		UUID body = newBody("Testgruppe for rekkefølge");
		addMember(body, "GG", "MEMBER", "A", "2024-01-01", 302);
		addMember(body, "GY", "MEMBER", "B", "2024-01-01", 302);
		addMember(body, "EH", "MEMBER", "C", "2024-01-01", 302);
		UUID eh = BodyFixtures.membership(jdbc, body, "EH");
		mvc.perform(editor(post("/bodies/" + body + "/memberships/" + eh + "/move")).param("direction", "up")
			.param("date", "2024-02-01")).andExpect(status().is3xxRedirection());
		LocalDate day = LocalDate.parse("2024-02-01");
		assertThat(directory.membersOn(ALREK, body, day)).extracting(MemberRow::code).containsExactly("GG", "EH", "GY");
		UUID gg = BodyFixtures.membership(jdbc, body, "GG");
		mvc.perform(editor(post("/bodies/" + body + "/memberships/" + gg + "/move")).param("direction", "down")
			.param("date", "2024-02-01")
			.header("HX-Request", "true")).andExpect(status().is3xxRedirection());
		assertThat(directory.membersOn(ALREK, body, day)).extracting(MemberRow::code).containsExactly("EH", "GG", "GY");
		String refused = mvc
			.perform(editor(post("/bodies/" + body + "/memberships/" + gg + "/end")).param("validTo", "2023-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"end-validTo-error\"");
		mvc.perform(editor(post("/bodies/" + body + "/memberships/" + gg + "/end")).param("validTo", "2024-01-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.membersOn(ALREK, body, day)).extracting(MemberRow::code).containsExactly("EH", "GY");
		List<MemberRow> january = directory.membersOn(ALREK, body, LocalDate.parse("2024-01-31"));
		assertThat(january).extracting(MemberRow::code).contains("GG");
	}

	@Test
	void editingAMembershipOfAnotherBodyIsNotFound() throws Exception {
		UUID body = newBody("Testgruppe A");
		UUID pm = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		UUID mh = BodyFixtures.membership(jdbc, pm, "MH");
		mvc.perform(get("/bodies/" + body + "/memberships/" + mh + "/edit").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/bodies/" + pm + "/memberships/" + mh + "/edit").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void deputyForOffersTheMembersHoldingOfficeOnTheStartDate() throws Exception {
		UUID pm = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		String in2023 = mvc
			.perform(get("/bodies/" + pm + "/memberships/new").param("validFrom", "2023-03-27")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(in2023).contains("Gun Peggy Knudsen (GPK), Folkehelseinstituttet, 01.01.2023–")
			.contains("hx-get=\"/bodies/" + pm + "/memberships/new\"");
		String in2022 = mvc
			.perform(get("/bodies/" + pm + "/memberships/new").param("validFrom", "2022-01-01")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(in2022).doesNotContain("Gun Peggy Knudsen (GPK), Folkehelseinstituttet");
	}

}
