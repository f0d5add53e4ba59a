package klynge.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.meeting.MeetingTestData;
import klynge.meeting.Meetings;
import klynge.shared.TestYears;
import klynge.shared.YearInReview.Chapter;
import klynge.shared.YearInReview.Chart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chapters come from the data: their figures equal what SQL counts in the tables (not
 * numbers written into the test), exempt and members-only titles never appear, the other
 * cluster sees none of Alrek's; the demo's 2022 report is sak 03-23's, taken to note and
 * public; a draft goes to a body as an item with its PDF.
 */
@KlyngeIntegrationTest
class AnnualReportTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	static final Locale NB = Locale.forLanguageTag("nb");

	@Autowired
	AnnualReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Meetings meetings;

	Map<String, Chapter> chapters(UUID cluster, int year) {
		return reports.chapters(cluster, year, NB)
			.stream()
			.collect(Collectors.toMap(Chapter::key, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	@Test
	void meetingsAndDecisionsPerBodyAreWhatTheTablesHold() {
		for (int year : List.of(2021, 2022, 2023)) {
			Chart chart = chapters(ALREK, year).get("meetings").charts().getFirst();
			long meetingsHeld = jdbc.sql("""
					select count(*) from meeting where cluster_id = ? and extract(year from meeting_date) = ?
					  and status in ('HELD', 'MINUTES_FOR_COMMENT', 'MINUTES_APPROVED')""")
				.params(ALREK, year)
				.query(Long.class)
				.single();
			long decisions = jdbc.sql("""
					select count(*) from item_minutes im join agenda_item i on i.id = im.item_id
					join meeting m on m.id = i.meeting_id
					where m.cluster_id = ? and extract(year from m.meeting_date) = ?
					  and m.status in ('HELD', 'MINUTES_FOR_COMMENT', 'MINUTES_APPROVED')
					  and nullif(trim(im.decision), '') is not null""").params(ALREK, year).query(Long.class).single();
			long bodies = jdbc
				.sql("""
						select count(distinct body_id) from meeting where cluster_id = ? and extract(year from meeting_date) = ?
						  and status in ('HELD', 'MINUTES_FOR_COMMENT', 'MINUTES_APPROVED')""")
				.params(ALREK, year)
				.query(Long.class)
				.single();
			assertThat(meetingsHeld).as("demo meetings in " + year).isPositive();
			assertThat(chart.categories()).hasSize((int) bodies);
			assertThat(chart.series().get(0).values().stream().mapToLong(Long::longValue).sum())
				.isEqualTo(meetingsHeld);
			assertThat(chart.series().get(1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(decisions);
			assertThat(chart.caption()).isEqualTo("Møter og vedtak per organ");
		}
	}

	@Test
	void theMainVedtakAreThoseOfOpenItemsAndNoExemptTitleAppears() {
		// Arbeidsgruppen's approved 2021 minutes carry sak 22-21's vedtak; Partnermøtet's
		// 2023 minutes are still a draft, so their vedtak are not public yet
		assertThat(JsonMapper.builder().build().writeValueAsString(reports.chapters(ALREK, 2021, NB)))
			.contains("Viktige vedtak", "alternativ B");
		assertThat(JsonMapper.builder().build().writeValueAsString(reports.chapters(ALREK, 2023, NB)))
			.doesNotContain("Partnermøtet tar årsmeldingen for 2022 til etterretning");
		List<String> hidden = jdbc
			.sql("""
					select distinct i.title from agenda_item i join meeting m on m.id = i.meeting_id
					where i.cluster_id = ? and extract(year from m.meeting_date) in (2021, 2022, 2023) and i.access <> 'PUBLIC'
					  and i.title not in (select title from agenda_item where cluster_id = ? and access = 'PUBLIC')""")
			.params(ALREK, ALREK)
			.query(String.class)
			.list();
		assertThat(hidden).as("the demo has exempt or members-only items").isNotEmpty();
		for (int year : List.of(2021, 2022, 2023)) {
			String all = JsonMapper.builder().build().writeValueAsString(reports.chapters(ALREK, year, NB));
			for (String title : hidden) {
				assertThat(all).as(year + " leaks " + title).doesNotContain(title);
			}
		}
	}

	@Test
	void participantsPerEventAreTheConfirmedRegistrations() {
		int year = jdbc.sql("""
				select extract(year from starts_at)::int from event where cluster_id = ? and status <> 'DRAFT'
				group by 1 order by count(*) desc, 1 limit 1""").param(ALREK).query(Integer.class).single();
		Chapter events = chapters(ALREK, year).get("events");
		Chart chart = events.charts().getFirst();
		List<Long> confirmed = jdbc
			.sql("""
					select count(r.id) filter (where r.status = 'CONFIRMED') from event e
					left join event_registration r on r.event_id = e.id
					where e.cluster_id = ? and e.status <> 'DRAFT' and extract(year from e.starts_at at time zone 'Europe/Oslo') = ?
					group by e.id, e.starts_at order by e.starts_at""")
			.params(ALREK, year)
			.query(Long.class)
			.list();
		assertThat(chart.series().getFirst().values()).isEqualTo(confirmed);
		assertThat(chart.caption()).isEqualTo("Deltakere per arrangement");
	}

	@Test
	void moneyAwardedIsTheSumOfTheYearsDecidedAwards() {
		Chapter funding = chapters(ALREK, 2023).get("funding");
		Chart chart = funding.charts().getFirst();
		long awarded = jdbc
			.sql("""
					select coalesce(sum(round(a.amount)), 0)::bigint from funding_award a
					join funding_call c on c.id = a.call_id join fund f on f.id = c.fund_id
					where a.cluster_id = ? and c.status = 'DECIDED'
					  and ((f.kind = 'COLLABORATION' and f.year = 2023)
					    or (f.kind = 'NAMED' and 2023 between extract(year from f.valid_from) and extract(year from f.valid_to)))""")
			.param(ALREK)
			.query(Long.class)
			.single();
		long granted = jdbc
			.sql("""
					select coalesce(sum(round(o.amount)), 0)::bigint from follow_on_funding o
					join funding_award a on a.id = o.award_id join funding_call c on c.id = a.call_id join fund f on f.id = c.fund_id
					where o.cluster_id = ? and o.status = 'GRANTED' and c.status = 'DECIDED'
					  and ((f.kind = 'COLLABORATION' and f.year = 2023)
					    or (f.kind = 'NAMED' and 2023 between extract(year from f.valid_from) and extract(year from f.valid_to)))""")
			.param(ALREK)
			.query(Long.class)
			.single();
		assertThat(awarded).isPositive();
		assertThat(chart.series().get(0).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(awarded);
		assertThat(chart.series().get(1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(granted);
		assertThat(chart.caption()).isEqualTo("Tildelt og utløste midler");
	}

	@Test
	void bodiesAtYearEndListTheirMembersWithoutContactData() {
		Chapter bodies = chapters(ALREK, 2022).get("bodies");
		long seats = jdbc.sql("""
				select count(*) from membership ms join body b on b.id = ms.body_id
				where ms.cluster_id = ? and ms.valid_from <= date '2022-12-31'
				  and (ms.valid_to is null or ms.valid_to >= date '2022-12-31')
				  and (b.established_on is null or b.established_on <= date '2022-12-31')
				  and (b.dissolved_on is null or b.dissolved_on > date '2022-12-31')""")
			.param(ALREK)
			.query(Long.class)
			.single();
		assertThat(bodies.tables().stream().mapToLong(t -> t.rows().size()).sum()).isEqualTo(seats);
		assertThat(bodies.tables()).extracting(t -> t.caption()).contains("Styringsgruppen");
		boolean adoptedBudget = jdbc
			.sql("select count(*) > 0 from budget where cluster_id = ? and year = 2022 and adopted_at is not null")
			.param(ALREK)
			.query(Boolean.class)
			.single();
		assertThat(chapters(ALREK, 2022).containsKey("budget")).isEqualTo(adoptedBudget);
		String json = JsonMapper.builder().build().writeValueAsString(bodies);
		List<String> emails = jdbc.sql("select email from person where cluster_id = ? and email is not null")
			.param(ALREK)
			.query(String.class)
			.list();
		emails.forEach(email -> assertThat(json).doesNotContain(email));
	}

	@Test
	void theOtherClusterSeesNoneOfAlreksReport() throws Exception {
		String nord = JsonMapper.builder().build().writeValueAsString(reports.chapters(NORD, 2022, NB));
		assertThat(nord).doesNotContain("Styringsgruppen", "Partnermøtet", "Alrek");
		jdbc.sql("update cluster set host_name = ? where id = ?").params("nord.arsmelding.test", NORD).update();
		try {
			var page = mvc.perform(get("/arsmelding/2022").with(request -> {
				request.setServerName("nord.arsmelding.test");
				return request;
			}).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
			assertThat(page.getStatus()).isEqualTo(404);
			assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Partnermøtet tar årsmeldingen");
		}
		finally {
			jdbc.sql("update cluster set host_name = null where id = ?").param(NORD).update();
		}
		var list = mvc.perform(get("/arsmelding").with(httpBasic("nord", "demo")).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/arsmelding/2022/rediger");
		assertThat(mvc.perform(get("/arsmelding/2022/rediger").with(httpBasic("nord", "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theDemoReportOf2022IsSak0323TakenToNoteAndPublic() throws Exception {
		AnnualReport report = ClusterScope.call(ALREK, () -> reports.report(2022));
		UUID item = jdbc.sql("select md5('item:pm-2023-03-27/03')::uuid").query(UUID.class).single();
		assertThat(report.itemId()).isEqualTo(item);
		assertThat(report.status()).isEqualTo(ReportStatus.NOTED);
		assertThat(report.published()).isTrue();
		assertThat(report.decision()).isEqualTo(
				"Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet.");
		assertThat(report.chapters()).extracting(Chapter::key).contains("bodies", "meetings");
		String page = mvc.perform(get("/arsmelding/2022").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Årsmelding 2022", "Partnermøtet tar årsmeldingen for 2022 til etterretning",
				"Møter og vedtak per organ", "Organene har møttes jevnlig");
	}

	@Test
	void aDraftGoesToABodyAsAnItemWithItsPdf() throws Exception {
		UUID partnermotet = body("Partnermøtet");
		UUID styringsgruppen = body("Styringsgruppen");
		UUID meeting = ClusterScope.call(ALREK,
				() -> meetings.plan(MeetingTestData.form(partnermotet, TestYears.uniqueDay())));
		var generated = mvc
			.perform(post("/arsmelding").param("year", "2020").with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(generated.getRedirectedUrl()).isEqualTo("/arsmelding/2020/rediger");
		int version = version(2020);
		var refused = mvc
			.perform(post("/arsmelding/2020/send").param("version", String.valueOf(version))
				.param("authorBodyId", styringsgruppen.toString())
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Velg et kommende møte");
		var sent = mvc
			.perform(post("/arsmelding/2020/send").param("version", String.valueOf(version))
				.param("meetingId", meeting.toString())
				.param("authorBodyId", styringsgruppen.toString())
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(sent.getStatus()).isEqualTo(302);
		var item = jdbc.sql("""
				select i.id, i.title, i.proposed_decision from agenda_item i where i.meeting_id = ?""")
			.param(meeting)
			.query()
			.singleRow();
		assertThat(item.get("title")).isEqualTo("Årsmelding 2020 – utkast fra Styringsgruppen");
		assertThat((String) item.get("proposed_decision")).contains("tar årsmeldingen for 2020 til etterretning");
		byte[] pdf = jdbc.sql("""
				select f.content from item_document_file f join item_document d on d.id = f.document_id
				where d.item_id = ?""").param(item.get("id")).query((rs, n) -> rs.getBytes(1)).single();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(jdbc.sql("select status from annual_report where cluster_id = ? and year = 2020")
			.param(ALREK)
			.query(String.class)
			.single()).isEqualTo("SENT_TO_BODY");
		var settled = mvc
			.perform(post("/arsmelding/2020/utfall").param("version", String.valueOf(version(2020)))
				.param("outcome", "NOTED")
				.param("decision", "Partnermøtet tar årsmeldingen for 2020 til etterretning.")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(settled.getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/arsmelding/2020")).andReturn().getResponse().getStatus()).isEqualTo(404);
		mvc.perform(post("/arsmelding/2020/publiser").param("version", String.valueOf(version(2020)))
			.param("on", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf()));
		assertThat(mvc.perform(get("/arsmelding/2020")).andReturn().getResponse().getStatus()).isEqualTo(200);
		var late = mvc
			.perform(post("/arsmelding/2020/rediger").param("version", String.valueOf(version(2020)))
				.param("introduction", "for sent")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(late.getStatus()).isEqualTo(422);
	}

	private int version(int year) {
		return jdbc.sql("select version from annual_report where cluster_id = ? and year = ?")
			.params(ALREK, year)
			.query(Integer.class)
			.single();
	}

	private UUID body(String name) {
		return jdbc.sql("""
				select b.id from body b join body_name n on n.body_id = b.id where b.cluster_id = ? and n.name = ?
				order by n.valid_from desc limit 1""").params(ALREK, name).query(UUID.class).single();
	}

}
