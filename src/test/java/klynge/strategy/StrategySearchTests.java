package klynge.strategy;

import static klynge.search.SearchProbe.ALREK;
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
 * The strategy in search, as {@code /strategi} shows it: the adopted strategy's focus
 * areas, goals and inputs are found by everyone; a draft strategy is found by nobody
 * (staff edit it on its own page); the other cluster finds none of it.
 */
@KlyngeIntegrationTest
class StrategySearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	SearchProbe search;

	String tag;

	UUID draft;

	@BeforeEach
	void index() {
		tag = SearchProbe.uniqueWord();
		draft = jdbc.sql("""
				insert into strategy (cluster_id, name, from_year, to_year, status)
				values (?, ?, 2030, 2034, 'DRAFT') returning id""")
			.params(ALREK, "Utkast " + tag + "strategi")
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into strategy_focus_area (cluster_id, strategy_id, position, name, description)
				values (?, ?, 1, ?, ?)""")
			.params(ALREK, draft, "Område " + tag + "utkast", "Beskrivelse " + tag + "utkast")
			.update();
		search = SearchProbe.rebuilt(mvc, index);
	}

	@AfterEach
	void removeDraft() {
		jdbc.sql("delete from strategy_focus_area where cluster_id = ? and strategy_id = ?")
			.params(ALREK, draft)
			.update();
		jdbc.sql("delete from strategy where cluster_id = ? and id = ?").params(ALREK, draft).update();
		index.rebuild(ALREK);
	}

	@Test
	void theAdoptedStrategyIsFoundByEveryone() throws Exception {
		assertThat(search.urls(null, "folkehelse forebygging", "STRATEGY"))
			.contains("/strategi#area-57a7f000-0000-4000-8000-000000000001");
		assertThat(search.urls(null, "intern arena forankring", "STRATEGY"))
			.contains("/strategi/mal/57a76000-0000-4000-8000-000000000004");
		String page = search.page(null, "/strategi");
		assertThat(page).contains("id=\"area-57a7f000-0000-4000-8000-000000000001\"");
		// an input is found exactly when the public page lists it
		boolean inputShown = page.contains("id=\"input-57a71000-0000-4000-8000-000000000001\"");
		assertThat(search.urls(null, "kjernen i Alrek", "STRATEGY")
			.contains("/strategi#input-57a71000-0000-4000-8000-000000000001")).isEqualTo(inputShown);
	}

	@Test
	void aDraftIsFoundByNobody() throws Exception {
		for (String user : new String[] { null, "medlem", "sekretariat", "admin" }) {
			assertThat(search.titles(user, tag + "utkast", null)).as(user).isEmpty();
			assertThat(search.titles(user, tag + "strategi", null)).as(user).isEmpty();
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		assertThat(search.json("nord", "folkehelse forebygging", null)).doesNotContain("57a7");
	}

}
