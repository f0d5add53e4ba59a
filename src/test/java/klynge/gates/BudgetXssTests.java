package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, requirement 12: the XSS corpus through the budget's text fields (its title,
 * the lines' names, the alternatives' notes) and a partner's anchoring comment, written
 * through the API as the secretariat and the representative; every page that shows them
 * keeps them inert text, and the budget's CSV export neutralises formulas. (The
 * follow-through page exists once a budget is adopted; its texts are these same fields.)
 */
@KlyngeIntegrationTest
class BudgetXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String send(String path, String user, Object body) throws Exception {
		var response = mvc
			.perform(post(path).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.builder().build().writeValueAsString(body)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isBetween(200, 299);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theCorpusIsInertInBudgetsAndAnchoringComments() throws Exception {
		String created = send("/api/v1/budgets", "sekretariat",
				Map.of("year", 2093, "title", "XSS-budsjett " + XssCorpus.ENTRIES.getFirst()));
		String budget = JsonPath.read(created, "$.id");
		for (int i = 0; i < XssCorpus.ENTRIES.size(); i++) {
			String entry = XssCorpus.ENTRIES.get(i);
			send("/api/v1/budgets/" + budget + "/lines", "sekretariat",
					Map.of("kind", "OTHER", "direction", "EXPENSE", "name", entry, "amount", 1000 + i));
			send("/api/v1/budgets/" + budget + "/alternatives", "sekretariat", Map.of("letter",
					String.valueOf((char) ('C' + i)), "collaborationFunds", 100000 + i, "note", entry));
		}
		assertThat(jdbc.sql("select count(*) from budget_line where budget_id = ?::uuid and name = ?")
			.params(budget, XssCorpus.ENTRIES.getFirst())
			.query(Integer.class)
			.single()).as("the lines were stored as written").isEqualTo(1);

		// an anchoring case of this budget, asking Universitetet i Bergen, whose
		// representative (Margareth Hagen, account leder) declines with the corpus
		UUID anchoring = jdbc.sql("""
				insert into anchoring_case (cluster_id, subject_kind, subject_id, title, path, answer_by, opened_by)
				values (?, 'budget', ?::uuid, 'XSS-forankring', '/budgets/' || ?, current_date + 14, 'sekretariat')
				returning id""").params(ALREK, budget, budget).query(UUID.class).single();
		UUID request = jdbc.sql("""
				insert into anchoring_request (cluster_id, case_id, organisation_id, representative_person_id, sent_at)
				select ?, ?, o.id, p.id, now() from organisation o, person p
				where o.cluster_id = ? and o.name = 'Universitetet i Bergen' and p.cluster_id = ? and p.code = 'MH'
				returning id""").params(ALREK, anchoring, ALREK, ALREK).query(UUID.class).single();
		String corpus = String.join(" | ", XssCorpus.ENTRIES);
		send("/api/v1/anchoring/request/" + request + "/answer", "leder",
				Map.of("answer", "DECLINED", "comment", corpus));

		List<String> problems = new ArrayList<>();
		int shown = 0;
		for (String[] view : new String[][] { { "/budgets/" + budget, "sekretariat" }, { "/budgets", "sekretariat" },
				{ "/anchoring/" + anchoring, "sekretariat" }, { "/anchoring/mine", "leder" },
				{ "/anchoring", "sekretariat" } }) {
			var response = mvc.perform(get(view[0]).with(httpBasic(view[1], "demo"))).andReturn().getResponse();
			assertThat(response.getStatus()).as(view[0] + " as " + view[1]).isEqualTo(200);
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			problems.addAll(XssCorpus.activeMarkup(view[0] + " as " + view[1], html));
			if (html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
				shown++;
			}
		}
		assertThat(problems).isEmpty();
		assertThat(shown).as("pages showing the corpus as text").isGreaterThan(2);

		String csv = mvc.perform(get("/budgets/" + budget + "/export.csv").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK(");
		for (String line : csv.split("\r?\n")) {
			for (String cell : line.split(";")) {
				String value = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(value).as("a cell of " + line)
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("@")
					.doesNotStartWith("\t");
			}
		}
	}

}
