package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.gates.Handlers.Handler;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 11, requirement 10: while minutes are out for comment, nothing they record is
 * public — not the notes, and not the follow-up ("KW følger opp saken.") or the referral
 * text entered with them. Every GET endpoint about the meeting, its item, minutes, case
 * and body (HTML, JSON, ICS, PDF, DOCX) and the follow-up API are read as anonymous, the
 * other cluster (nord) and a logged-in non-member (soker); a member of the body reads
 * them, and once the minutes are approved so does everyone.
 */
@KlyngeIntegrationTest
class UnapprovedMinutesLeakTests {

	static final String[] OUTSIDERS = { null, "nord", "soker" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void followUpsAndReferralsOfMinutesOutForCommentAreNotPublic() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String followUpText = "Kommentar-oppfølging budsjett " + tag;
		String referralText = "Kommentar-oversendelse budsjett " + tag;
		UUID pm = body("Partnermøtet");
		UUID sg = body("Styringsgruppen");
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id")
			.params(Handlers.ALREK, pm, TestYears.uniqueDay())
			.query(UUID.class)
			.single();
		UUID item = item(meeting, pm, "Kommentar-sak " + tag);

		MockHttpServletResponse written = mvc
			.perform(post("/items/" + item + "/minutes").param("notes", "Drøftet.")
				.param("version", "0")
				.with(csrf())
				.with(user(users.loadUserByUsername("sekretariat"))))
			.andReturn()
			.getResponse();
		assertThat(written.getStatus()).isEqualTo(302);
		UUID followUp = created(api(post("/api/v1/followups"),
				"{\"itemId\":\"%s\",\"ownerCode\":\"KW\",\"description\":\"%s\"}".formatted(item, followUpText)));
		created(api(post("/api/v1/referrals"), """
				{"fromItemId":"%s","referral":{"toBodyId":"%s","description":"%s"}}""".formatted(item, sg,
				referralText)));
		UUID minutes = jdbc.sql("select id from minutes where meeting_id = ?")
			.param(meeting)
			.query(UUID.class)
			.single();
		api(post("/api/v1/minutes/" + minutes + "/send"), "{\"deadline\":\"" + LocalDate.now().plusDays(14) + "\"}");
		assertThat(jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
			.isEqualTo("MINUTES_FOR_COMMENT");

		// a member of the body reads the minutes out for comment with all they record
		assertThat(fetch("/meetings/" + meeting, "medlem")).contains(followUpText, referralText);

		List<String> secrets = List.of(followUpText, referralText);
		List<String> leaks = new ArrayList<>();
		List<String> uris = new ArrayList<>(List.of("/api/v1/followups", "/api/v1/followups/" + followUp,
				"/api/v1/followups?bodyId=" + pm, "/followups/mine"));
		Map<String, String> ids = ids(meeting, item, pm, minutes);
		for (Handler handler : Handlers.showingMeetings(mapping)) {
			uris.add(Handlers.uri(handler.pattern(), ids, false));
		}
		for (String uri : uris) {
			for (String viewer : OUTSIDERS) {
				check(uri, viewer, fetch(uri, viewer), secrets, leaks);
			}
		}
		assertThat(leaks).as("follow-ups and referrals of unapproved minutes reaching the public").isEmpty();

		// approved: now they are public
		api(post("/api/v1/minutes/" + minutes + "/approve?beforeDeadline=true"), "");
		assertThat(fetch("/meetings/" + meeting, null)).contains(followUpText, referralText);
	}

	// --- helpers
	// --------------------------------------------------------------------------------------

	private static void check(String uri, String viewer, String text, List<String> secrets, List<String> leaks) {
		for (String secret : secrets) {
			if (text.contains(secret)) {
				leaks.add(uri + " as " + (viewer == null ? "anonymous" : viewer) + " shows \"" + secret + "\"");
			}
		}
	}

	private UUID body(String name) {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = ? order by valid_from desc limit 1")
			.params(Handlers.ALREK, name)
			.query(UUID.class)
			.single();
	}

	private UUID item(UUID meeting, UUID body, String title) {
		int year = jdbc.sql("select extract(year from meeting_date)::int from meeting where id = ?")
			.param(meeting)
			.query(Integer.class)
			.single();
		int seq = jdbc.sql("select coalesce(max(case_seq), 0) + 1 from agenda_item where body_id = ? and case_year = ?")
			.params(body, year)
			.query(Integer.class)
			.single();
		return jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, 1, ?, ?, 'DECISION', ?, 'PUBLIC') returning id""")
			.params(Handlers.ALREK, meeting, body, year, seq, title)
			.query(UUID.class)
			.single();
	}

	private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String json) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(request.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.with(user(users.loadUserByUsername("sekretariat"))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
		return response;
	}

	private static UUID created(MockHttpServletResponse response) {
		String location = response.getHeader("Location");
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private Map<String, String> ids(UUID meeting, UUID item, UUID body, UUID minutes) {
		Map<String, String> ids = new HashMap<>(Handlers.demoIds(jdbc));
		ids.put("meetings", meeting.toString());
		ids.put("items", item.toString());
		ids.put("bodies", body.toString());
		ids.put("minutes", minutes.toString());
		jdbc.sql("select case_id from case_item where item_id = ?")
			.param(item)
			.query(UUID.class)
			.optional()
			.ifPresent(caseId -> ids.put("cases", caseId.toString()));
		return ids;
	}

	private String fetch(String uri, String username) throws Exception {
		MockHttpServletRequestBuilder request = get(uri);
		if (username != null) {
			request.with(user(users.loadUserByUsername(username)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET " + uri + " as " + username).isLessThan(500);
		return ResponseText.of(response.getContentType(), response.getContentAsByteArray());
	}

}
