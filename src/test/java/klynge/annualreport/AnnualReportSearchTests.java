package klynge.annualreport;

import static klynge.search.SearchProbe.ALREK;
import static org.assertj.core.api.Assertions.assertThat;

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
		tag = SearchProbe.uniqueWord();
		year = 2900 + (int) (System.nanoTime() % 99);
		jdbc.sql("""
				insert into annual_report (cluster_id, year, status, introduction, decision, published)
				values (?, ?, 'ADOPTED', ?, ?, false)""")
			.params(ALREK, year, "Innledning " + tag + "innledning", "Vedtatt " + tag + "vedtak")
			.update();
		search = SearchProbe.rebuilt(mvc, index);
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
