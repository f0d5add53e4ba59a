package klynge.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The poll API removes an option and an invitee while the poll is open, their answers
 * with them; on a closed poll both are refused with 409 and a message, and nothing is
 * removed. An option or invitee not there is a 404 (not a 500). Another cluster's poll is
 * 404.
 */
@KlyngeIntegrationTest
class PollApiRemovalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void removeOptionAndInviteeWithTheirAnswersOnlyWhileOpen() throws Exception {
		UUID poll = poll();
		UUID slot = jdbc.sql("select id from poll_slot where poll_id = ?").param(poll).query(UUID.class).single();
		LocalDate day = TestYears.uniqueDay();
		UUID kept = option(poll, slot, day);
		UUID dropped = option(poll, slot, day.plusDays(1));
		UUID ada = invitee(poll, "ada");
		UUID bo = invitee(poll, "bo");
		for (UUID invitee : new UUID[] { ada, bo }) {
			for (UUID option : new UUID[] { kept, dropped }) {
				jdbc.sql("insert into poll_answer (cluster_id, invitee_id, option_id, answer) "
						+ "select cluster_id, ?, ?, 'YES' from poll where id = ?")
					.params(invitee, option, poll)
					.update();
			}
		}
		assertThat(answers(poll)).isEqualTo(4);

		String afterOption = api(delete("/api/v1/polls/{id}/options/{o}", poll, dropped), 200);
		assertThat(afterOption).contains(kept.toString()).doesNotContain(dropped.toString());
		assertThat(answers(poll)).isEqualTo(2);
		String afterInvitee = api(delete("/api/v1/polls/{id}/invitees/{i}", poll, bo), 200);
		assertThat(afterInvitee).contains(ada.toString()).doesNotContain(bo.toString());
		assertThat(answers(poll)).isEqualTo(1);
		// gone already, or never of this poll: 404
		api(delete("/api/v1/polls/{id}/options/{o}", poll, dropped), 404);
		api(delete("/api/v1/polls/{id}/invitees/{i}", poll, UUID.randomUUID()), 404);
		// as Nord's staff, Alrek's poll is not there
		mvc.perform(delete("/api/v1/polls/{id}/options/{o}", poll, kept).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());

		jdbc.sql("update poll set status = 'CLOSED', closed_at = now() where id = ?").param(poll).update();
		assertThat(api(delete("/api/v1/polls/{id}/options/{o}", poll, kept), 409))
			.contains("Avstemningen er allerede lukket; ingenting er endret.");
		assertThat(api(delete("/api/v1/polls/{id}/invitees/{i}", poll, ada), 409))
			.contains("urn:klynge:problem:poll.closed");
		assertThat(answers(poll)).isEqualTo(1);
	}

	private UUID poll() throws Exception {
		String json = mvc
			.perform(post("/api/v1/polls").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Fjerning " + UUID.randomUUID() + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(json.substring(json.indexOf("\"id\":\"") + 6, json.indexOf("\"id\":\"") + 42));
	}

	private UUID option(UUID poll, UUID slot, LocalDate day) {
		return jdbc
			.sql("insert into poll_option (cluster_id, poll_id, slot_id, option_date, starts_at, ends_at) "
					+ "select cluster_id, id, ?, ?, '09:00', '10:00' from poll where id = ? returning id")
			.params(slot, day, poll)
			.query(UUID.class)
			.single();
	}

	private UUID invitee(UUID poll, String name) {
		return jdbc
			.sql("insert into poll_invitee (cluster_id, poll_id, name, email) "
					+ "select cluster_id, id, ?, ? from poll where id = ? returning id")
			.params(name, name + "-" + UUID.randomUUID() + "@example.org", poll)
			.query(UUID.class)
			.single();
	}

	private int answers(UUID poll) {
		return jdbc
			.sql("select count(*) from poll_answer a join poll_invitee i on i.id = a.invitee_id "
					+ "where i.poll_id = ?")
			.param(poll)
			.query(Integer.class)
			.single();
	}

	private String api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
			throws Exception {
		return mvc.perform(request.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
