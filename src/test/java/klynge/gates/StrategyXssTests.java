package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XSS corpus through the strategy's text fields as staff type them: the strategy's
 * name, focus areas (name, description), goals, traffic-light comments and inputs (text,
 * given by, organisation); then every page that shows them, the goal history also as the
 * public sees it once adopted, and the API. Inert text everywhere, never a 5xx.
 */
@KlyngeIntegrationTest
class StrategyXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	int staff(String path, String... params) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isLessThan(500);
		return status;
	}

	@Test
	void theCorpusIsInertOnEveryStrategyPage() throws Exception {
		List<String> problems = new ArrayList<>();
		String location = mvc
			.perform(post("/strategi/admin").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("name", "XSS " + XssCorpus.ENTRIES.getFirst())
				.param("fromYear", "2001")
				.param("toYear", "2002"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/strategi/admin/");
		UUID strategy = UUID.fromString(location.substring("/strategi/admin/".length()));
		String base = "/strategi/admin/" + strategy;
		for (String entry : XssCorpus.ENTRIES) {
			assertThat(staff(base + "/fokusomrader", "name", entry, "description", entry)).isEqualTo(302);
		}
		UUID area = jdbc.sql("select id from strategy_focus_area where strategy_id = ? order by position limit 1")
			.param(strategy)
			.query(UUID.class)
			.single();
		for (String entry : XssCorpus.ENTRIES) {
			assertThat(staff("/strategi/admin/fokusomrader/" + area + "/mal", "text", entry, "sdgs", "3"))
				.isEqualTo(302);
		}
		UUID goal = jdbc.sql("select id from strategy_goal where focus_area_id = ? order by position limit 1")
			.param(area)
			.query(UUID.class)
			.single();
		for (String entry : XssCorpus.ENTRIES) {
			assertThat(staff("/strategi/admin/mal/" + goal + "/lys", "light", "YELLOW", "assessedOn", "2001-06-01",
					"comment", entry))
				.isEqualTo(302);
			assertThat(staff(base + "/innspill", "text", entry, "givenBy", entry, "organisation", entry, "givenOn",
					"2001-05-01", "goalId", goal.toString()))
				.isEqualTo(302);
		}
		// refused forms echo what was typed: inert too
		for (String entry : XssCorpus.ENTRIES) {
			var refused = mvc
				.perform(post("/strategi/admin/mal/" + goal + "/lys").with(httpBasic("sekretariat", "demo"))
					.with(csrf())
					.param("comment", entry))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(422);
			problems
				.addAll(XssCorpus.activeMarkup("refused light", refused.getContentAsString(StandardCharsets.UTF_8)));
		}
		staff(base, "name", "XSS " + XssCorpus.ENTRIES.get(1), "fromYear", "2001", "toYear", "2002", "status",
				"ADOPTED", "version", "0");
		for (String[] view : new String[][] { { base, "sekretariat" }, { "/strategi/admin", "sekretariat" },
				{ "/strategi/mal/" + goal, "sekretariat" }, { "/strategi/mal/" + goal, null },
				{ "/strategi", null } }) {
			var request = get(view[0]);
			if (view[1] != null) {
				request.with(httpBasic(view[1], "demo"));
			}
			var response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(view[0]).isEqualTo(200);
			problems.addAll(XssCorpus.activeMarkup(view[0], response.getContentAsString(StandardCharsets.UTF_8)));
		}
		String json = mvc.perform(get("/api/v1/strategy/goals/" + goal + "/history").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"comment\"");
		assertThat(problems).isEmpty();
	}

}
