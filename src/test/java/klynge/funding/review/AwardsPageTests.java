package klynge.funding.review;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The awards page: the secretariat types amounts and saves them through Awards.record
 * (over the frame: refused with both figures, every typed amount still in the form,
 * nothing saved), the live totals, "Marker som vedtatt"; the committee reads it without a
 * form; applicants, members outside the committee, the anonymous and the other cluster
 * get nothing. Recording again keeps the award (the project) of an application still
 * awarded, with its reports.
 */
@KlyngeIntegrationTest
class AwardsPageTests {

	static final String NBSP = "\u00a0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	UUID call;

	UUID a;

	UUID b;

	@BeforeEach
	void aClosedCall() {
		fixtures = new ReviewFixtures(jdbc);
		call = fixtures.newCall(); // the demo call's fund: a frame of kr 300 000
		a = fixtures.newApplication(call, "Tildelingsside A", "Sammendrag A", "Helse Bergen");
		b = fixtures.newApplication(call, "Tildelingsside B", "Sammendrag B", "Bergen kommune");
		fixtures.review(call, a, "fagfelle", 6, "Sterk søknad");
		fixtures.review(call, b, "leder", 4, "Middels");
	}

	@Test
	void theSecretariatSavesTheAwardsAndAnOverBudgetListKeepsWhatWasTyped() throws Exception {
		String url = "/funding/review-calls/" + call + "/awards";
		String page = text(get(url).with(httpBasic("sekretariat", "demo")), 200);
		// ranked, with the applied sums of those within the frame filled in
		assertThat(page).contains("Tildelingsside A", "Tildelingsside B", "name=\"amount_" + a + "\"",
				"value=\"100000\"", "kr" + NBSP + "300" + NBSP + "000");
		assertThat(page.indexOf("Tildelingsside A")).isLessThan(page.indexOf("Tildelingsside B"));

		String refused = text(post(url).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + a, "250 000")
			.param("amount_" + b, "kr 100 000"), 422);
		assertThat(refused).contains("kr" + NBSP + "350" + NBSP + "000", "kr" + NBSP + "300" + NBSP + "000",
				"kr" + NBSP + "50" + NBSP + "000", "value=\"250 000\"", "value=\"kr 100 000\"");
		assertThat(awards()).isEmpty();

