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
import klynge.shared.SecretTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XSS corpus through a date poll's text fields (title, description, an invitee's name
 * and e-mail address) into the secretariat's pages and the answer page of a personal
 * link: inert text everywhere, never a 5xx. An address the corpus makes invalid is
 * refused with a 422, not stored.
 */
@KlyngeIntegrationTest
class PollXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCorpusIsInertOnEveryPollPage() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String entry : XssCorpus.ENTRIES) {
			var created = mvc
				.perform(post("/polls").with(httpBasic("sekretariat", "demo"))
					.with(csrf())
					.param("title", entry.isBlank() ? "tom" : entry)
					.param("description", entry)
					.param("showNames", "true"))
				.andReturn()
				.getResponse();
			assertThat(created.getStatus()).as(entry).isLessThan(500);
			problems.addAll(XssCorpus.activeMarkup("create", created.getContentAsString(StandardCharsets.UTF_8)));
			if (created.getRedirectedUrl() == null) {
				continue; // refused (too long): the refusal page was checked above
			}
			String poll = created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1);
			var invited = mvc
				.perform(post("/polls/" + poll + "/invitees").with(httpBasic("sekretariat", "demo"))
					.with(csrf())
					.param("name", entry.isBlank() ? "tom" : entry)
					.param("email", entry))
				.andReturn()
				.getResponse();
			assertThat(invited.getStatus()).as(entry).isLessThan(500);
			problems.addAll(XssCorpus.activeMarkup("invitee", invited.getContentAsString(StandardCharsets.UTF_8)));
			mvc.perform(post("/polls/" + poll + "/invitees").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("name", entry.isBlank() ? "tom" : entry)
				.param("email", "x" + Math.abs(entry.hashCode()) + "@example.org"));
			// a personal link of our own, to read the answer page with the corpus on it
			String token = SecretTokens.newToken();
			jdbc.sql("""
					insert into poll_link (cluster_id, invitee_id, token_hash)
					select cluster_id, id, ? from poll_invitee where poll_id = ?::uuid limit 1""")
				.params(SecretTokens.hash(token), poll)
				.update();
			for (String[] view : new String[][] { { "/polls/" + poll, "sekretariat" }, { "/polls", "admin" },
					{ "/polls/answer/" + token, null } }) {
				var request = get(view[0]);
				if (view[1] != null) {
					request.with(httpBasic(view[1], "demo"));
				}
				var response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(view[0]).isLessThan(500);
				problems.addAll(XssCorpus.activeMarkup(view[0], response.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		assertThat(problems).isEmpty();
		// no address with markup in it was stored
		assertThat(jdbc.sql("select count(*) from poll_invitee where email ~ '[<>\"]'").query(Long.class).single())
			.isZero();
	}

}
