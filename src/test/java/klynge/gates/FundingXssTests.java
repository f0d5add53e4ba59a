package klynge.gates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The XSS corpus through the funding module's text fields (an application's title, lead,
 * summary, budget lines and named participants' names and roles; a call's title, section
 * text and comments) into every page, the feed and the API that show them: inert text
 * everywhere. And the adoption list of a call names an exempt agenda item only by its
 * public title.
 */
@KlyngeIntegrationTest
class FundingXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String page(String path, String user) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + " as " + user).isLessThan(500);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theCorpusIsInertOnEveryFundingPage() throws Exception {
		String title = "XSS-utlysning " + XssCorpus.ENTRIES.getFirst();
		UUID call = jdbc
			.sql("""
					insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id,
					       deadline, published_at)
					select ?, 'f0d00000-0000-4000-8000-000000002027', ?, 'PUBLISHED', c.committee_body_id, c.deciding_body_id,
					       now() + interval '30 days', now()
					from funding_call c where c.id = 'ca110000-0000-4000-8000-000000002022' returning id""")
			.params(ALREK, title)
			.query(UUID.class)
			.single();
		String location = mvc
			.perform(post("/calls/" + call + "/applications").with(httpBasic("soker", "demo")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String application = location.substring(location.lastIndexOf('/') + 1);
		List<String> problems = new ArrayList<>();
		for (String entry : XssCorpus.ENTRIES) {
			for (boolean htmx : new boolean[] { true, false }) {
				var save = post("/applications/" + application).with(httpBasic("soker", "demo"))
					.with(csrf())
					.param("title", entry)
					.param("leadName", entry)
					.param("leadEmail", "sok@alrek.example.org")
					.param("summary", entry)
					.param("lineKind", "OTHER")
					.param("lineDescription", entry)
					.param("lineOrganisation", "")
					.param("lineAmount", "1000")
					.param("personName", entry)
					.param("personEmail", "")
					.param("personOrganisation", "")
					.param("personRole", entry);
				if (htmx) {
					save.header("HX-Request", "true");
				}
				var answer = mvc.perform(save).andReturn().getResponse();
				assertThat(answer.getStatus()).isLessThan(500);
				problems.addAll(XssCorpus.activeMarkup("save", answer.getContentAsString(StandardCharsets.UTF_8)));
			}
			for (String[] view : new String[][] { { "/applications/" + application, "soker" },
					{ "/applications/" + application, "admin" }, { "/applications/mine", "soker" },
					{ "/calls/" + call + "/applications", "admin" }, { "/calls/" + call, null },
					{ "/open-calls", null } }) {
				String html = page(view[0], view[1]);
				problems.addAll(XssCorpus.activeMarkup(view[0], html));
			}
			var json = mvc.perform(get("/api/v1/applications/" + application).with(httpBasic("soker", "demo")))
				.andReturn()
				.getResponse();
			// JSON carries the text as it was written, never as HTML
			assertThat(json.getContentType()).startsWith("application/json");
		}
		assertThat(jdbc
			.sql("select count(*) from application_person where application_id = ?::uuid and role = 'PARTICIPANT'")
			.param(application)
			.query(Integer.class)
			.single()).as("the participant rows were stored").isPositive();
		String feed = page("/open-calls/feed.atom", null);
		assertThat(feed).doesNotContain("<script>").contains("&lt;script&gt;");

		// a section and a comment of a comment round of its own, as the secretariat
		UUID round = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id)
				select cluster_id, fund_id, 'XSS-runde', 'COMMENT_ROUND', committee_body_id, deciding_body_id
				from funding_call where id = 'ca110000-0000-4000-8000-000000002022' returning id""")
			.query(UUID.class)
			.single();
		for (String entry : XssCorpus.ENTRIES) {
			mvc.perform(post("/calls/" + round + "/sections").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("heading", entry)
				.param("body", entry)).andReturn();
		}
		UUID section = jdbc.sql("select id from call_section where call_id = ? order by position desc limit 1")
			.param(round)
			.query(UUID.class)
			.single();
		for (String entry : XssCorpus.ENTRIES) {
			mvc.perform(post("/calls/" + round + "/sections/" + section + "/comments")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("text", entry)).andReturn();
		}
		mvc.perform(post("/calls/" + round + "/sections/" + section).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("heading", "Ny")
			.param("body", XssCorpus.ENTRIES.getLast())
			.param("version",
					String.valueOf(jdbc.sql("select version from call_section where id = ?")
						.param(section)
						.query(Integer.class)
						.single())))
			.andReturn();
		problems.addAll(XssCorpus.activeMarkup("call", page("/calls/" + round, "medlem")));
		problems.addAll(XssCorpus.activeMarkup("versions",
				page("/calls/" + round + "/sections/" + section + "/versions", "medlem")));
		assertThat(problems).isEmpty();
		assertThat(jdbc.sql("select count(*) from call_comment where section_id = ?")
			.param(section)
			.query(Integer.class)
			.single()).as("the corpus was stored").isEqualTo(XssCorpus.ENTRIES.size());
	}

	@Test
	void theCorpusIsInertOnTheLeveragePages() throws Exception {
		var project = klynge.funding.leverage.LeverageFixtures.project(jdbc, 100_000);
		String path = "/virkning/prosjekt/" + project.awardId();
		List<String> problems = new ArrayList<>();
		for (String entry : XssCorpus.ENTRIES) {
			// saved (funder, title, reference, note), and refused (the form shows it
			// back)
			for (String amount : new String[] { "1000", entry }) {
				var answer = mvc
					.perform(post(path).with(httpBasic("sekretariat", "demo"))
						.with(csrf())
						.param("funder", entry)
						.param("title", entry)
						.param("reference", entry.length() > 100 ? entry.substring(0, 100) : entry)
						.param("amount", amount)
						.param("status", "GRANTED")
						.param("appliedYear", String.valueOf(project.year()))
						.param("grantedYear", String.valueOf(project.year()))
						.param("note", entry))
					.andReturn()
					.getResponse();
				assertThat(answer.getStatus()).isLessThan(500);
				problems.addAll(XssCorpus.activeMarkup("refused", answer.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		assertThat(jdbc.sql("select count(*) from follow_on_funding where award_id = ?")
			.param(project.awardId())
			.query(Integer.class)
			.single()).as("the corpus was stored").isEqualTo(XssCorpus.ENTRIES.size());
		for (String[] view : new String[][] { { path, "sekretariat" }, { path, "soker" },
				{ "/virkning?year=" + project.year(), "sekretariat" }, { "/virkning/offentlig", null } }) {
			problems.addAll(XssCorpus.activeMarkup(view[0], page(view[0], view[1])));
		}
		assertThat(page("/virkning/offentlig", null)).contains("&lt;script&gt;");
		var json = mvc
			.perform(get("/api/v1/projects/" + project.awardId() + "/follow-on").with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse();
		assertThat(json.getContentType()).startsWith("application/json");
		assertThat(problems).isEmpty();
	}

	@Test
	void theAdoptionListNamesAnExemptItemByItsPublicTitle() throws Exception {
		UUID round = UUID.fromString("ca110000-0000-4000-8000-000000002022");
		UUID meeting = jdbc
			.sql("""
					insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, status)
					select ?, deciding_body_id, ?, '10:00', '11:00', 'PLANNED' from funding_call where id = ? returning id""")
			.params(ALREK, klynge.shared.TestYears.uniqueDay(), round)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
				                         access, exemption_basis, public_title)
				select ?, id, body_id, 1, extract(year from meeting_date), 1, 'DECISION', 'Hemmelig lønnssak Ola',
				       'EXEMPT', 'Offl. § 25', 'Personalsak'
				from meeting where id = ?""").params(ALREK, meeting).update();
		String html = page("/calls/" + round, "sekretariat");
		assertThat(html).contains("Personalsak").doesNotContain("Hemmelig lønnssak Ola");
	}

	@Test
	void theCorpusIsInertInProjectReports() throws Exception {
		// a project of soker's (an award on a decided call of its own), titled with the
		// corpus
		UUID call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id)
				select cluster_id, fund_id, 'XSS-prosjekter', 'DECIDED', committee_body_id, deciding_body_id
				from funding_call where id = 'ca110000-0000-4000-8000-0000000000eb' returning id""")
			.query(UUID.class)
			.single();
		UUID application = jdbc
			.sql("""
					insert into application (cluster_id, call_id, applicant_id, title, lead_name, lead_email, status, submitted_at)
					select ?, ?, ap.id, ?, ?, 'sok@alrek.example.org', 'SUBMITTED', now()
					from applicant ap join account a on a.id = ap.account_id where a.username = 'soker' returning id""")
			.params(ALREK, call, "XSS-prosjekt " + XssCorpus.ENTRIES.getFirst(), XssCorpus.ENTRIES.getLast())
			.query(UUID.class)
			.single();
		UUID project = jdbc.sql("""
				insert into funding_award (cluster_id, call_id, application_id, amount, decided_by)
				values (?, ?, ?, 1000, 'test') returning id""")
			.params(ALREK, call, application)
			.query(UUID.class)
			.single();
		page("/prosjekter/" + project, "soker");
		UUID report = jdbc.sql("select id from project_report where award_id = ? and kind = 'PROGRESS'")
			.param(project)
			.query(UUID.class)
			.single();
		List<String> problems = new ArrayList<>();
		for (String entry : XssCorpus.ENTRIES) {
			mvc.perform(post("/prosjekter/{p}/rapporter/{r}", project, report).with(httpBasic("soker", "demo"))
				.with(csrf())
				.param("text", entry)).andReturn();
			mvc.perform(post("/prosjekter/{p}/rapporter/{r}/returner", project, report)
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("comment", entry)).andReturn();
		}
		for (String[] view : new String[][] { { "/prosjekter/" + project, "soker" },
				{ "/prosjekter/" + project, "sekretariat" }, { "/prosjekter", "soker" }, { "/prosjekter", "admin" } }) {
			problems.addAll(XssCorpus.activeMarkup(view[0], page(view[0], view[1])));
		}
		assertThat(problems).isEmpty();
		assertThat(jdbc.sql("select count(*) from project_report_version where report_id = ? and decision = 'RETURNED'")
			.param(report)
			.query(Integer.class)
			.single()).as("the corpus was stored").isEqualTo(XssCorpus.ENTRIES.size());
	}

	/**
	 * The awards (issue 15, req. 8): an application's title, summary and lead, a call's
	 * and a fund's name from the corpus on the public list, the awards page (with its
	 * live totals) and the letters page: inert text.
	 */
	@Test
	void theCorpusIsInertOnTheAwardPages() throws Exception {
		List<String> problems = new ArrayList<>();
		int year = 2095;
		for (String entry : XssCorpus.ENTRIES) {
			UUID fund = jdbc.sql("""
					insert into fund (cluster_id, kind, name, year, amount)
					values (?, 'COLLABORATION', ? || gen_random_uuid(), ?, 500000) returning id""")
				.params(ALREK, entry, year)
				.query(UUID.class)
				.single();
			UUID call = jdbc.sql("""
					insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id)
					select cluster_id, ?, ?, 'CLOSED', committee_body_id, deciding_body_id
					from funding_call where id = 'f0d40000-0000-4000-8000-000000000002' returning id""")
				.params(fund, entry)
				.query(UUID.class)
				.single();
			UUID application = jdbc.sql("""
					insert into application (cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary,
					    status, submitted_at)
					select ?, ?, ap.id, ?, ?, 'hbs@alrek.example.org', ?, 'SUBMITTED', now()
					from applicant ap join account a on a.id = ap.account_id where a.username = 'soker2'
					returning id""").params(ALREK, call, entry, entry, entry).query(UUID.class).single();
			jdbc.sql("""
					insert into application_organisation (cluster_id, application_id, organisation_id, role)
					select ?, ?, id, 'LEAD' from organisation where cluster_id = ? and name = 'Helse Bergen'""")
				.params(ALREK, application, ALREK)
				.update();
			jdbc.sql("""
					insert into funding_award (cluster_id, call_id, application_id, amount, decided_by)
					values (?, ?, ?, 1000, 'test')""").params(ALREK, call, application).update();
			String awards = "/funding/review-calls/" + call + "/awards";
			problems.addAll(XssCorpus.activeMarkup(awards, page(awards, "sekretariat")));
			problems.addAll(XssCorpus.activeMarkup(awards, page(awards, "leder")));
			var sum = mvc
				.perform(post(awards + "/sum").with(httpBasic("sekretariat", "demo"))
					.with(csrf())
					.header("HX-Request", "true")
					.param("amount_" + application, entry))
				.andReturn()
				.getResponse();
			assertThat(sum.getStatus()).isLessThan(500);
			problems.addAll(XssCorpus.activeMarkup("sum", sum.getContentAsString(StandardCharsets.UTF_8)));
			jdbc.sql("update funding_call set status = 'DECIDED' where id = ?").param(call).update();
			problems.addAll(XssCorpus.activeMarkup("letters",
					page("/funding/review-calls/" + call + "/letters", "sekretariat")));
		}
		problems.addAll(XssCorpus.activeMarkup("/tildelinger", page("/tildelinger", null)));
		String list = page("/tildelinger/" + year, null);
		problems.addAll(XssCorpus.activeMarkup("/tildelinger/" + year, list));
		assertThat(list).contains("&lt;script&gt;");
		assertThat(problems).isEmpty();
	}

}
