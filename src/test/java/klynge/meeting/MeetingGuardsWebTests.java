package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 11.6 and 11.7: "Send innkalling" and "Avlys" ask first and show what will be
 * sent; a meeting marked held before its date is warned about or refused, as the body's
 * settings say.
 */
@KlyngeIntegrationTest
class MeetingGuardsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder secretariat(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("sekretariat", "demo")).with(csrf());
	}

	UUID plannedMeeting(String bodyName) throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, bodyName);
		MeetingTestData.member(jdbc, body, "GY", "CHAIR", "Høgskulen på Vestlandet, leder", 1);
		String location = mvc
			.perform(secretariat(post("/meetings")).param("bodyId", body.toString())
				.param("meetingDate", LocalDate.now().plusDays(14).toString())
				.param("startsAt", "14:00")
				.param("endsAt", "16:00")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID meeting = UUID.fromString(location.substring("/meetings/".length()));
		mvc.perform(secretariat(post("/meetings/{id}/items", meeting)).param("title", "Strategi for klyngen")
			.param("type", "DISCUSSION")
			.param("access", "PUBLIC")
			.param("version", "0"));
		return meeting;
	}

	String statusOf(UUID meeting) {
		return jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single();
	}

	@Test
	void sendingTheSummonsShowsWhatIsSentAndAsks() throws Exception {
		UUID meeting = plannedMeeting("Innkallingsgruppen");
		int outbox = jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single();
		String confirm = mvc.perform(secretariat(post("/meetings/{id}/status", meeting)).param("target", "SUMMONED"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("Send innkalling?")
			.contains("Gunnar Yttri")
			.contains("Mottakere (")
			.contains("name=\"confirm\" value=\"true\"");
		assertThat(statusOf(meeting)).isEqualTo("PLANNED");
		assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isEqualTo(outbox);
		// the same step with htmx
		mvc.perform(secretariat(post("/meetings/{id}/status", meeting)).param("target", "SUMMONED")
			.header("HX-Request", "true")).andExpect(status().isOk());
		assertThat(statusOf(meeting)).isEqualTo("PLANNED");

		mvc.perform(secretariat(post("/meetings/{id}/status", meeting)).param("target", "SUMMONED")
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(meeting)).isEqualTo("SUMMONED");
	}

	@Test
	void cancellingShowsWhoIsToldAndAsks() throws Exception {
		UUID meeting = plannedMeeting("Avlysningsgruppen");
		mvc.perform(secretariat(post("/meetings/{id}/cancel", meeting)).param("reason", " "))
			.andExpect(status().isUnprocessableContent());
		String confirm = mvc
			.perform(secretariat(post("/meetings/{id}/cancel", meeting)).param("reason", "For få saker"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("Avlys møtet?").contains("For få saker").contains("Gunnar Yttri");
		assertThat(statusOf(meeting)).isEqualTo("PLANNED");
		mvc.perform(secretariat(post("/meetings/{id}/cancel", meeting)).param("reason", "For få saker")
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(meeting)).isEqualTo("CANCELLED");
	}

	@Test
	void markingHeldBeforeTheDateIsWarnedOrRefusedAsTheBodySays() throws Exception {
		UUID meeting = plannedMeeting("Datogruppen");
		mvc.perform(secretariat(post("/meetings/{id}/status", meeting)).param("target", "SUMMONED")
			.param("confirm", "true")).andExpect(status().is3xxRedirection());

		String warning = mvc.perform(secretariat(post("/meetings/{id}/status", meeting)).param("target", "HELD"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(warning).contains("er ikke kommet ennå");
		assertThat(statusOf(meeting)).isEqualTo("SUMMONED");

		UUID body = jdbc.sql("select body_id from meeting where id = ?").param(meeting).query(UUID.class).single();
		jdbc.sql("insert into meeting_settings (cluster_id, body_id, out_of_time) values (?, ?, 'REFUSE')")
			.params(MeetingTestData.ALREK, body)
			.update();
		String refused = mvc
			.perform(secretariat(post("/meetings/{id}/status", meeting)).param("target", "HELD")
				.param("confirm", "true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("kan ikke markeres som gjennomført før møtedatoen");
		assertThat(statusOf(meeting)).isEqualTo("SUMMONED");

		jdbc.sql("update meeting_settings set out_of_time = 'WARN' where body_id = ?").param(body).update();
		mvc.perform(
				secretariat(post("/meetings/{id}/status", meeting)).param("target", "HELD").param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(meeting)).isEqualTo("HELD");
	}

}
