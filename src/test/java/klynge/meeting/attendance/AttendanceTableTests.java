package klynge.meeting.attendance;

import static klynge.meeting.MeetingTestData.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.meeting.MeetingTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 11.8: the attendance table is one form with one save (and saves itself per change
 * with htmx), every refusal is shown where the user looks, and "vara" preselects the
 * registered deputy.
 */
@KlyngeIntegrationTest
class AttendanceTableTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID meeting;

	UUID ieg;

	@BeforeEach
	void bodyWithAMemberWhoHasADeputy() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Oppmøtetabellen");
		member(jdbc, body, "GY", "CHAIR", "Høgskulen på Vestlandet, leder", 1);
		UUID eh = member(jdbc, body, "EH", "MEMBER", "Helse Bergen", 2);
		member(jdbc, body, "IEG", "DEPUTY", "Helse Bergen, vara", 3, java.time.LocalDate.of(2000, 1, 1), null, eh);
		ieg = MeetingTestData.person(jdbc, "IEG");
		String location = mvc
			.perform(secretariat(post("/meetings")).param("bodyId", body.toString())
				.param("meetingDate", "2046-05-08")
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

	String stored(UUID row) {
		return jdbc.sql("select status from attendance where id = ?").param(row).query(String.class).single();
	}

	/** The whole table as the form posts it, with GY's and EH's status set. */
	MockHttpServletRequestBuilder table(String gyStatus, String ehStatus, String ehDeputy) {
		UUID gy = row("GY");
		UUID eh = row("EH");
		return secretariat(post("/meetings/{id}/attendance", meeting)).param("row", gy.toString(), eh.toString())
			.param("version-" + gy, "0")
			.param("summoned-" + gy, "true")
			.param("status-" + gy, gyStatus)
			.param("deputy-" + gy, "")
			.param("version-" + eh, "0")
			.param("summoned-" + eh, "true")
			.param("status-" + eh, ehStatus)
			.param("deputy-" + eh, ehDeputy);
	}

	@Test
	void changesToTwoRowsAreSavedByOneSave() throws Exception {
		mvc.perform(table("REMOTE", "DEPUTY", ieg.toString())).andExpect(status().is3xxRedirection());
		assertThat(stored(row("GY"))).isEqualTo("REMOTE");
		assertThat(stored(row("EH"))).isEqualTo("DEPUTY");
		assertThat(jdbc.sql("select deputy_person_id from attendance where id = ?")
			.param(row("EH"))
			.query(UUID.class)
			.single()).isEqualTo(ieg);
	}

	@Test
	void theRegisteredDeputyIsOfferedFirstAndPreselected() throws Exception {
		String page = mvc.perform(secretariat(get("/meetings/{id}/attendance/edit", meeting)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		String ehRow = page.substring(page.indexOf("id=\"attendee-" + row("EH") + "\""));
		ehRow = ehRow.substring(0, ehRow.indexOf("</tr>"));
		assertThat(ehRow).contains("label=\"Registrert vara\"");
		String registered = ehRow.substring(ehRow.indexOf("Registrert vara"), ehRow.indexOf("label=\"Andre\""));
		assertThat(registered).contains("value=\"" + ieg + "\" selected=\"selected\"");
		assertThat(page).contains("id=\"attendance-table\"").contains("Lagre oppmøtet");
	}

	@Test
	void aRefusedRowIsShownBesideItAndNothingIsSaved() throws Exception {
		String page = mvc.perform(table("REMOTE", "DEPUTY", "ikke-en-person"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("deputy-error-" + row("EH")).contains("Oppmøtet er ikke lagret");
		assertThat(stored(row("GY"))).isEqualTo("PRESENT");

		// a deputy standing in for themself: the service's rule, all or nothing
		String self = mvc
			.perform(table("REMOTE", "DEPUTY", MeetingTestData.person(jdbc, "EH").toString()).header("HX-Request",
					"true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(self).contains("deputy-error-" + row("EH")).startsWith("<form");
		assertThat(stored(row("GY"))).isEqualTo("PRESENT");
	}

	@Test
	void afterApprovalAChangeIsRefusedAndTheTableShowsWhatIsStored() throws Exception {
		jdbc.sql("update meeting set status = 'MINUTES_APPROVED' where id = ?").param(meeting).update();
		String answer = mvc.perform(table("ABSENT", "ABSENT", "").header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).contains("Referatet er godkjent og låst");
		assertThat(answer).contains("value=\"PRESENT\" selected=\"selected\"")
			.doesNotContain("value=\"ABSENT\" selected");
		assertThat(stored(row("GY"))).isEqualTo("PRESENT");
		// htmx swaps 422 answers, so the message is seen where the change was made
		assertThat(mvc.perform(secretariat(get("/meetings/{id}/attendance/edit", meeting)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"code\":\"409|422\",\"swap\":true");
	}

}
