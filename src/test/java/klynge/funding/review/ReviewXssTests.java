package klynge.funding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.gates.XssCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, requirement 12: the XSS corpus through the reviewers' free text — the score
 * comments and the reason of a declared conflict — written through the API as the
 * reviewer, and every page that shows them (the reviewer's own sheet and list, the
 * committee's call page, the awards page) keeps it inert text.
 */
@KlyngeIntegrationTest
class ReviewXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(jdbc);
	}

	@Test
	void theCorpusIsInertInScoreCommentsAndConflictReasons() throws Exception {
		String corpus = String.join(" | ", XssCorpus.ENTRIES);
		UUID call = fixtures.newCall();
		UUID scored = fixtures.newApplication(call, "XSS-vurdert", "Sammendrag", "Helse Bergen", "Bergen kommune");
		UUID declared = fixtures.newApplication(call, "XSS-inhabil", "Sammendrag", "Helse Bergen", "Bergen kommune");
		fixtures.assign(call, scored, "fagfelle");
		fixtures.assign(call, declared, "fagfelle");

		String sheet = mvc
			.perform(get("/api/v1/funding/review/" + scored + "/scores").with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int version = JsonPath.read(sheet, "$.version");
		List<Object> scores = new ArrayList<>();
		for (UUID criterion : fixtures.criteria(call)) {
			scores.add(java.util.Map.of("criterionId", criterion.toString(), "score", 5, "comment", corpus));
		}
		mvc.perform(put("/api/v1/funding/review/" + scored + "/scores").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonMapper.builder()
				.build()
				.writeValueAsString(java.util.Map.of("scores", scores, "version", version))))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/funding/review/" + declared + "/conflicts").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonMapper.builder().build().writeValueAsString(java.util.Map.of("reason", corpus))))
			.andExpect(status().isNoContent());
		assertThat(jdbc
			.sql("select count(*) from review_score s join review_assignment a on a.id = s.assignment_id "
					+ "where a.application_id = ? and s.comment = ?")
			.params(scored, corpus)
			.query(Integer.class)
			.single()).as("the comments were stored as written").isEqualTo(fixtures.criteria(call).size());
		assertThat(jdbc.sql("select count(*) from review_conflict where application_id = ? and reason = ?")
			.params(declared, corpus)
			.query(Integer.class)
			.single()).as("the reason was stored as written").isEqualTo(1);

		List<String> problems = new ArrayList<>();
		int shown = 0;
		for (String[] view : new String[][] { { "/funding/review/" + scored, "fagfelle" },
				{ "/funding/review", "fagfelle" }, { "/funding/review-calls/" + call, "sekretariat" },
				{ "/funding/review-calls/" + call, "leder" },
				{ "/funding/review-calls/" + call + "/awards", "sekretariat" } }) {
			var response = mvc.perform(get(view[0]).with(httpBasic(view[1], "demo"))).andReturn().getResponse();
			assertThat(response.getStatus()).as(view[0] + " as " + view[1]).isEqualTo(200);
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			problems.addAll(XssCorpus.activeMarkup(view[0] + " as " + view[1], html));
			if (html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
				shown++;
			}
		}
		assertThat(problems).isEmpty();
		assertThat(shown).as("pages showing the corpus as text (the sheet and the conflict list)").isGreaterThan(1);
	}

}
