package klynge.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.SecretTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches a poll: the secretariat's pages and API for staff only (anonymous to the
 * login page, members 403, the other cluster 404); a link answers only its own invitee's
 * row of its own poll (an option of another poll is refused, nothing saved); the demo's
 * links answer in Alrek and not for the other cluster; the answer page names no other
 * invitee and, by default, shows counts rather than names.
 */
@KlyngeIntegrationTest
class PollAccessTests {

	static final String DEMO = "da7e0000-0000-4000-8000-000000002021";

	static final String DEMO_LINK = "/polls/answer/demo-poll-2021-rs"; // Randi Skår, not
																		// answered

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousGoesToTheLoginAndMembersAreRefusedOnTheAdminPages() throws Exception {
		for (String path : List.of("/polls", "/polls/new", "/polls/" + DEMO)) {
			assertThat(mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).endsWith("/login");
			for (String member : List.of("medlem", "leder", "observator", "soker")) {
				mvc.perform(get(path).with(httpBasic(member, "demo"))).andExpect(status().isForbidden());
			}
			mvc.perform(get(path).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/polls")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/polls/{id}/results", DEMO).with(httpBasic("leder", "demo")))
			.andExpect(status().isForbidden());
		assertThat(mvc.perform(post("/polls/{id}/close", DEMO).with(csrf())).andReturn().getResponse().getStatus())
			.isIn(302, 401);
		mvc.perform(post("/polls/{id}/reminders", DEMO).with(httpBasic("medlem", "demo")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(pollStatus(DEMO)).isEqualTo("OPEN");
	}

	@Test
	void theOtherClusterFindsNeitherThePollNorItsLinks() throws Exception {
		mvc.perform(get("/polls/{id}", DEMO).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/polls/{id}", DEMO).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/polls/{id}/close", DEMO).with(httpBasic("nord", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/api/v1/polls").with(httpBasic("nord", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Møtetider høsten 2021");
		// logged in to Nord, the Alrek link is unknown
		mvc.perform(get(DEMO_LINK).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post(DEMO_LINK).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("option-da7e0101-0000-4000-8000-000000002021", "YES")).andExpect(status().isNotFound());
		assertThat(pollStatus(DEMO)).isEqualTo("OPEN");
	}

	@Test
	void aLinkAnswersOnlyForItsOwnPollAndShowsNoOtherAddressOrName() throws Exception {
		String page = mvc.perform(get(DEMO_LINK))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Møtetider høsten 2021", "Hei, Randi Skår", "Møte 1", "Møte 3",
				"Du ser bare hvor mange");
		assertThat(page).doesNotContain("@alrek.example.org", "Nina Langeland", "Bente Wold");

		// A poll of its own with one option: its id is refused on the demo link.
		String location = mvc
			.perform(post("/polls").with(httpBasic("sekretariat", "demo")).with(csrf()).param("title", "Annen"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID other = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		UUID slot = jdbc.sql("select id from poll_slot where poll_id = ?").param(other).query(UUID.class).single();
		mvc.perform(post("/polls/{id}/options", other).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("slotId", slot.toString())
			.param("date", "2031-03-03")
			.param("startsAt", "10:00")
			.param("endsAt", "11:00")).andExpect(status().is3xxRedirection());
		UUID option = jdbc.sql("select id from poll_option where poll_id = ?").param(other).query(UUID.class).single();
		mvc.perform(post(DEMO_LINK).with(csrf()).param("option-" + option, "YES"))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from poll_answer where option_id = ?")
			.param(option)
			.query(Long.class)
			.single()).isZero();
		// a link of that other poll cannot reach the demo poll's options either
		mvc.perform(post("/polls/answer/" + SecretTokens.newToken()).with(csrf())
			.param("option-da7e0101-0000-4000-8000-000000002021", "YES")).andExpect(status().isNotFound());
	}

	private String pollStatus(String poll) {
		return jdbc.sql("select status from poll where id = ?::uuid").param(poll).query(String.class).single();
	}

}
