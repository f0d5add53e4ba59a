package klynge.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.funding.AdoptedBudgets;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, requirements 3 and 5 where the modules meet: an adopted budget is anchored
 * through the anchoring module and shows "forankret" only when every paying partner has
 * confirmed; a call's frame comes from the adopted budget through funding's port.
 */
@KlyngeIntegrationTest
class BudgetAnchoringTests {

	static final UUID ALREK = BudgetWebTests.ALREK;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdoptedBudgets adoptedBudgets;

	@Test
	void theDemoBudgetShowsItsAnchoringInProgressWithTheDecline() throws Exception {
		String page = BudgetWebTests.text(page("/budgets/" + BudgetWebTests.DEMO, "medlem"));
		assertThat(page).contains("Forankring hos partnerne", "avslått av Bergen kommune",
				"4 av 10 partnere har bekreftet");
		assertThat(page).doesNotContain("Be om forankring");
	}

	/**
	 * The demo's anchoring case asks every paying partner of the demo budget, no more and
	 * no fewer (Lederforum Årstadveien 17 was missing).
	 */
	@Test
	void theDemoAnchoringCaseCoversEveryPayingPartnerOfTheDemoBudget() {
		var payers = jdbc.sql("select organisation_id from budget_partner where cluster_id = ? and budget_id = ?::uuid")
			.params(ALREK, BudgetWebTests.DEMO)
			.query(UUID.class)
			.set();
		var asked = jdbc.sql("""
				select r.organisation_id from anchoring_request r
				join anchoring_case c on c.cluster_id = r.cluster_id and c.id = r.case_id
				where c.cluster_id = ? and c.subject_kind = 'budget' and c.subject_id = ?::uuid
				  and r.withdrawn_at is null""").params(ALREK, BudgetWebTests.DEMO).query(UUID.class).set();
		assertThat(payers).hasSize(10);
		assertThat(asked).isEqualTo(payers);
	}

	@Test
	void anAdoptedBudgetIsSentToEveryPayingPartnerOnceAndAnchoredOnlyWhenAllConfirm() throws Exception {
		LocalDate day = TestYears.uniqueDay();
		String id = adoptedBudget(day);
		java.time.OffsetDateTime start = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single();
		long partners = jdbc.sql("select count(*) from budget_partner where budget_id = ?::uuid")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(partners).isPositive();
		assertThat(BudgetWebTests.text(page("/budgets/" + id, "sekretariat"))).contains("Be om forankring");

		// bad input: no date, a member, then the request
		assertThat(BudgetWebTests.text(anchor(id, "sekretariat", "", 422))).contains("Skriv svarfristen som en dato.");
		anchor(id, "medlem", day.plusDays(30).toString(), 403);
		anchor(id, "sekretariat", day.plusDays(30).toString(), 302);
		try {
			long requests = jdbc.sql("""
					select count(*) from anchoring_request r join anchoring_case c on c.id = r.case_id
					where c.subject_kind = 'budget' and c.subject_id = ?::uuid""").param(id).query(Long.class).single();
			assertThat(requests).isEqualTo(partners);
			String page = BudgetWebTests.text(page("/budgets/" + id, "sekretariat"));
			assertThat(page).contains("ikke forankret ennå", "0 av " + partners + " partnere har bekreftet")
				.doesNotContain("Be om forankring");
			// a second request for the same budget is refused, nothing doubled
			anchor(id, "sekretariat", day.plusDays(40).toString(), 422);
			assertThat(jdbc.sql("select count(*) from anchoring_case where subject_id = ?::uuid")
				.param(id)
				.query(Long.class)
				.single()).isOne();

			// every partner confirms: forankret
			jdbc.sql("""
					update anchoring_request set answer = 'CONFIRMED', answered_at = now()
					where case_id = (select id from anchoring_case where subject_id = ?::uuid)""").param(id).update();
			assertThat(BudgetWebTests.text(page("/budgets/" + id, "medlem"))).contains("forankret",
					partners + " av " + partners + " partnere har bekreftet");
		}
		finally {
			// the requests' mails must not reach another test's SMTP server
			jdbc.sql(
					"update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
				.param(start)
				.update();
		}
	}

	@Test
	void aDraftBudgetCannotBeAnchoredAndTheOtherClusterSeesNone() throws Exception {
		String id = BudgetWebTests.DEMO;
		String draft = create(TestYears.uniqueDay().getYear());
		assertThat(BudgetWebTests.text(anchor(draft, "sekretariat", "2030-01-01", 422)))
			.contains("Bare et vedtatt budsjett kan forankres");
		mvc.perform(post("/budgets/" + id + "/anchoring").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("answerBy", "2030-01-01")).andExpect(status().isNotFound());
	}

	@Test
	void aCallForCollaborationFundsTakesItsFrameFromTheAdoptedBudget() {
		assertThat(ClusterScope.call(ALREK, () -> adoptedBudgets.collaborationFunds(2022)))
			.hasValueSatisfying(pool -> assertThat(pool).isEqualByComparingTo(new BigDecimal("800000")));
		assertThat(ClusterScope.call(ALREK, () -> adoptedBudgets.collaborationFunds(2999))).isEmpty();
		assertThat(ClusterScope.call(UUID.fromString("40d00000-0000-4000-8000-000000000002"),
				() -> adoptedBudgets.collaborationFunds(2022)))
			.isEmpty();
	}

	// helpers

	String adoptedBudget(LocalDate day) throws Exception {
		String id = create(day.getYear());
		mvc.perform(post("/budgets/" + id + "/alternatives").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("letter", "A")
			.param("collaborationFunds", "650000")).andExpect(status().is3xxRedirection());
		String a = JsonPath.read(page("/api/v1/budgets/" + id, "sekretariat"), "$.alternatives[0].id");
		UUID item = BudgetWebTests.itemOnADay(jdbc, day);
		mvc.perform(post("/api/v1/budgets/" + id + "/agenda").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + item + "\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/budgets/" + id + "/adoption").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"alternativeId\":\"" + a + "\",\"itemId\":\"" + item + "\"}")).andExpect(status().isOk());
		return id;
	}

	String create(int year) throws Exception {
		String json = mvc
			.perform(post("/api/v1/budgets").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":" + year + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	String anchor(String id, String user, String answerBy, int expected) throws Exception {
		return mvc
			.perform(post("/budgets/" + id + "/anchoring").with(httpBasic(user, "demo"))
				.with(csrf())
				.param("answerBy", answerBy))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
