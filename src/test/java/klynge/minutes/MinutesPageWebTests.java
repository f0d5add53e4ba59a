package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.minutes.MinutesFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole meeting's minutes on one page: every item with its vedtak prefilled from the
 * proposal, autosave of one item (htmx) that answers with its state only, a conflict
 * between two sessions that overwrites neither, bad input, follow-ups and referrals added
 * inline; the secretariat only, within its cluster.
 */
@KlyngeIntegrationTest
class MinutesPageWebTests {

	static final String PROPOSAL = "Partnermøtet slutter seg til forslaget.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixture heldWithProposal() {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		jdbc.sql("update agenda_item set proposed_decision = ? where id = ?").params(PROPOSAL, f.item()).update();
		return f;
	}

	MockHttpServletRequestBuilder autosave(UUID item, String user, String notes, int version) {
		return post("/items/" + item + "/minutes").with(httpBasic(user, "demo"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("onePage", "true")
			.param("notes", notes)
			.param("version", String.valueOf(version));
	}

	String page(UUID meeting, String user) throws Exception {
		return mvc.perform(get("/meetings/" + meeting + "/minutes/edit").with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String notes(UUID item) {
		return jdbc.sql("select notes from item_minutes where item_id = ?")
			.params(item)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void everyItemAndTheAttendanceGridOnOnePageWithTheVedtakPrefilledFromTheProposal() throws Exception {
		Fixture f = heldWithProposal();
		String html = page(f.meeting(), "sekretariat");
		assertThat(html).contains("id=\"attendance-table\"")
			.contains("id=\"notes-" + f.item() + "\"", "id=\"notes-" + f.exemptItem() + "\"")
			.contains("Personalsak intern")
			.contains(">" + PROPOSAL + "</textarea>")
			.contains("Fylt inn fra forslaget til vedtak.")
			.contains("role=\"status\" id=\"autosave-" + f.item() + "\"");
		assertThat(notes(f.item())).as("shown, not saved until the user saves").isNull();
		// the meeting page leads there
		assertThat(mvc.perform(get("/meetings/" + f.meeting()).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/meetings/" + f.meeting() + "/minutes/edit\"");
		// a written vedtak is not replaced by the proposal
		mvc.perform(autosave(f.item(), "sekretariat", "Drøftet.", 0).param("decision", "Utsatt."))
			.andExpect(status().isOk());
		assertThat(page(f.meeting(), "sekretariat")).contains(">Utsatt.</textarea>")
			.doesNotContain(">" + PROPOSAL + "</textarea>");
	}

	@Test
	void autosaveAnswersWithTheNewVersionAndTheTimeAndIsAudited() throws Exception {
		Fixture f = heldWithProposal();
		String answer = mvc.perform(autosave(f.item(), "sekretariat", "Sekretariatet orienterte.", 0))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).containsPattern("Lagret kl\\. \\d\\d:\\d\\d")
			.contains("id=\"minutes-version-" + f.item() + "\" value=\"1\"")
			.as("the typed text is not sent back: the fields are not swapped")
			.doesNotContain("<textarea");
		assertThat(notes(f.item())).isEqualTo("Sekretariatet orienterte.");
		mvc.perform(autosave(f.item(), "sekretariat", "Sekretariatet orienterte om status.", 1))
			.andExpect(status().isOk());
		assertThat(notes(f.item())).isEqualTo("Sekretariatet orienterte om status.");
		assertThat(jdbc.sql("""
				select count(*) from audit_log where table_name = 'item_minutes' and actor = 'sekretariat'
				  and after->>'notes' = 'Sekretariatet orienterte om status.'""").query(Integer.class).single())
			.isEqualTo(1);
		// reloaded, the page has the text and the version to save over next
		assertThat(page(f.meeting(), "sekretariat")).contains(">Sekretariatet orienterte om status.</textarea>")
			.contains("id=\"minutes-version-" + f.item() + "\" value=\"2\"");
	}

	@Test
	void aConflictBetweenTwoSessionsOverwritesNeitherAndTheUserChooses() throws Exception {
		Fixture f = heldWithProposal();
		// both open the page (version 0); the administrator saves first
		mvc.perform(autosave(f.item(), "admin", "Administratorens tekst.", 0)).andExpect(status().isOk());
		String refused = mvc.perform(autosave(f.item(), "sekretariat", "Sekretariatets tekst.", 0))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(notes(f.item())).as("never silently overwritten").isEqualTo("Administratorens tekst.");
		assertThat(refused).contains("Ikke lagret: noen andre har endret referatet")
			.as("the other version is shown beside the typed text")
			.contains("Administratorens tekst.")
			.contains("name=\"resolvedVersion\" value=\"1\"")
			.contains("Bruk den lagrede versjonen")
			.as("the version in the form stays stale, so later autosaves are refused too")
			.doesNotContain("minutes-version-");
		mvc.perform(autosave(f.item(), "sekretariat", "Sekretariatets tekst, mer.", 0))
			.andExpect(status().isConflict());
		assertThat(notes(f.item())).isEqualTo("Administratorens tekst.");

		// the user keeps their text, merged with the other's, over the version they saw
		mvc.perform(autosave(f.item(), "sekretariat", "Administratorens tekst. Sekretariatets tekst.", 0)
			.param("resolvedVersion", "1")).andExpect(status().isOk());
		assertThat(notes(f.item())).isEqualTo("Administratorens tekst. Sekretariatets tekst.");
		// the administrator, still on version 1, is now the one refused
		mvc.perform(autosave(f.item(), "admin", "Administratorens andre tekst.", 1)).andExpect(status().isConflict());
		assertThat(notes(f.item())).isEqualTo("Administratorens tekst. Sekretariatets tekst.");

		// "use the saved version" brings the item back as saved
		String item = mvc
			.perform(get("/meetings/" + f.meeting() + "/minutes/items/" + f.item()).header("HX-Request", "true")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(item).contains(">Administratorens tekst. Sekretariatets tekst.</textarea>").contains("value=\"2\"");
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingSaved() throws Exception {
		Fixture f = heldWithProposal();
		String refused = mvc.perform(autosave(f.item(), "sekretariat", "x".repeat(50_001), 0))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Ikke lagret: «Referat (notater)» er for lang.");
		assertThat(notes(f.item())).isNull();
		assertThat(mvc
			.perform(post("/items/" + f.item() + "/minutes").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("onePage", "true")
				.param("notes", "Drøftet.")
				.param("version", "tre"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Ikke lagret: Noen felt er ikke fylt ut riktig.");
		assertThat(notes(f.item())).isNull();
		// locked minutes: the reason, not a save
		jdbc.sql("update meeting set status = 'CANCELLED' where id = ?").params(f.meeting()).update();
		assertThat(mvc.perform(autosave(f.item(), "sekretariat", "Drøftet.", 0))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Ikke lagret:");
		assertThat(notes(f.item())).isNull();
	}

	@Test
	void anotherClustersIdsAreNotFoundAndMembersAreRefused() throws Exception {
		Fixture f = heldWithProposal();
		mvc.perform(get("/meetings/" + f.meeting() + "/minutes/edit").with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(autosave(f.item(), "nord", "Fra Nord.", 0)).andExpect(status().isNotFound());
		mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/followups")
			.with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("ownerCode", "KW")
			.param("version", "0")
			.param("description", "Fra Nord")).andExpect(status().isNotFound());
		for (String user : new String[] { "medlem", "leder", "observator" }) {
			mvc.perform(get("/meetings/" + f.meeting() + "/minutes/edit").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(autosave(f.item(), user, "Fra et medlem.", 0)).andExpect(status().isForbidden());
			mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/referrals")
				.with(httpBasic(user, "demo"))
				.with(csrf())
				.param("toBodyId", MinutesFixtures.body(jdbc, "Styringsgruppen").toString())
				.param("description", "x")).andExpect(status().isForbidden());
		}
		assertThat(mvc.perform(get("/meetings/" + f.meeting() + "/minutes/edit")).andReturn().getResponse().getStatus())
			.isIn(302, 401);
		assertThat(notes(f.item())).isNull();
		assertThat(jdbc.sql("select count(*) from referral where from_item_id = ?")
			.params(f.item())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void followUpsAndReferralsAreAddedInlineUnderTheItem() throws Exception {
		Fixture f = heldWithProposal();
		String added = mvc
			.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/followups")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("ownerCode", "KW")
				.param("version", "0")
				.param("description", "sender saken til partnerne")
				.param("dueOn", f.year() + "-05-01"))
			.andExpect(
					result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
						.isEqualTo(200))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("Oppfølgingen er lagt til.").contains("KW sender saken til partnerne.");
		assertThat(jdbc.sql("select count(*) from follow_up where item_id = ? and due_on = ?")
			.params(f.item(), java.time.LocalDate.of(f.year(), 5, 1))
			.query(Integer.class)
			.single()).isEqualTo(1);

		// refused: the message by the form, what was typed kept
		String refused = mvc
			.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/followups")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("ownerCode", "KW")
				.param("version", "0")
				.param("description", "for tidlig")
				.param("dueOn", (f.year() - 1) + "-05-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Fristen kan ikke være før møtet.").contains("value=\"for tidlig\"");
		mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/followups")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("ownerCode", "KW")
			.param("version", "0")
			.param("description", "")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/followups")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("ownerCode", "KW")
			.param("version", "0")
			.param("description", "x")
			.param("dueOn", "neste uke")).andExpect(status().isUnprocessableContent());
		// an item of another meeting is not this page's
		mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.approvalItem() + "/followups")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("ownerCode", "KW")
			.param("version", "0")
			.param("description", "x")).andExpect(status().isNotFound());

		UUID styringsgruppen = MinutesFixtures.body(jdbc, "Styringsgruppen");
		String referred = mvc
			.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/referrals")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("toBodyId", styringsgruppen.toString())
				.param("description", "Styringsgruppen utreder saken.")
				.param("expectedReturn", "neste Partnermøte"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(referred).contains("Saken er oversendt.").contains("Styringsgruppen utreder saken.");
		assertThat(jdbc.sql("select count(*) from referral where from_item_id = ? and to_body_id = ?")
			.params(f.item(), styringsgruppen)
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/referrals")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("description", "Uten organ.")).andExpect(status().isUnprocessableContent());
		// without htmx: back to the page at the item
		mvc.perform(post("/meetings/" + f.meeting() + "/minutes/items/" + f.item() + "/followups")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("ownerCode", "KW")
			.param("version", "0")
			.param("description", "uten htmx"))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/meetings/" + f.meeting() + "/minutes/edit#minutes-item-" + f.item()));
		assertThat(page(f.meeting(), "sekretariat")).contains("KW uten htmx.", "KW sender saken til partnerne.");
	}

}