		String unreadable = text(post(url).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + a, "mange penger")
			.param("amount_" + b, "100000"), 422);
		assertThat(unreadable).contains("Ikke et beløp: Tildelingsside A", "value=\"mange penger\"");
		assertThat(awards()).isEmpty();

		mvc.perform(post(url).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + a, "200 000")
			.param("amount_" + b, "0")).andExpect(status().is3xxRedirection());
		assertThat(awards()).containsExactly(a + "=200000.00");

		String saved = text(get(url + "?saved").with(httpBasic("sekretariat", "demo")), 200);
		assertThat(saved).contains("Tildelingene er lagret.", "value=\"200000\"",
				"kr" + NBSP + "100" + NBSP + "000" /* left */);
	}

	@Test
	void theTotalsFollowTheTypedAmounts() throws Exception {
		String totals = text(
				post("/funding/review-calls/" + call + "/awards/sum").with(httpBasic("sekretariat", "demo"))
					.with(csrf())
					.header("HX-Request", "true")
					.param("amount_" + a, "280000")
					.param("amount_" + b, "40 000"),
				200);
		assertThat(totals)
			.contains("id=\"award-totals\"", "kr" + NBSP + "320" + NBSP + "000", "kr" + NBSP + "−20" + NBSP + "000",
					"Summen kr" + NBSP + "320" + NBSP + "000 er over rammen")
			.doesNotContain("<html");
	}

	@Test
	void theCommitteeReadsWithoutAFormAndOthersGetNothing() throws Exception {
		String url = "/funding/review-calls/" + call + "/awards";
		mvc.perform(post(url).with(httpBasic("sekretariat", "demo")).with(csrf()).param("amount_" + a, "150000"))
			.andExpect(status().is3xxRedirection());

		String read = text(get(url).with(httpBasic("leder", "demo")), 200);
		assertThat(read).contains("Tildelingsside A", "kr" + NBSP + "150" + NBSP + "000")
			.doesNotContain("name=\"amount_", "Marker som vedtatt");
		mvc.perform(post(url).with(httpBasic("leder", "demo")).with(csrf()).param("amount_" + a, "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get(url).with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get(url).with(httpBasic("soker", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get(url).with(httpBasic("fagfelle", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get(url).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post(url).with(httpBasic("nord", "demo")).with(csrf()).param("amount_" + a, "1"))
			.andExpect(status().isNotFound());
		mvc.perform(get(url).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		assertThat(awards()).containsExactly(a + "=150000.00");
	}

	@Test
	void markingAsDecidedNeedsAwardsAndLocksThem() throws Exception {
		String decided = "/funding/review-calls/" + call + "/decided";
		String refused = text(post(decided).with(httpBasic("sekretariat", "demo")).with(csrf()), 422);
		assertThat(refused).contains("Lagre tildelingene før utlysningen markeres som vedtatt.");
		assertThat(callStatus()).isEqualTo("CLOSED");
		mvc.perform(post(decided).with(httpBasic("leder", "demo")).with(csrf())).andExpect(status().isForbidden());

		String url = "/funding/review-calls/" + call + "/awards";
		mvc.perform(post(url).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + a, "100000")
			.param("amount_" + b, "100000")).andExpect(status().is3xxRedirection());
		mvc.perform(post(decided).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(callStatus()).isEqualTo("DECIDED");
		assertThat(jdbc.sql("select decided_at is not null from funding_call where id = ?")
			.param(call)
			.query(Boolean.class)
			.single()).isTrue();

		String locked = text(
				post(url).with(httpBasic("sekretariat", "demo")).with(csrf()).param("amount_" + a, "50000"), 422);
		assertThat(locked).contains("Tildelinger føres bare mens utlysningen er stengt");
		assertThat(awards()).containsExactlyInAnyOrder(a + "=100000.00", b + "=100000.00");
		String page = text(get(url).with(httpBasic("sekretariat", "demo")), 200);
		assertThat(page).contains("Send tildelingsbrev og avslag").doesNotContain("name=\"amount_");
	}

	@Test
	void recordingAgainKeepsTheReportsOfProjectsStillAwarded() throws Exception {
		String url = "/funding/review-calls/" + call + "/awards";
		mvc.perform(post(url).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + a, "150000")
			.param("amount_" + b, "100000")).andExpect(status().is3xxRedirection());
		UUID awardA = award(a);
		UUID awardB = award(b);
		for (UUID award : List.of(awardA, awardB)) {
			jdbc.sql(
					"""
							insert into project_report (cluster_id, award_id, kind, due_on, status)
							select cluster_id, id, 'PROGRESS', current_date + 30, 'SUBMITTED' from funding_award where id = ?""")
				.param(award)
				.update();
		}

		// a new amount for A, B taken away: A keeps its project and report, B's go
		mvc.perform(post(url).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + a, "kr 120 000")
			.param("amount_" + b, "")).andExpect(status().is3xxRedirection());
		assertThat(awards()).containsExactly(a + "=120000.00");
		assertThat(award(a)).isEqualTo(awardA);
		assertThat(jdbc.sql("select status from project_report where award_id = ?")
			.param(awardA)
			.query(String.class)
			.list()).containsExactly("SUBMITTED");
		assertThat(jdbc.sql("select count(*) from project_report where award_id = ?")
			.param(awardB)
			.query(Integer.class)
			.single()).isZero();
	}

	private UUID award(UUID application) {
		return jdbc.sql("select id from funding_award where application_id = ?")
			.param(application)
			.query(UUID.class)
			.single();
	}

	private List<String> awards() {
		return jdbc.sql("select application_id, amount from funding_award where call_id = ?")
			.param(call)
			.query((rs, n) -> rs.getObject(1, UUID.class) + "=" + rs.getBigDecimal(2).setScale(2))
			.list();
	}

	private String callStatus() {
		return jdbc.sql("select status from funding_call where id = ?").param(call).query(String.class).single();
	}

	private String text(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
