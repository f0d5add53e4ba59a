package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.minutes.MinutesFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11.6, 11.7 and 11.9: approval only by a meeting that is held, the chair's
 * approval before the comment deadline confirmed and kept, late comments as the body
 * says, and the approval item offering the minutes still outstanding.
 */
@KlyngeIntegrationTest
class MinutesGuardsTests {

	static final String FUTURE = LocalDate.now().plusDays(14).toString();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID sentForComments(Fixture f) throws Exception {
		mvc.perform(post("/items/" + f.item() + "/minutes").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("notes", "Drøftet.")
			.param("decision", "Vedtatt.")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		UUID minutes = MinutesFixtures.minutesOf(jdbc, f.meeting());
		mvc.perform(post("/minutes/" + minutes + "/send").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("deadline", FUTURE)).andExpect(status().is3xxRedirection());
		return minutes;
	}

	String minutesStatus(UUID minutes) {
		return jdbc.sql("select status from minutes where id = ?").params(minutes).query(String.class).single();
	}

	@Test
	void anApprovalItemOfAMeetingOnlyPlannedCannotApprove() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		UUID minutes = sentForComments(f);

		// the next meeting is only planned: refused with the reason, confirmed or not
		String refused = mvc
			.perform(post("/minutes/" + minutes + "/approve-by-item").param("confirm", "true")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("itemId", f.approvalItem().toString()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("er ikke holdt ennå");
		mvc.perform(post("/minutes/" + minutes + "/approve-by-item").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("itemId", f.approvalItem().toString())).andExpect(status().isUnprocessableContent());
		assertThat(minutesStatus(minutes)).isEqualTo("FOR_COMMENT");
		String nextPage = mvc.perform(get("/meetings/" + f.next()).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nextPage).contains("kan godkjennes her når møtet er holdt").doesNotContain("/approve-by-item");

		// held: the button asks first, showing what is approved, then approves
		jdbc.sql("update meeting set status = 'HELD' where id = ?").params(f.next()).update();
		String confirm = mvc
			.perform(post("/minutes/" + minutes + "/approve-by-item").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("itemId", f.approvalItem().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("Godkjenn referatet?")
			.contains("Testsak")
			.contains("name=\"confirm\" value=\"true\"");
		assertThat(minutesStatus(minutes)).isEqualTo("FOR_COMMENT");
		mvc.perform(post("/minutes/" + minutes + "/approve-by-item").param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("itemId", f.approvalItem().toString())).andExpect(status().is3xxRedirection());
		assertThat(minutesStatus(minutes)).isEqualTo("APPROVED");
	}

	@Test
	void theChairApprovingBeforeTheDeadlineIsAskedAndItIsKept() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		UUID minutes = sentForComments(f);

		String ask = mvc.perform(post("/minutes/" + minutes + "/approve").with(httpBasic("leder", "demo")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ask).contains("Kommentarfristen").contains("er ikke ute ennå").contains("name=\"confirm\"");
		assertThat(minutesStatus(minutes)).isEqualTo("FOR_COMMENT");
		// a member who is not the chair is not even asked
		mvc.perform(post("/minutes/" + minutes + "/approve").with(httpBasic("medlem", "demo")).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/minutes/" + minutes + "/approve").param("confirm", "true")
			.with(httpBasic("leder", "demo"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(minutesStatus(minutes)).isEqualTo("APPROVED");
		assertThat(jdbc.sql("select approved_before_deadline from minutes where id = ?")
			.params(minutes)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(mvc.perform(get("/meetings/" + f.meeting())).andReturn().getResponse().getContentAsString())
			.contains("Godkjent før kommentarfristen var ute.");
	}

	@Test
	void aLateCommentIsMarkedOrRefusedAsTheBodySays() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		UUID minutes = sentForComments(f);
		jdbc.sql("update minutes set comment_deadline = ? where id = ?")
			.params(LocalDate.now().minusDays(2), minutes)
			.update();

		// the default (WARN): accepted, marked, and the commenter told so
		mvc.perform(post("/minutes/" + minutes + "/comments").with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("itemId", f.item().toString())
			.param("text", "Sen merknad."))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("flash")).isEqualTo("minutes.comment.addedLate"));
		assertThat(jdbc.sql("select after_deadline from minutes_comment where minutes_id = ?")
			.params(minutes)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(mvc.perform(get("/meetings/" + f.meeting()).with(httpBasic("medlem", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("etter fristen");

		// a body that refuses: 422 with the deadline, nothing stored
		UUID pm = MinutesFixtures.body(jdbc, "Partnermøtet");
		jdbc.sql("update meeting_settings set out_of_time = 'REFUSE' where body_id = ?").params(pm).update();
		try {
			String refused = mvc
				.perform(post("/minutes/" + minutes + "/comments").with(httpBasic("medlem", "demo"))
					.with(csrf())
					.param("itemId", f.item().toString())
					.param("text", "Enda senere."))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).contains("Kommentarfristen var");
			assertThat(jdbc.sql("select count(*) from minutes_comment where minutes_id = ?")
				.params(minutes)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		finally {
			jdbc.sql("update meeting_settings set out_of_time = 'WARN' where body_id = ?").params(pm).update();
		}
	}

	@Test
	void theApprovalItemOffersMinutesStillOutstandingBehindAMeetingWithout() throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		UUID minutes = sentForComments(f);
		// f.next() (October, planned, no minutes) lies between; a held December meeting
		// has the approval item
		UUID pm = MinutesFixtures.body(jdbc, "Partnermøtet");
		UUID december = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id")
			.params(MinutesFixtures.ALREK, pm, LocalDate.of(f.year(), 12, 1))
			.query(UUID.class)
			.single();
		UUID approval = jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, 1, ?, 9, 'APPROVAL', 'Godkjenning av referat', 'PUBLIC') returning id""")
			.params(MinutesFixtures.ALREK, december, pm, f.year())
			.query(UUID.class)
			.single();

		String page = mvc.perform(get("/meetings/" + december).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/minutes/" + minutes + "/approve-by-item")
			.contains("Godkjenn referatet fra møtet 01.03." + f.year());
		mvc.perform(post("/minutes/" + minutes + "/approve-by-item").param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("itemId", approval.toString())).andExpect(status().is3xxRedirection());
		assertThat(minutesStatus(minutes)).isEqualTo("APPROVED");
	}

}
