package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The start page per role (issue 14, requirement 1): each demo user sees the sections of
 * their roles with the right rows, and nothing another person, a non-member or the other
 * cluster may not see: the title of an exempt paper of today's Partnermøte reaches its
 * voting members only. The owner moves their follow-up from the start page (audited);
 * someone else's is refused with a message. Its own context (and database): the meeting
 * of today it plans would change other tests' "next meeting".
 */
@KlyngeIntegrationTest
@TestPropertySource(properties = "klynge.test.context=start-page")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartPageWebTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final String TAG = UUID.randomUUID().toString().substring(0, 8);

	static final String EXEMPT_ITEM = "Startside-unntatt personalsak " + TAG;

	static final String EXEMPT_PAPER = "Startside-unntatt notat " + TAG;

	static final String MEMBERS_PAPER = "Startside-medlemsnotat " + TAG;

	static final String PUBLIC_ITEM = "Startside-åpen sak " + TAG;

	static final String MY_FOLLOW_UP = "følger opp startsiden " + TAG;

	static final String LEADERS_FOLLOW_UP = "leder følger opp " + TAG;

	static final String REFERRAL = "Startside-oversendt " + TAG;

	static final String PROPOSAL = "Startside-meldt sak " + TAG;

	static final String FAILED_MAIL = "Startside-feilet e-post " + TAG;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	UUID pm;

	UUID today;

	UUID held;

	UUID forComment;

	UUID myFollowUp;

	UUID leadersFollowUp;

	@BeforeAll
	void plan() {
		pm = body("Partnermøtet");
		LocalDate date = LocalDate.now(ZoneId.of("Europe/Oslo"));
		// today's Partnermøte, planned and not summoned: the first of "next meetings"
		today = meeting(pm, date, "PLANNED");
		jdbc.sql("update meeting set starts_at = ? where id = ?").params(LocalTime.of(0, 5), today).update();
		UUID exempt = item(today, 1, EXEMPT_ITEM, "EXEMPT", "Offl. § 25");
		UUID open = item(today, 2, PUBLIC_ITEM, "PUBLIC", null);
		document(exempt, EXEMPT_PAPER, "EXEMPT", "Offl. § 25");
		document(open, MEMBERS_PAPER, "MEMBERS", null);
		// a held meeting without minutes, and one whose comment round closes in two days
		held = meeting(pm, TestYears.uniqueDay().withYear(date.getYear() - 1).withDayOfMonth(1), "HELD");
		forComment = meeting(pm, date.minusDays(10), "MINUTES_FOR_COMMENT");
		jdbc.sql("""
				insert into minutes (cluster_id, meeting_id, status, comment_deadline)
				values (?, ?, 'FOR_COMMENT', ?)""").params(ALREK, forComment, date.plusDays(2)).update();
		// follow-ups of an item of its own year: one medlem's (overdue), one leder's
		UUID heldDay = meeting(pm, TestYears.uniqueDay(), "HELD");
		UUID item = item(heldDay, 1, "Startside-oppfølgingssak " + TAG, "PUBLIC", null);
		myFollowUp = followUp(item, person("GY"), MY_FOLLOW_UP, date.minusDays(3));
		leadersFollowUp = followUp(item, person("MH"), LEADERS_FOLLOW_UP, date.plusDays(30));
		jdbc.sql(
				"""
						insert into backlog_entry (cluster_id, body_id, source, title, access) values (?, ?, 'REFERRAL', ?, 'PUBLIC')""")
			.params(ALREK, pm, REFERRAL)
			.update();
		jdbc.sql("""
				insert into backlog_entry (cluster_id, body_id, source, title, proposed_by, access)
				values (?, ?, 'PROPOSAL', ?, 'medlem', 'PUBLIC')""").params(ALREK, pm, PROPOSAL).update();
		jdbc.sql("""
				insert into mail_outbox (cluster_id, idempotency_key, recipient, subject, body, status, last_error)
				values (?, ?, 'gy@example.org', ?, 'tekst', 'FAILED', '550 no such user')""")
			.params(ALREK, "start-" + TAG, FAILED_MAIL)
			.update();
	}

	@Test
	void anonymousSeesTheClusterItsBodiesComingMeetingsAndApprovedMinutesOnly() throws Exception {
		String page = page(null);
		assertThat(section(page, "start-upcoming")).contains("/meetings/" + today);
		assertThat(section(page, "start-bodies")).contains("Partnermøtet", "Styringsgruppen");
		// the demo's approved minutes of 27.03.2023
		assertThat(section(page, "start-approved")).contains("27.03.2023");
		assertThat(page).doesNotContain("id=\"start-secretariat\"", "id=\"start-member\"", "id=\"start-chair\"");
		assertThat(page).doesNotContain(EXEMPT_ITEM, EXEMPT_PAPER, MEMBERS_PAPER, MY_FOLLOW_UP, REFERRAL, PROPOSAL,
				FAILED_MAIL);
	}

	@Test
	void aMemberSeesTheirMeetingsWithPapersCommentsFollowUpsAndProposals() throws Exception {
		String page = page("medlem");
		String meetings = section(page, "start-my-meetings");
		assertThat(meetings).contains("/meetings/" + today, MEMBERS_PAPER, EXEMPT_PAPER);
		assertThat(section(page, "start-my-comments")).contains("/meetings/" + forComment);
		String followUps = section(page, "start-my-followups");
		assertThat(followUps).contains(MY_FOLLOW_UP).doesNotContain(LEADERS_FOLLOW_UP);
		assertThat(section(page, "start-my-proposals")).contains(PROPOSAL);
		assertThat(page).doesNotContain("id=\"start-secretariat\"", "id=\"start-chair\"", FAILED_MAIL, REFERRAL);
	}

	@Test
	void theFacilitatorGetsTheMembersOnlyPaperButNotTheExemptOne() throws Exception {
		String page = page("observator");
		assertThat(section(page, "start-my-meetings")).contains(MEMBERS_PAPER);
		assertThat(page).doesNotContain(EXEMPT_PAPER, EXEMPT_ITEM);
	}

	@Test
	void theChairSeesMinutesToApproveAndTheNextAgendaOfTheirBody() throws Exception {
		String page = page("leder");
		assertThat(section(page, "start-approve")).contains("/meetings/" + forComment);
		assertThat(section(page, "start-agenda")).contains("/meetings/" + today, EXEMPT_ITEM, PUBLIC_ITEM);
		assertThat(page).contains("id=\"start-member\"").doesNotContain("id=\"start-secretariat\"");
	}

	@Test
	void theSecretariatSeesWhatNeedsDoingThisWeekEachLinkedToWhereItIsDone() throws Exception {
		String page = page("sekretariat");
		assertThat(section(page, "start-summons")).contains("/meetings/" + today);
		assertThat(section(page, "start-write")).contains("/meetings/" + held)
			.doesNotContain("/meetings/" + forComment);
		assertThat(section(page, "start-closing")).contains("/meetings/" + forComment);
		assertThat(section(page, "start-referrals")).contains(REFERRAL, "/bodies/" + pm + "/backlog");
		assertThat(section(page, "start-overdue")).contains(MY_FOLLOW_UP, "/followups/" + myFollowUp + "/edit")
			.doesNotContain(LEADERS_FOLLOW_UP);
		assertThat(section(page, "start-mail")).contains(FAILED_MAIL, "/mail/outbox");
		assertThat(page).doesNotContain("id=\"start-chair\"");
	}

	@Test
	void theAdministratorHasTheSecretariatsSectionsAndNoPersonalOnes() throws Exception {
		String page = page("admin");
		assertThat(section(page, "start-summons")).contains("/meetings/" + today);
		assertThat(page).doesNotContain("id=\"start-member\"", "id=\"start-chair\"");
	}

	@Test
	void aNonMemberAndTheOtherClusterSeeNothingOfItButWhatIsPublic() throws Exception {
		String soker = page("soker");
		assertThat(soker).doesNotContain("id=\"start-member\"", "id=\"start-secretariat\"", EXEMPT_ITEM, EXEMPT_PAPER,
				MEMBERS_PAPER, MY_FOLLOW_UP, PROPOSAL);
		String nord = page("nord");
		assertThat(nord).contains("id=\"start-secretariat\"");
		assertThat(nord).doesNotContain("/meetings/" + today, "/meetings/" + held, "/meetings/" + forComment,
				EXEMPT_ITEM, EXEMPT_PAPER, MEMBERS_PAPER, PUBLIC_ITEM, MY_FOLLOW_UP, REFERRAL, PROPOSAL, FAILED_MAIL,
				"Partnermøtet");
	}

	@Test
	void theOwnerMovesTheirFollowUpInPlaceWithANoteAndItIsAudited() throws Exception {
		MockHttpServletResponse answer = mvc
			.perform(post("/followups/" + myFollowUp + "/own-status").param("status", "IN_PROGRESS")
				.param("note", "Sendt til styret " + TAG)
				.header("HX-Request", "true")
				.with(csrf())
				.with(user(users.loadUserByUsername("medlem"))))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("oppf-" + myFollowUp, "pågår", "Sendt til styret " + TAG,
				"hx-swap-oob");
		assertThat(jdbc.sql("select status || '|' || status_note from follow_up where id = ?")
			.param(myFollowUp)
			.query(String.class)
			.single()).isEqualTo("IN_PROGRESS|Sendt til styret " + TAG);
		assertThat(jdbc.sql("""
				select count(*) from audit_log where table_name = 'follow_up' and row_id = ? and actor = 'medlem'
				and after ->> 'status' = 'IN_PROGRESS'""").param(myFollowUp.toString()).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void someoneElsesFollowUpIsRefusedWithAMessageAndLeftAsItWas() throws Exception {
		for (boolean htmx : new boolean[] { true, false }) {
			MockHttpServletRequestBuilder request = post("/followups/" + leadersFollowUp + "/own-status")
				.param("status", "DONE")
				.with(csrf())
				.with(user(users.loadUserByUsername("medlem")));
			if (htmx) {
				request = request.header("HX-Request", "true");
			}
			MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
			assertThat(answer.getStatus()).isEqualTo(422);
			assertThat(answer.getContentAsString()).contains("Du kan bare endre status på dine egne oppfølginger.");
		}
		assertThat(jdbc.sql("select status from follow_up where id = ?")
			.param(leadersFollowUp)
			.query(String.class)
			.single()).isEqualTo("OPEN");
		// the other cluster does not find it at all
		MockHttpServletResponse nord = mvc
			.perform(post("/followups/" + leadersFollowUp + "/own-status").param("status", "DONE")
				.with(csrf())
				.with(user(users.loadUserByUsername("nord"))))
			.andReturn()
			.getResponse();
		assertThat(nord.getStatus()).isIn(403, 404);
		assertThat(mvc.perform(post("/followups/" + myFollowUp + "/own-status").param("status", "DONE").with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).as("anonymous").isIn(302, 401, 403);
	}

	@Test
	void meetingsOpensAsAListAndAnOldYearIsOneLinkAway() throws Exception {
		String list = mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString();
		assertThat(list.indexOf("/meetings/" + today)).as("today's meeting listed before the calendar")
			.isLessThan(list.indexOf("id=\"kalender\""));
		assertThat(list).contains("href=\"/meetings?year=2023\"");
		String year = mvc.perform(get("/meetings").param("year", "2023").param("body", pm.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String found = year.substring(0, year.indexOf("id=\"kalender\""));
		assertThat(found).contains("mandag 27.03.2023").doesNotContain("/meetings/" + today);
		assertThat(mvc.perform(get("/meetings").param("year", "x'; drop").param("body", "nope"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	private String page(String username) throws Exception {
		MockHttpServletRequestBuilder request = get("/");
		if (username != null) {
			request = request.with(user(users.loadUserByUsername(username)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("start page of " + username).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The markup of one section of the start page, by its id. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isGreaterThanOrEqualTo(0);
		int end = page.indexOf("</section>", start);
		return page.substring(start, end);
	}

	private UUID body(String name) {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = ? order by valid_from desc limit 1")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	private UUID person(String code) {
		return jdbc.sql("select id from person where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(UUID.class)
			.single();
	}

	private UUID meeting(UUID body, LocalDate date, String status) {
		return jdbc
			.sql("insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, ?) returning id")
			.params(ALREK, body, date, status)
			.query(UUID.class)
			.single();
	}

	private UUID item(UUID meeting, int position, String title, String access, String basis) {
		int year = jdbc.sql("select extract(year from meeting_date)::int from meeting where id = ?")
			.param(meeting)
			.query(Integer.class)
			.single();
		int seq = jdbc.sql("select coalesce(max(case_seq), 0) + 1 from agenda_item where body_id = ? and case_year = ?")
			.params(pm, year)
			.query(Integer.class)
			.single();
		return jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
					                         exemption_basis)
					values (?, ?, ?, ?, ?, ?, 'DECISION', ?, ?, ?) returning id""")
			.params(ALREK, meeting, pm, position, year, seq, title, access, basis)
			.query(UUID.class)
			.single();
	}

	private void document(UUID item, String title, String access, String basis) {
		jdbc.sql("""
				insert into item_document (cluster_id, item_id, title, url, access, exemption_basis)
				values (?, ?, ?, 'https://example.org/notat.pdf', ?, ?)""")
			.params(ALREK, item, title, access, basis)
			.update();
	}

	private UUID followUp(UUID item, UUID owner, String description, LocalDate due) {
		return jdbc.sql("""
				insert into follow_up (cluster_id, item_id, owner_person_id, description, due_on)
				values (?, ?, ?, ?, ?) returning id""")
			.params(ALREK, item, owner, description, due)
			.query(UUID.class)
			.single();
	}

}
