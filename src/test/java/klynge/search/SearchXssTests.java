package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Highlighting never lets markup through: titles and texts with script tags and
 * attributes are escaped in the title and the snippet; only the search's own
 * {@code <mark>} is HTML. The query itself is echoed escaped.
 */
@KlyngeIntegrationTest
class SearchXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex index;

	@Test
	void markupInTitlesTextsAndTheQueryIsEscaped() throws Exception {
		LocalDate day = TestYears.uniqueDay();
		PlannedMeeting planned = PlannedMeeting.of(jdbc, day);
		UUID body = planned.body();
		UUID meeting = planned.meeting();
		jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
				                         proposed_decision)
				values (?, ?, ?, 1, ?, 1, 'DECISION', ?, ?)""")
			.params(ALREK, meeting, body, day.getYear(), "Xssmerke <script>alert('t')</script> <b>fet</b>",
					"Xssmerke <img src=x onerror=alert(1)> & \"sitat\" </mark><script>alert(2)</script>")
			.update();
		index.rebuild(ALREK);
		for (String user : new String[] { null, "sekretariat" }) {
			var request = get("/sok").param("q", "xssmerke").accept(MediaType.TEXT_HTML);
			if (user != null) {
				request.with(httpBasic(user, "demo"));
			}
			String page = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("<mark>Xssmerke</mark>")
				.doesNotContain("<script>alert", "<img src=x", "<b>fet</b>", "onerror=alert(1)>")
				.doesNotContain("</mark><script>");
			String api = mvc.perform(get("/api/v1/search").param("q", "xssmerke").accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			// "title" is plain text in JSON; the HTML fields are escaped
			for (String field : new String[] { "$.hits[0].titleHtml", "$.hits[0].snippetHtml" }) {
				String html = JsonPath.read(api, field);
				assertThat(html).as(field).contains("<mark>Xssmerke</mark>").doesNotContain("<script>", "<img", "<b>");
			}
		}
		String echoed = mvc.perform(get("/sok").param("q", "<script>alert(3)</script>").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(echoed).contains("&lt;script&gt;alert(3)").doesNotContain("<script>alert(3)");
	}

	/**
	 * The new sources' texts (a public partner's description, a thesis idea) go through
	 * the same escaping.
	 */
	@Test
	void markupInTheNewSourcesTextsIsEscaped() throws Exception {
		UUID partner = jdbc.sql("""
				insert into collaboration_partner (cluster_id, name, kind, description, status, status_since)
				values (?, ?, 'OTHER', ?, 'FORMALISED', '2024-01-01') returning id""")
			.params(ALREK, "Xsspartner <script>alert('p')</script>",
					"Xsspartner <img src=x onerror=alert(4)> <b>fet</b>")
			.query(UUID.class)
			.single();
		UUID idea = jdbc.sql("""
				insert into ideabank_idea (cluster_id, title, description, organisation, topic)
				values (?, ?, ?, 'Org', 'Tema') returning id""")
			.params(ALREK, "Xssidea <script>alert('i')</script>", "Xssidea <img src=x onerror=alert(5)> <b>fet</b>")
			.query(UUID.class)
			.single();
		try {
			index.rebuild(ALREK);
			for (String word : new String[] { "xsspartner", "xssidea" }) {
				String page = mvc.perform(get("/sok").param("q", word).accept(MediaType.TEXT_HTML))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				assertThat(page).as(word)
					.containsIgnoringCase("<mark>" + word + "</mark>")
					.doesNotContain("<script>alert", "<img src=x", "<b>fet</b>");
			}
		}
		finally {
			jdbc.sql("delete from collaboration_partner where cluster_id = ? and id = ?")
				.params(ALREK, partner)
				.update();
			jdbc.sql("delete from ideabank_idea where cluster_id = ? and id = ?").params(ALREK, idea).update();
			index.rebuild(ALREK);
		}
	}

}
