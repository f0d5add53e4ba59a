package klynge.meeting.attendance;

import static klynge.meeting.MeetingTestData.member;
import static klynge.meeting.MeetingTestData.person;
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
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.meeting.MeetingTestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The summons list from the memberships, the Forfall column, deputies, guests and the
 * quorum.
 */
@KlyngeIntegrationTest
class AttendanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID body;

	UUID meeting;

	@BeforeEach
	void bodyWithMembershipsAndAPlannedMeeting() throws Exception {
		body = MeetingTestData.newBody(jdbc, "Oppmøtegruppen");
		member(jdbc, body, "GY", "CHAIR", "Høgskulen på Vestlandet, leder", 1);
		UUID eh = member(jdbc, body, "EH", "MEMBER", "Helse Bergen", 2);
		member(jdbc, body, "KF", "MEMBER", "Haraldsplass", 3, LocalDate.of(2000, 1, 1), LocalDate.of(2019, 12, 31),
				null);
		member(jdbc, body, "IEG", "DEPUTY", "Helse Bergen, vara", 4, LocalDate.of(2000, 1, 1), null, eh);
		member(jdbc, body, "BA", "FACILITATOR", "Klyngefasilitator", 5);
		member(jdbc, body, "KS", "OBSERVER", "Leder av Styringsgruppen", 6);
		member(jdbc, body, "KW", "SECRETARIAT", "Sekretariatet", 7);
		member(jdbc, body, "PB", "MEMBER", "UiB - MED", 8, LocalDate.of(2050, 1, 1), null, null);
		String location = mvc
			.perform(secretariat(post("/meetings")).param("bodyId", body.toString())
				.param("meetingDate", "2045-05-08")
				.param("startsAt", "14:00")
				.param("endsAt", "16:00")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		meeting = UUID.fromString(location.substring("/meetings/".length()));
	}

	static MockHttpServletRequestBuilder secretariat(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("sekretariat", "demo")).with(csrf());
	}

	UUID row(String code) {
		return jdbc.sql(
				"select a.id from attendance a join person p on p.id = a.person_id where a.meeting_id = ? and p.code = ?")
			.params(meeting, code)
			.query(UUID.class)
			.single();
	}

	int version(UUID row) {
		return jdbc.sql("select version from attendance where id = ?").param(row).query(Integer.class).single();
	}

	@Test
	void planningGeneratesTheSummonsListFromTheMembershipsOnTheDate() throws Exception {
		String json = mvc
			.perform(get("/api/v1/meetings/{id}/attendance", meeting).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = JsonPath.read(json, "$.attendees[*].code");
		List<String> sections = JsonPath.read(json, "$.attendees[*].section");
		assertThat(codes).containsExactly("GY", "EH", "BA", "KS", "KW");
		assertThat(sections).containsExactly("MEMBER", "MEMBER", "OBSERVER", "OBSERVER", "SECRETARIAT");
		assertThat(codes).doesNotContain("IEG", "KF", "PB");
		List<Boolean> summoned = JsonPath.read(json, "$.attendees[*].summoned");
		assertThat(summoned).containsOnly(true);
		assertThat((Integer) JsonPath.read(json, "$.memberSeats")).isEqualTo(2);
		mvc.perform(get("/meetings/{id}", meeting))
			.andExpect(content().string(Matchers.containsString("Høgskulen på Vestlandet, leder")))
			.andExpect(content().string(Matchers.containsString("Faste observatører:")));
	}

	@Test
	void rowsAreEditedAsAbsentDeputyAndRemote() throws Exception {
		UUID eh = row("EH");
		UUID gy = row("GY");
		mvc.perform(secretariat(post("/attendance/{id}", eh)).param("meetingId", meeting.toString())
			.param("summoned", "true")
			.param("status", "ABSENT")
			.param("version", String.valueOf(version(eh)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/meetings/{id}/attendance", meeting))
			.andExpect(jsonPath("$.attendees[1].absence").value("x"))
			.andExpect(jsonPath("$.represented").value(1));

		mvc.perform(secretariat(post("/attendance/{id}", eh)).param("meetingId", meeting.toString())
			.param("summoned", "true")
			.param("status", "DEPUTY")
			.param("deputyPersonId", person(jdbc, "IEG").toString())
			.param("version", String.valueOf(version(eh)))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/{id}", meeting))
			.andExpect(content().string(Matchers.containsString("vara")))
			.andExpect(content().string(Matchers.containsString("Vararepresentant Ingvild Eide Graff")));
		// the page states the quorum only once the meeting is held; the count is in the
		// API already
		mvc.perform(get("/api/v1/meetings/{id}/attendance", meeting))
			.andExpect(jsonPath("$.represented").value(2))
			.andExpect(jsonPath("$.quorate").value(true));

		mvc.perform(secretariat(post("/attendance/{id}", gy)).param("meetingId", meeting.toString())
			.param("summoned", "true")
			.param("status", "REMOTE")
			.param("version", String.valueOf(version(gy)))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.startsWith("<tr")))
			.andExpect(content().string(Matchers.containsString("value=\"REMOTE\" selected")));
		mvc.perform(get("/api/v1/meetings/{id}/attendance", meeting))
			.andExpect(jsonPath("$.attendees[0].absence").value("teams"))
			.andExpect(jsonPath("$.attendees[1].absence").value("vara"))
			.andExpect(jsonPath("$.attendees[1].deputyPersonId").value(person(jdbc, "IEG").toString()))
			.andExpect(jsonPath("$.quorate").value(true));
	}

	@Test
	void unknownDeputyIsRefusedBesideTheField() throws Exception {
		UUID eh = row("EH");
		int before = version(eh);
		mvc.perform(secretariat(post("/attendance/{id}", eh)).param("meetingId", meeting.toString())
			.param("summoned", "true")
			.param("status", "DEPUTY")
			.param("deputyPersonId", UUID.randomUUID().toString())
			.param("version", String.valueOf(before)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Vararepresentanten finnes ikke i personregisteret.")))
			.andExpect(content().string(Matchers.containsString("aria-describedby=\"deputy-error-" + eh + "\"")))
			.andExpect(content().string(Matchers.containsString("id=\"deputy-error-" + eh + "\"")));
		mvc.perform(secretariat(post("/attendance/{id}", eh)).param("meetingId", meeting.toString())
			.param("summoned", "true")
			.param("status", "DEPUTY")
			.param("deputyPersonId", UUID.randomUUID().toString())
			.param("version", String.valueOf(before))
			.header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
		mvc.perform(put("/api/v1/attendance/{id}", eh).with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summoned\":true,\"status\":\"DEPUTY\",\"deputyPersonId\":\"" + UUID.randomUUID() + "\"}")
			.header("If-Match", "\"" + before + "\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deputyPersonId"));
		assertThat(version(eh)).isEqualTo(before);
	}

	@Test
	void guestsCanBeAdded() throws Exception {
		mvc.perform(secretariat(post("/meetings/{id}/guests", meeting)).param("guestName", "Ola Nordmann")
			.param("seat", "Innleder, sak 02")).andExpect(status().is3xxRedirection());
		mvc.perform(
				secretariat(post("/meetings/{id}/guests", meeting)).param("personId", person(jdbc, "FKB").toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(secretariat(post("/meetings/{id}/guests", meeting)).param("guestName", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Velg en person eller skriv et navn.")));
		mvc.perform(secretariat(post("/meetings/{id}/guests", meeting)).param("personId", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Personen finnes ikke i personregisteret.")));
		mvc.perform(get("/api/v1/meetings/{id}/attendance", meeting))
			.andExpect(jsonPath("$.attendees[?(@.section == 'GUEST')].name",
					Matchers.contains("Ola Nordmann", "Frøydis Kristine Bruvik")))
			.andExpect(jsonPath("$.memberSeats").value(2));
		mvc.perform(get("/meetings/{id}", meeting))
			.andExpect(content().string(Matchers.containsString("Gjester og innledere:")))
			.andExpect(content().string(Matchers.containsString("Ola Nordmann")));
	}

	@Test
	void demoPartnerMeetingShowsDeputyChairAndQuorumSentences() throws Exception {
		mvc.perform(get("/meetings/{id}", MeetingTestData.PM_2023_03_27))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("Vararepresentant Ingvild Eide Graff (FHI) deltok i møtet.")))
			.andExpect(content()
				.string(Matchers.containsString("Gottfried Greve (UiB) ledet møtet som vara for Margareth Hagen.")))
			.andExpect(content().string(Matchers.containsString("9 av 11")));
		mvc.perform(get("/api/v1/meetings/{id}/attendance", MeetingTestData.PM_2023_03_27))
			.andExpect(jsonPath("$.memberSeats").value(11))
			.andExpect(jsonPath("$.represented").value(9))
			.andExpect(jsonPath("$.quorate").value(true));
	}

	/**
	 * Issue 11.3: one person with two seats (PBG, Norce and Lederforum) is one member: 10
	 * of 13, not 10 of 14.
	 */
	@Test
	void quorumOf3June2021CountsPeopleNotSeats() throws Exception {
		mvc.perform(get("/meetings/{id}", MeetingTestData.AG_2021_06_03))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("Møtet var beslutningsdyktig: 10 av 13 medlemmer representert.")));
		mvc.perform(get("/api/v1/meetings/{id}/attendance", MeetingTestData.AG_2021_06_03))
			.andExpect(jsonPath("$.memberSeats").value(14))
			.andExpect(jsonPath("$.members").value(13))
			.andExpect(jsonPath("$.represented").value(10))
			.andExpect(jsonPath("$.quorate").value(true));
	}

	@Test
	void attendanceEditPageRendersEveryRow() throws Exception {
		mvc.perform(get("/meetings/{id}/attendance/edit", meeting).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"attendee-" + row("KW") + "\"")));
	}

}
