package klynge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Summoning a meeting through the application (the meeting page's status form and the
 * JSON API) queues one summons per summoned person in the mail outbox: the event leaves
 * the request, the listener runs after the commit, and nothing in the test calls the
 * listener itself.
 */
@KlyngeIntegrationTest
class SummonsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void summoningOnTheMeetingPageQueuesASummonsForEverySummonedPerson() throws Exception {
		Meeting meeting = plannedMeetingWithAnExemptItem("side");
		mvc.perform(post("/meetings/{id}/status", meeting.id()).param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("target", "SUMMONED")).andExpect(status().is3xxRedirection());
		assertSummonsQueued(meeting);
	}

	@Test
	void summoningThroughTheApiQueuesASummonsForEverySummonedPerson() throws Exception {
		Meeting meeting = plannedMeetingWithAnExemptItem("api");
		mvc.perform(post("/api/v1/meetings/{id}/status", meeting.id()).with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\":\"SUMMONED\"}")).andExpect(status().is2xxSuccessful());
		assertSummonsQueued(meeting);
	}

	record Meeting(UUID id, List<String> summoned, String notSummoned) {
	}

	/**
	 * A planned meeting far ahead with two people summoned, a guest who is not, and an
	 * exempt item.
	 */
	private Meeting plannedMeetingWithAnExemptItem(String how) {
		String a = "flow-" + how + "-a-" + UUID.randomUUID() + "@example.org";
		String b = "flow-" + how + "-b-" + UUID.randomUUID() + "@example.org";
		String guest = "flow-" + how + "-guest-" + UUID.randomUUID() + "@example.org";
		LocalDate day = TestYears.uniqueDay();
		UUID meeting = NotificationFixtures.meeting(jdbc, day, NotificationFixtures.person(jdbc, a),
				NotificationFixtures.person(jdbc, b));
		jdbc.sql("""
				insert into attendance (cluster_id, meeting_id, section, person_id, summoned, sort_order)
				values (?, ?, 'GUEST', ?, false, 9)""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.person(jdbc, guest))
			.update();
		jdbc.sql(
				"""
						insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
						                         exemption_basis, public_title)
						values (?, ?, ?, 1, ?, 1, 'DECISION', 'Avskjed av Pedersen', 'EXEMPT', 'Offl. § 25', 'Personalsak')""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.partnermotet(jdbc), day.getYear())
			.update();
		assertThat(rows(meeting)).as("nothing queued before the meeting is summoned").isEmpty();
		return new Meeting(meeting, List.of(a, b), guest);
	}

	private void assertSummonsQueued(Meeting meeting) {
		List<Map<String, Object>> rows = Eventually.value("a summons for each summoned person",
				() -> rows(meeting.id()), found -> found.size() >= meeting.summoned().size());
		assertThat(rows).extracting(row -> row.get("recipient"))
			.containsExactlyInAnyOrderElementsOf(meeting.summoned())
			.doesNotContain(meeting.notSummoned());
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("subject").toString()).startsWith("Innkalling: Partnermøtet");
			assertThat(row.get("body").toString()).contains("Personalsak (Offl. § 25)").doesNotContain("Pedersen");
		});
	}

	private List<Map<String, Object>> rows(UUID meeting) {
		return jdbc.sql("select recipient, subject, body from mail_outbox where idempotency_key like ?")
			.param("summons:" + meeting + ":%")
			.query()
			.listOfRows();
	}

}
