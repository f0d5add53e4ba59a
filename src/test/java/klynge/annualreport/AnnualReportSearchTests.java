package klynge.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Annual reports in search: a published report is found by everyone, by its decision,
 * introduction and written texts; a report not published (even one adopted) is found by
 * nobody; the other cluster finds none of it.
 */
@KlyngeIntegrationTest
class AnnualReportSearchTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	SearchProbe search;

	String tag;

	int year;

	@BeforeEach
	void index() {
		tag = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		year = 2900 + (int) (System.nanoTime() % 99);
		jdbc.sql("""
				insert into annual_report (cluster_id, year, status, introduction, decision, published)
				values (?, ?, 'ADOPTED', ?, ?, false)""")
			.params(ALREK, year, "Innledning " + tag + "innledning", "Vedtatt " + tag + "vedtak")
			.update();
		index.rebuild(ALREK);
		index.rebuild(NORD);
		search = new SearchProbe(mvc);
	}

	@AfterEach
	void remove() {
		jdbc.sql("delete from annual_report where cluster_id = ? and year = ?").params(ALREK, year).update();
		index.rebuild(ALREK);
	}

	@Test
	void aPublishedReportIsFoundByEveryone() throws Exception {
		assertThat(search.urls(null, "tar årsmeldingen til etterretning", "REPORT")).contains("/arsmelding/2022");
		assertThat(search.urls(null, "møtt jevnlig", "REPORT")).contains("/arsmelding/2022");
		assertThat(search.titles(null, "årsmelding 2022", "REPORT")).anySatisfy(t -> assertThat(t).contains("2022"));
	}

	@Test
	void anUnpublishedReportIsFoundByNobody() throws Exception {
		for (String user : new String[] { null, "medlem", "sekretariat", "admin" }) {
			assertThat(search.titles(user, tag + "innledning", null)).as(user).isEmpty();
			assertThat(search.titles(user, tag + "vedtak", null)).as(user).isEmpty();
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		assertThat(search.json("nord", "tar årsmeldingen til etterretning", null)).doesNotContain("/arsmelding/2022");
	}

}
