package klynge.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The strategy through the web: the public page with the current lights, SDGs and the
 * inputs of sak 21-21; staff build a strategy, set lights (the history grows, nothing is
 * overwritten) and record inputs from an item found by "21-21"; bad input comes back 422
 * with what was typed and nothing saved; drafts are for staff; the other cluster sees
 * none of it; inputs from items that are not public stay off the public page.
 */
@KlyngeIntegrationTest
class StrategyWebTests {

	static final String DEMO = "57a70000-0000-4000-8000-000000002021";

	static final String GOAL_1 = "57a76000-0000-4000-8000-000000000001";

	static final String ITEM_21_21 = "select item_id from meeting_item_v where cluster_id = "
			+ "'a1ec0000-0000-4000-8000-000000000001' and case_seq = 21 and case_year = 2021";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse as(String user, MockHttpServletRequestBuilder request) throws Exception {
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	String page(String user, String path, int status) throws Exception {
		MockHttpServletResponse response = as(user,
				get(path).accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML));
		assertThat(response.getStatus()).as(path + " as " + user).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	/** A new draft strategy (years long past, so it never becomes the one in force). */
	UUID draft(String name) throws Exception {
		MockHttpServletResponse response = as("sekretariat",
				post("/strategi/admin").param("name", name).param("fromYear", "2001").param("toYear", "2003"));
		assertThat(response.getStatus()).isEqualTo(302);
		return UUID.fromString(response.getRedirectedUrl().substring("/strategi/admin/".length()));
	}

	@Test
	void thePublicSeesTheAdoptedStrategyWithTheCurrentLightsAndTheInputsOfSak2121() throws Exception {
		String page = page(null, "/strategi", 200);
		assertThat(page).contains("Strategi for Alrek helseklynge 2021–2025", "2021–2025", "Folkehelse og forebygging",
				"Sosial ulikhet i helse", "Tverrfaglighet og samarbeid", "Kunnskapsgrunnlag og implementering",
				"Bærekraftsmål 3: God helse og livskvalitet", "Bærekraftsmål 10: Mindre ulikhet",
				"Bærekraftsmål 17: Samarbeid for å nå målene", "Grønn: i rute", "Gul: noe forsinket",
				"Rød: ikke i rute", "Sak 21-21 Rapportering fra strategiarbeidet",
				"Sosial og økonomisk ulikhet i helse er et viktig tema.", "Knytte strategien til bærekraftsmålene.",
				"/strategi/mal/" + GOAL_1);
		// goal 5's newest light is red (2023), not its earlier yellow
		String history = page(null, "/strategi/mal/57a76000-0000-4000-8000-000000000005", 200);
		assertThat(history).contains("Rød: ikke i rute", "20.11.2023", "01.12.2022", "01.12.2021");
		assertThat(history.indexOf("20.11.2023")).isLessThan(history.indexOf("01.12.2022"));
		assertThat(history.indexOf("01.12.2022")).isLessThan(history.indexOf("01.12.2021"));
		String json = page(null, "/api/v1/strategy", 200);
		assertThat(json).contains("\"Strategi for Alrek helseklynge 2021–2025\"", "\"light\":\"RED\"",
				"Sak 21-21 Rapportering fra strategiarbeidet");
		assertThat(page(null, "/api/v1/strategy/goals/" + GOAL_1 + "/history", 200)).contains("\"GREEN\"", "\"YELLOW\"",
				"2021-12-01");
		// in English the SDGs and lights read in English
		String english = mvc.perform(get("/strategi").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Sustainable development goal 10: Reduced inequalities", "Green: on track");
	}

	@Test
	void staffBuildAStrategySetLightsAndRecordInputsFromAnItem() throws Exception {
		UUID strategy = draft("Teststrategi " + System.nanoTime());
		String admin = "/strategi/admin/" + strategy;
		assertThat(as("sekretariat", post(admin + "/fokusomrader").param("name", "Folkehelse").param("position", ""))
			.getStatus()).isEqualTo(302);
		UUID area = jdbc.sql("select id from strategy_focus_area where strategy_id = ?")
			.param(strategy)
			.query(UUID.class)
			.single();
		assertThat(as("sekretariat",
				post("/strategi/admin/fokusomrader/" + area + "/mal").param("text", "Flere kommuner med")
					.param("sdgs", "3", "10")
					.param("ownerBodyId", ""))
			.getStatus()).isEqualTo(302);
		UUID goal = jdbc.sql("select id from strategy_goal where focus_area_id = ?")
			.param(area)
			.query(UUID.class)
			.single();
		assertThat(as("sekretariat",
				post("/strategi/admin/mal/" + goal + "/lys").param("light", "RED")
					.param("assessedOn", "2002-01-10")
					.param("comment", "Ingen ennå"))
			.getStatus()).isEqualTo(302);
		assertThat(as("sekretariat",
				post("/strategi/admin/mal/" + goal + "/lys").param("light", "GREEN")
					.param("assessedOn", "2002-12-10")
					.param("comment", "Nå i rute"))
			.getStatus()).isEqualTo(302);
		assertThat(count("select count(*) from strategy_assessment where goal_id = ?", goal)).as("both lights kept")
			.isEqualTo(2);
		String page = page("sekretariat", admin, 200);
		assertThat(page).contains("Flere kommuner med", "Grønn: i rute", "Bærekraftsmål 10: Mindre ulikhet");
		String history = page("sekretariat", "/strategi/mal/" + goal, 200);
		assertThat(history.indexOf("10.12.2002")).isPositive().isLessThan(history.indexOf("10.01.2002"));
		assertThat(history).contains("Ingen ennå", "Nå i rute", "Rød: ikke i rute");
		// goal edited: SDG 10 replaced by 17
		assertThat(as("sekretariat",
				post("/strategi/admin/mal/" + goal).param("text", "Flere kommuner med").param("sdgs", "3", "17"))
			.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select sdg from strategy_goal_sdg where goal_id = ? order by sdg")
			.param(goal)
			.query(Integer.class)
			.list()).containsExactly(3, 17);
		// the input form finds the item by "21-21"
		UUID item = jdbc.sql(ITEM_21_21).query(UUID.class).single();
		assertThat(page("sekretariat", admin + "?sak=21-21", 200)).contains("value=\"" + item + "\"",
				"Sak 21-21 Rapportering fra strategiarbeidet");
		assertThat(as("sekretariat",
				post(admin + "/innspill").param("text", "Tverrfaglighet bør nevnes spesielt.")
					.param("givenBy", "Arbeidsgruppen")
					.param("givenOn", "2021-06-03")
					.param("itemId", item.toString())
					.param("goalId", goal.toString()))
			.getStatus()).isEqualTo(302);
		UUID input = jdbc.sql("select id from strategy_input where strategy_id = ?")
			.param(strategy)
			.query(UUID.class)
			.single();
		assertThat(jdbc.sql("select focus_area_id from strategy_input where id = ?")
			.param(input)
			.query(UUID.class)
			.single()).as("the goal's focus area").isEqualTo(area);
		assertThat(page("sekretariat", admin, 200)).contains("Tverrfaglighet bør nevnes spesielt.",
				"Sak 21-21 Rapportering fra strategiarbeidet");
		// new → incorporated skips considering: refused; new → considered → incorporated
		MockHttpServletResponse skipped = as("sekretariat",
				post("/strategi/admin/innspill/" + input).param("status", "INCORPORATED").param("version", "0"));
		assertThat(skipped.getStatus()).isEqualTo(409);
		assertThat(skipped.getContentAsString(StandardCharsets.UTF_8)).contains("vurderes først");
		assertThat(as("sekretariat",
				post("/strategi/admin/innspill/" + input).param("status", "CONSIDERED").param("version", "0"))
			.getStatus()).isEqualTo(302);
		assertThat(as("sekretariat",
				post("/strategi/admin/innspill/" + input).param("status", "INCORPORATED").param("version", "1"))
			.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select status from strategy_input where id = ?").param(input).query(String.class).single())
			.isEqualTo("INCORPORATED");
		// adopted, then it cannot go back to a draft
		assertThat(as("sekretariat",
				post(admin).param("name", "Vedtatt teststrategi")
					.param("fromYear", "2001")
					.param("toYear", "2003")
					.param("status", "ADOPTED")
					.param("version", "0"))
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse back = as("sekretariat",
				post(admin).param("name", "Vedtatt teststrategi")
					.param("fromYear", "2001")
					.param("toYear", "2003")
					.param("status", "DRAFT")
					.param("version", "1"));
		assertThat(back.getStatus()).isEqualTo(422);
		assertThat(back.getContentAsString(StandardCharsets.UTF_8))
			.contains("En vedtatt strategi kan ikke gjøres om til utkast.");
		// a stale version is a conflict, not a lost edit
		assertThat(as("sekretariat",
				post(admin).param("name", "Gammel")
					.param("fromYear", "2001")
					.param("toYear", "2003")
					.param("status", "ADOPTED")
					.param("version", "0"))
			.getStatus()).isEqualTo(409);
		assertThat(page(null, "/strategi", 200)).as("the strategy in force is still the demo's")
			.contains("Strategi for Alrek helseklynge 2021–2025");
	}

	@Test
	void badInputComesBackWithWhatWasTypedAndNothingIsSaved() throws Exception {
		int strategies = count("select count(*) from strategy");
		MockHttpServletResponse refused = as("sekretariat",
				post("/strategi/admin").param("name", "Ny strategi 20x1")
					.param("fromYear", "20x1")
					.param("toYear", "2000"));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"20x1\"",
				"value=\"Ny strategi 20x1\"", "Skriv et årstall, for eksempel 2021.", "Rett feltene som er merket.");
		MockHttpServletResponse backwards = as("sekretariat",
				post("/strategi/admin").param("name", "Baklengs").param("fromYear", "2025").param("toYear", "2021"));
		assertThat(backwards.getStatus()).isEqualTo(422);
		assertThat(backwards.getContentAsString(StandardCharsets.UTF_8))
			.contains("Til-året kan ikke være før fra-året.");
		assertThat(count("select count(*) from strategy")).isEqualTo(strategies);

		UUID strategy = draft("Feilstrategi " + System.nanoTime());
		as("sekretariat", post("/strategi/admin/" + strategy + "/fokusomrader").param("name", "Område"));
		UUID area = jdbc.sql("select id from strategy_focus_area where strategy_id = ?")
			.param(strategy)
			.query(UUID.class)
			.single();
		as("sekretariat", post("/strategi/admin/fokusomrader/" + area + "/mal").param("text", "Et mål"));
		UUID goal = jdbc.sql("select id from strategy_goal where focus_area_id = ?")
			.param(area)
			.query(UUID.class)
			.single();
		MockHttpServletResponse light = as("sekretariat",
				post("/strategi/admin/mal/" + goal + "/lys").param("assessedOn", "2999-01-01")
					.param("comment", "Min <vurdering> & kommentar"));
		assertThat(light.getStatus()).isEqualTo(422);
		assertThat(light.getContentAsString(StandardCharsets.UTF_8)).contains("Min &lt;vurdering&gt; &amp; kommentar",
				"Datoen kan ikke være fram i tid.", "Må fylles ut.", "value=\"2999-01-01\"");
		assertThat(count("select count(*) from strategy_assessment where goal_id = ?", goal)).isZero();
		MockHttpServletResponse input = as("sekretariat",
				post("/strategi/admin/" + strategy + "/innspill").param("text", "Et innspill som ikke må gå tapt")
					.param("givenBy", "")
					.param("givenOn", "3. juni")
					.param("itemId", UUID.randomUUID().toString()));
		assertThat(input.getStatus()).isEqualTo(422);
		assertThat(input.getContentAsString(StandardCharsets.UTF_8)).contains("Et innspill som ikke må gå tapt",
				"Skriv en gyldig dato.", "Velg et av alternativene.");
		MockHttpServletResponse sdg = as("sekretariat",
				post("/strategi/admin/mal/" + goal).param("text", "Et mål").param("sdgs", "18"));
		assertThat(sdg.getStatus()).isEqualTo(422);
		assertThat(count("select count(*) from strategy_input where strategy_id = ?", strategy)).isZero();
		assertThat(count("select count(*) from strategy_goal_sdg where goal_id = ?", goal)).isZero();
	}

	@Test
	void draftsAreForStaffOnly() throws Exception {
		String name = "Hemmelig strategiutkast " + System.nanoTime();
		UUID strategy = draft(name);
		as("sekretariat", post("/strategi/admin/" + strategy + "/fokusomrader").param("name", "Utkastområde"));
		UUID area = jdbc.sql("select id from strategy_focus_area where strategy_id = ?")
			.param(strategy)
			.query(UUID.class)
			.single();
		as("sekretariat", post("/strategi/admin/fokusomrader/" + area + "/mal").param("text", "Utkastmål"));
		UUID goal = jdbc.sql("select id from strategy_goal where focus_area_id = ?")
			.param(area)
			.query(UUID.class)
			.single();
		for (String user : new String[] { null, "medlem", "leder" }) {
			assertThat(page(user, "/strategi", 200)).doesNotContain(name, "Utkastmål");
			page(user, "/strategi/mal/" + goal, 404);
			page(user, "/api/v1/strategy/goals/" + goal + "/history", 404);
			assertThat(page(user, "/api/v1/strategy", 200)).doesNotContain(name);
		}
		assertThat(page("sekretariat", "/strategi/mal/" + goal, 200)).contains("Utkastmål");
		assertThat(page("sekretariat", "/strategi/admin", 200)).contains(name, "Utkast");
		assertThat(as("medlem", get("/strategi/admin/" + strategy)).getStatus()).isEqualTo(403);
	}

	@Test
	void theOtherClusterSeesNoneOfAlreksStrategy() throws Exception {
		assertThat(page("nord", "/strategi", 200)).doesNotContain("Alrek helseklynge", "Folkehelse og forebygging")
			.containsAnyOf("Klyngen har ingen vedtatt strategi ennå.", "Klynga har ingen vedteken strategi enno.");
		page("nord", "/strategi/mal/" + GOAL_1, 404);
		page("nord", "/api/v1/strategy/goals/" + GOAL_1 + "/history", 404);
		page("nord", "/strategi/admin/" + DEMO, 404);
		assertThat(as("nord", get("/api/v1/strategy").accept(MediaType.APPLICATION_JSON)).getStatus()).isEqualTo(204);
		assertThat(page("nord", "/strategi/admin", 200)).doesNotContain("Alrek helseklynge");
		int before = count("select count(*) from strategy_assessment where goal_id = ?::uuid", GOAL_1);
		assertThat(as("nord",
				post("/strategi/admin/mal/" + GOAL_1 + "/lys").param("light", "RED")
					.param("assessedOn", "2024-01-01")
					.param("comment", "fra Nord"))
			.getStatus()).isEqualTo(404);
		assertThat(as("nord",
				post("/strategi/admin/" + DEMO + "/innspill").param("text", "fra Nord")
					.param("givenBy", "Nord")
					.param("givenOn", "2024-01-01"))
			.getStatus()).isEqualTo(404);
		assertThat(count("select count(*) from strategy_assessment where goal_id = ?::uuid", GOAL_1)).isEqualTo(before);
		assertThat(count("select count(*) from strategy_input where text = 'fra Nord'")).isZero();
	}

	@Test
	void anInputGivenAtAnItemThatIsNotPublicStaysOffThePublicPages() throws Exception {
		UUID hidden = jdbc.sql("""
				select item_id from meeting_item_v where cluster_id = 'a1ec0000-0000-4000-8000-000000000001'
				and access <> 'PUBLIC' order by meeting_date limit 1""").query(UUID.class).single();
		UUID input = jdbc.sql("""
				insert into strategy_input (cluster_id, strategy_id, text, given_by, given_on, item_id)
				values ('a1ec0000-0000-4000-8000-000000000001', ?::uuid, 'Innspill fra lukket sak', 'Styringsgruppen',
				        '2020-01-15', ?) returning id""").params(DEMO, hidden).query(UUID.class).single();
		try {
			assertThat(page(null, "/strategi", 200)).doesNotContain("Innspill fra lukket sak");
			assertThat(page("medlem", "/strategi", 200)).doesNotContain("Innspill fra lukket sak");
			assertThat(page(null, "/api/v1/strategy", 200)).doesNotContain("Innspill fra lukket sak");
			assertThat(page("sekretariat", "/strategi/admin/" + DEMO, 200)).contains("Innspill fra lukket sak");
		}
		finally {
			jdbc.sql("delete from strategy_input where id = ?").param(input).update();
		}
	}

	@Test
	void anInputGivenWithoutAnItemShowsWithoutACaseLink() throws Exception {
		UUID input = jdbc.sql("""
				insert into strategy_input (cluster_id, strategy_id, text, given_by, given_on, item_id)
				values ('a1ec0000-0000-4000-8000-000000000001', ?::uuid, 'Innspill uten sak', 'Brukerpanelet',
				        '2021-09-01', null) returning id""").params(DEMO).query(UUID.class).single();
		try {
			String row = page(null, "/strategi", 200);
			row = row.substring(row.indexOf("Innspill uten sak"));
			assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Brukerpanelet").doesNotContain("/meetings/");
		}
		finally {
			jdbc.sql("delete from strategy_input where id = ?").param(input).update();
		}
	}

}
