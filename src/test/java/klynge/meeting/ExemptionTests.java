package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exempt items show only their public title and legal basis; members-only documents only
 * to members.
 */
@KlyngeIntegrationTest
class ExemptionTests {

	static final UUID PERSONNEL_CASE = MeetingTestData.item("sg-2023-03-20/10");

	static final UUID TEAMS_LINKS_ITEM = MeetingTestData.item("ag-2021-06-03/19");

	static final String INTERNAL_TITLE = "Tilsetting i sekretariatet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return user == null ? request : request.with(httpBasic(user, "demo"));
	}

	@Test
	void anonymousAndNonMembersSeeOnlyThePublicTitleAndLegalBasis() throws Exception {
		for (String user : new String[] { null, "medlem" }) {
			mvc.perform(as(user, get("/meetings/{id}", MeetingTestData.SG_2023_03_20)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Personalsak")))
				.andExpect(content().string(Matchers.containsString("Unntatt offentlighet, Offl. § 25")))
				.andExpect(content().string(Matchers.not(Matchers.containsString(INTERNAL_TITLE))));
			mvc.perform(as(user, get("/api/v1/meetings/{id}/items", MeetingTestData.SG_2023_03_20)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString(INTERNAL_TITLE))))
				.andExpect(jsonPath("$[2].title").value("Personalsak"))
				.andExpect(jsonPath("$[2].restricted").value(true))
				.andExpect(jsonPath("$[2].exemptionBasis").value("Offl. § 25"));
			mvc.perform(as(user, get("/api/v1/items/{id}", PERSONNEL_CASE)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString(INTERNAL_TITLE))))
				.andExpect(jsonPath("$.title").value("Personalsak"))
				.andExpect(jsonPath("$.number").value("10-23"));
		}
	}

	@Test
	void staffSeeTheInternalTitle() throws Exception {
		for (String user : new String[] { "sekretariat", "admin" }) {
			mvc.perform(as(user, get("/meetings/{id}", MeetingTestData.SG_2023_03_20)))
				.andExpect(content().string(Matchers.containsString(INTERNAL_TITLE)));
			mvc.perform(as(user, get("/api/v1/items/{id}", PERSONNEL_CASE)))
				.andExpect(jsonPath("$.title").value(INTERNAL_TITLE))
				.andExpect(jsonPath("$.restricted").value(false));
		}
	}

	@Test
	void membersOnlyDocumentsAreHiddenFromTheAnonymous() throws Exception {
		String teams = "https://teams.microsoft.com/l/channel/alrek-arbeidsgruppen";
		String sharepoint = "https://uib.sharepoint.com/sites/alrek-arbeidsgruppen";
		mvc.perform(get("/meetings/{id}", MeetingTestData.AG_2021_06_03))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Godkjenning av innkalling, sakliste og referat")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(teams))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(sharepoint))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Lenke via Sharepoint"))));
		mvc.perform(get("/api/v1/items/{id}", TEAMS_LINKS_ITEM)).andExpect(jsonPath("$.documents").isEmpty());
		mvc.perform(get("/meetings/{id}", MeetingTestData.AG_2021_06_03).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(Matchers.containsString(teams)))
			.andExpect(content().string(Matchers.containsString(sharepoint)));
		mvc.perform(get("/api/v1/items/{id}", TEAMS_LINKS_ITEM).with(httpBasic("sekretariat", "demo")))
			.andExpect(jsonPath("$.documents.length()").value(2));
	}

	@Test
	void anExemptionThatHasEndedIsPublic() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Unntaksgruppen");
		UUID meeting = meetings.plan(form(body, LocalDate.of(2019, 5, 6)));
		agenda.add(meeting, new AgendaItemForm(null, AgendaItemType.DECISION, "Avtale med leverandør", null, null, null,
				null, null, false, Access.EXEMPT, "Offl. § 23", "Forhandlinger", LocalDate.of(2020, 1, 1), 0));
		agenda.add(meeting, new AgendaItemForm(null, AgendaItemType.DECISION, "Sak om lønn", null, null, null, null,
				null, false, Access.EXEMPT, "Offl. § 25", "Personalsak", LocalDate.of(2999, 1, 1), 0));
		mvc.perform(get("/meetings/{id}", meeting))
			.andExpect(content().string(Matchers.containsString("Avtale med leverandør")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Sak om lønn"))))
			.andExpect(content().string(Matchers.containsString("Unntatt offentlighet, Offl. § 25")));
		mvc.perform(get("/api/v1/meetings/{id}/items", meeting))
			.andExpect(jsonPath("$[0].title").value("Avtale med leverandør"))
			.andExpect(jsonPath("$[1].title").value("Personalsak"));
	}

	@Test
	void anotherClusterGetsNotFound() throws Exception {
		var nord = httpBasic("nord", "demo");
		mvc.perform(get("/meetings/{id}", MeetingTestData.SG_2023_03_20).with(nord)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/{id}", MeetingTestData.SG_2023_03_20).with(nord))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/{id}/items", MeetingTestData.SG_2023_03_20).with(nord))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/{id}/attendance", MeetingTestData.SG_2023_03_20).with(nord))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/items/{id}", PERSONNEL_CASE).with(nord)).andExpect(status().isNotFound());
		mvc.perform(get("/items/{id}/edit", PERSONNEL_CASE).with(nord)).andExpect(status().isNotFound());
		mvc.perform(post("/meetings/{id}/status", MeetingTestData.PM_2023_03_27).param("confirm", "true")
			.param("target", "MINUTES_APPROVED")
			.with(nord)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/items/{id}/delete", MeetingTestData.item("pm-2023-03-27/05a")).with(nord).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/items/{id}", PERSONNEL_CASE).with(nord)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"DECISION\",\"title\":\"Overtatt\"}")
			.header("If-Match", "\"0\"")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings").with(nord))
			.andExpect(status().isOk())
			.andExpect(
					content().string(Matchers.not(Matchers.containsString(MeetingTestData.SG_2023_03_20.toString()))));
		assertThat(jdbc.sql("select status from meeting where id = ?")
			.param(MeetingTestData.PM_2023_03_27)
			.query(String.class)
			.single()).isEqualTo("MINUTES_FOR_COMMENT");
		assertThat(jdbc.sql("select title from agenda_item where id = ?")
			.param(PERSONNEL_CASE)
			.query(String.class)
			.single()).isEqualTo(INTERNAL_TITLE);
	}

}
