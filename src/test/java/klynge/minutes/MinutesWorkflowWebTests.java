package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.minutes.MinutesFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writing, sending, commenting, approving and amending minutes on meetings made for each
 * test.
 */
@KlyngeIntegrationTest
class MinutesWorkflowWebTests {

	static final String FUTURE = LocalDate.now().plusDays(14).toString();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	void write(UUID itemId, String notes, String decision, int version) throws Exception {
		mvc.perform(post("/items/" + itemId + "/minutes").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("notes", notes)
			.param("decision", decision)
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
	}

	@Test
	void sendCommentApproveByNextMeetingAndAmend() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		write(f.item(), "Drøftet grundig.", "Møtet slutter seg til forslaget.", 0);
		write(f.exemptItem(), "HEMMELIG-INNHOLD", null, 0);
		UUID minutes = MinutesFixtures.minutesOf(jdbc, f.meeting());

		mvc.perform(post("/minutes/" + minutes + "/send").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("deadline", FUTURE)).andExpect(status().is3xxRedirection());
		assertThat(MinutesFixtures.status(jdbc, f.meeting())).isEqualTo("MINUTES_FOR_COMMENT");

		mvc.perform(post("/minutes/" + minutes + "/comments").with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("itemId", f.item().toString())
			.param("text", "Stavefeil i andre avsnitt.")).andExpect(status().is3xxRedirection());
		String memberPage = mvc.perform(get("/meetings/" + f.meeting()).with(httpBasic("medlem", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(memberPage).contains("Stavefeil i andre avsnitt.")
			.contains("<em>Møtet slutter seg til forslaget.</em>");
		mvc.perform(post("/minutes/" + minutes + "/comments").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("text", "x")).andExpect(status().isNotFound());
		assertThat(mvc.perform(post("/minutes/" + minutes + "/comments").with(csrf()).param("text", "x"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(302, 401);
		assertThat(jdbc.sql("select count(*) from minutes_comment where minutes_id = ?")
			.params(minutes)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(mvc.perform(get("/meetings/" + f.meeting())).andReturn().getResponse().getContentAsString())
			.doesNotContain("Drøftet grundig.");

		// the approving meeting must be held before its approval item approves
		// (MinutesGuardsTests)
		jdbc.sql("update meeting set status = 'HELD' where id = ?").params(f.next()).update();
		String next = mvc.perform(get("/meetings/" + f.next()).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(next).contains("Godkjenn referatet fra møtet");
		mvc.perform(post("/minutes/" + minutes + "/approve-by-item").param("confirm", "true")
			.with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("itemId", f.approvalItem().toString())).andExpect(status().isForbidden());
		mvc.perform(post("/minutes/" + minutes + "/approve-by-item").param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("itemId", f.approvalItem().toString())).andExpect(status().is3xxRedirection());
		assertThat(MinutesFixtures.status(jdbc, f.meeting())).isEqualTo("MINUTES_APPROVED");
		assertThat(jdbc.sql("select approved_version from minutes where id = ?")
			.params(minutes)
			.query(Integer.class)
			.single()).isEqualTo(1);
		String approvedOnNext = mvc.perform(get("/meetings/" + f.next()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(approvedOnNext).contains("href=\"/minutes/" + minutes + "/versions/1\"")
			.contains("Referat fra forrige møte godkjent (versjon 1)");

		// public now, but never the exempt item
		String publicPage = mvc.perform(get("/meetings/" + f.meeting())).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("Drøftet grundig.").doesNotContain("HEMMELIG-INNHOLD");
		assertThat(mvc.perform(get("/api/v1/minutes/" + minutes + "/versions/1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Drøftet grundig.").doesNotContain("HEMMELIG");
		assertThat(mvc.perform(get("/api/v1/minutes/" + minutes + "/versions/1").with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("HEMMELIG-INNHOLD");

		// locked: editing is refused, an amendment with a reason is kept as a new version
		mvc.perform(post("/items/" + f.item() + "/minutes").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("notes", "Overskrevet")
			.param("version", "1")).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/items/" + f.item() + "/minutes/edit").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/minutes/" + minutes + "/amend").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("itemId", f.item().toString())
			.param("notes", "Drøftet grundig, rettet.")
			.param("decision", "Møtet slutter seg til forslaget.")
			.param("version", "1")
			.param("reason", "")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/minutes/" + minutes + "/amend").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("itemId", f.item().toString())
			.param("notes", "Drøftet grundig, rettet.")
			.param("decision", "Møtet slutter seg til forslaget.")
			.param("version", "1")
			.param("reason", "Stavefeil rettet etter kommentar"))
			.andExpect(redirectedUrl("/minutes/" + minutes + "/versions/2"));
		String compare = mvc.perform(get("/minutes/" + minutes + "/versions/compare").param("a", "1").param("b", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(compare).contains("Drøftet grundig.")
			.contains("Drøftet grundig, rettet.")
			.contains("Endret")
			.contains("Uendret")
			.doesNotContain("HEMMELIG");
		String versions = mvc.perform(get("/minutes/" + minutes + "/versions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(versions).contains("Stavefeil rettet etter kommentar")
			.contains("Rettelse")
			.contains("Sendt til kommentar");
	}

	@Test
	void forbiddenTransitionsAreRefused() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "SUMMONED");
		write(f.item(), "Notat før møtet er holdt.", null, 0);
		UUID minutes = MinutesFixtures.minutesOf(jdbc, f.meeting());
		mvc.perform(post("/minutes/" + minutes + "/send").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("deadline", FUTURE)).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/minutes/" + minutes + "/approve").param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/minutes/" + minutes + "/send").with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("deadline", FUTURE)).andExpect(status().isForbidden());

		Fixture held = MinutesFixtures.fixture(jdbc, "HELD");
		write(held.item(), "Holdt.", null, 0);
		UUID heldMinutes = MinutesFixtures.minutesOf(jdbc, held.meeting());
		mvc.perform(post("/minutes/" + heldMinutes + "/send").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("deadline", "2001-01-01")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/minutes/" + heldMinutes + "/approve").param("confirm", "true")
			.with(httpBasic("medlem", "demo"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/minutes/" + heldMinutes + "/approve").param("confirm", "true")
			.with(httpBasic("leder", "demo"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from minutes where id = ?").params(heldMinutes).query(String.class).single())
			.isEqualTo("APPROVED");
		mvc.perform(post("/minutes/" + heldMinutes + "/send").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("deadline", FUTURE)).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/minutes/" + heldMinutes + "/approve").param("confirm", "true")
			.with(httpBasic("nord", "demo"))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void concurrentEditGives409WithBothVersions() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		write(f.item(), "Første utkast.", null, 0);
		write(f.item(), "Kari sin tekst.", null, 1);
		String conflict = mvc
			.perform(post("/items/" + f.item() + "/minutes").with(httpBasic("admin", "demo"))
				.with(csrf())
				.param("notes", "Ola sin tekst.")
				.param("version", "1"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Ola sin tekst.").contains("Kari sin tekst.").contains("Lagret versjon");
		assertThat(jdbc.sql("select notes from item_minutes where item_id = ?")
			.params(f.item())
			.query(String.class)
			.single()).isEqualTo("Kari sin tekst.");
	}

	@Test
	void apiWritesWithIfMatchAndRefusesStaleVersions() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		String body = "{\"notes\":\"Fra API\",\"decision\":\"Vedtatt.\",\"feedback\":\"En\\nTo\"}";
		mvc.perform(put("/api/v1/items/" + f.item() + "/minutes").with(httpBasic("sekretariat", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.feedback[1]").value("To"));
		mvc.perform(put("/api/v1/items/" + f.item() + "/minutes").with(httpBasic("sekretariat", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict());
		mvc.perform(put("/api/v1/items/" + f.item() + "/minutes").with(httpBasic("medlem", "demo"))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/items/" + f.item() + "/minutes").with(httpBasic("nord", "demo"))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/items/" + f.item() + "/minutes").header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
		UUID minutes = MinutesFixtures.minutesOf(jdbc, f.meeting());
		mvc.perform(post("/api/v1/minutes/" + minutes + "/send").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/minutes/" + minutes + "/send").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"deadline\":\"" + FUTURE + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1));
		// before the comment deadline the client says so explicitly (issue 11.6)
		mvc.perform(post("/api/v1/minutes/" + minutes + "/approve").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/minutes/" + minutes + "/approve").param("beforeDeadline", "true")
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1));
		mvc.perform(post("/api/v1/minutes/" + minutes + "/amend").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + f.item() + "\",\"notes\":\"Rettet\",\"version\":1,\"reason\":\"Feil tall\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2));
		mvc.perform(get("/api/v1/minutes/" + minutes + "/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].reason").value("Feil tall"));
	}

}
