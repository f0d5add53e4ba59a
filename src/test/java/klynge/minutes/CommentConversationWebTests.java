package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.minutes.MinutesComments.CommentOutcome;
import klynge.minutes.MinutesComments.Outcome;
import klynge.minutes.MinutesFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 14, requirement 4: a comment on draft minutes is a conversation. The commenter is
 * shown by name, organisation and time; the secretariat answers, marks it handled or
 * applies it to the draft; the commenter sees what became of it on the meeting page and
 * in {@link MinutesComments#mineWithOutcome}; another member and the other cluster cannot
 * act.
 */
@KlyngeIntegrationTest
class CommentConversationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MinutesComments comments;

	String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int post(String url, String user, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.with(httpBasic(user, "demo"))
			.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Draft minutes sent for comments, with a comment of Gunnar Yttri's (medlem). */
	record Draft(Fixture fixture, UUID minutes, UUID comment) {
	}

	Draft draftWithComment(String text) throws Exception {
		Fixture f = MinutesFixtures.fixture(jdbc, "HELD");
		assertThat(post("/items/" + f.item() + "/minutes", "sekretariat", "notes", "Drøftet grundig.", "version", "0"))
			.isEqualTo(302);
		UUID minutes = MinutesFixtures.minutesOf(jdbc, f.meeting());
		assertThat(post("/minutes/" + minutes + "/send", "sekretariat", "deadline",
				LocalDate.now().plusDays(14).toString()))
			.isEqualTo(302);
		assertThat(post("/minutes/" + minutes + "/comments", "medlem", "itemId", f.item().toString(), "text", text))
			.isEqualTo(302);
		UUID comment = jdbc.sql("select id from minutes_comment where minutes_id = ? and text = ?")
			.params(minutes, text)
			.query(UUID.class)
			.single();
		return new Draft(f, minutes, comment);
	}

	UUID gunnar() {
		return jdbc.sql("select person_id from account where username = 'medlem' and cluster_id = ?")
			.param(MinutesFixtures.ALREK)
			.query(UUID.class)
			.single();
	}

	List<CommentOutcome> outcomesOfGunnar() {
		return ClusterScope.call(MinutesFixtures.ALREK, () -> comments.mineWithOutcome(gunnar()));
	}

	@Test
	void theCommentShowsNameAndTimeAndTheSecretariatAnswersIt() throws Exception {
		Draft d = draftWithComment("Stavefeil i andre avsnitt.");
		String conversation = "/minutes/" + d.minutes() + "/comments/" + d.comment();

		String meetingPage = page("/meetings/" + d.fixture().meeting(), "sekretariat");
		assertThat(meetingPage).contains("<strong>Gunnar Yttri</strong>")
			.contains("Stavefeil i andre avsnitt.")
			.contains("href=\"" + conversation + "\"")
			.doesNotContain("<strong>medlem</strong>");
		assertThat(meetingPage)
			.containsPattern("<time datetime=\"[^\"]+\">\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d</time>");

		// another member sees the comment but may not answer, handle or apply it; the
		// other cluster does not find it; anonymous must log in
		assertThat(page(conversation, "leder")).contains("Stavefeil i andre avsnitt.").doesNotContain("reply-text");
		assertThat(post(conversation + "/replies", "leder", "text", "Jeg svarer")).isEqualTo(403);
		assertThat(post(conversation + "/handled", "leder")).isEqualTo(403);
		assertThat(post(conversation + "/apply", "leder", "notes", "x", "version", "1")).isEqualTo(403);
		assertThat(mvc.perform(get(conversation).with(httpBasic("nord", "demo"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(post(conversation + "/replies", "nord", "text", "fra nord")).isEqualTo(404);
		assertThat(post(conversation + "/handled", "nord")).isEqualTo(404);
		assertThat(mvc.perform(get(conversation)).andReturn().getResponse().getStatus()).isIn(302, 401);
		assertThat(jdbc.sql("select count(*) from minutes_comment_reply where comment_id = ?")
			.param(d.comment())
			.query(Integer.class)
			.single()).isZero();
		assertThat(outcomesOfGunnar()).filteredOn(o -> o.commentId().equals(d.comment()))
			.singleElement()
			.extracting(CommentOutcome::outcome)
			.isEqualTo(Outcome.OPEN);

		// an empty answer is refused in the user's language, beside the field
		var refused = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(conversation + "/replies")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("text", " "))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Skriv et svar.");

		assertThat(post(conversation + "/replies", "sekretariat", "text", "Rettet, takk.")).isEqualTo(302);
		String thread = page(conversation, "medlem");
		assertThat(thread).contains("Kristin Walter").contains("Rettet, takk.").contains("Besvart");
		assertThat(page("/meetings/" + d.fixture().meeting(), "medlem")).contains("Svar fra Kristin Walter:")
			.contains("Rettet, takk.")
			.contains("Besvart");
		CommentOutcome outcome = outcomesOfGunnar().stream()
			.filter(o -> o.commentId().equals(d.comment()))
			.findFirst()
			.orElseThrow();
		assertThat(outcome.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(outcome.answer().name()).isEqualTo("Kristin Walter");
		assertThat(outcome.answer().text()).isEqualTo("Rettet, takk.");
		assertThat(outcome.href()).isEqualTo(conversation);

		// the commenter may answer back
		assertThat(post(conversation + "/replies", "medlem", "text", "Takk!")).isEqualTo(302);
		// audited, with who wrote
		assertThat(jdbc.sql("select count(*) from audit_log where table_name = 'minutes_comment_reply' and actor = ?")
			.param("sekretariat")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void theSecretariatMarksACommentHandled() throws Exception {
		Draft d = draftWithComment("Mangler en deltaker på listen.");
		String conversation = "/minutes/" + d.minutes() + "/comments/" + d.comment();
		assertThat(post(conversation + "/handled", "sekretariat")).isEqualTo(302);
		assertThat(page(conversation, "medlem")).contains("Behandlet av Kristin Walter");
		assertThat(page("/meetings/" + d.fixture().meeting(), "medlem")).contains("Behandlet");
		assertThat(outcomesOfGunnar()).filteredOn(o -> o.commentId().equals(d.comment()))
			.singleElement()
			.extracting(CommentOutcome::outcome)
			.isEqualTo(Outcome.HANDLED);

		// a comment on the minutes as a whole is listed above the agenda, and cannot be
		// applied to an item's text
		assertThat(post("/minutes/" + d.minutes() + "/comments", "medlem", "text", "Fin helhet.")).isEqualTo(302);
		UUID whole = jdbc.sql("select id from minutes_comment where minutes_id = ? and item_id is null")
			.param(d.minutes())
			.query(UUID.class)
			.single();
		assertThat(page("/meetings/" + d.fixture().meeting(), "sekretariat")).contains("Til referatet som helhet")
			.contains("Fin helhet.")
			.contains("/minutes/" + d.minutes() + "/comments/" + whole);
		assertThat(post("/minutes/" + d.minutes() + "/comments/" + whole + "/apply", "sekretariat", "notes", "x",
				"version", "0"))
			.isEqualTo(422);
	}

	@Test
	void applyingACommentChangesTheDraftAndSaysSo() throws Exception {
		Draft d = draftWithComment("Skriv «vedtatt enstemmig».");
		String conversation = "/minutes/" + d.minutes() + "/comments/" + d.comment();
		String form = page(conversation + "/apply", "sekretariat");
		assertThat(HtmlUtils.htmlUnescape(form)).contains("Drøftet grundig.\n\nSkriv «vedtatt enstemmig».");
		int version = jdbc.sql("select version from item_minutes where item_id = ?")
			.param(d.fixture().item())
			.query(Integer.class)
			.single();

		assertThat(post(conversation + "/apply", "sekretariat", "notes", "Drøftet grundig. Vedtatt enstemmig.",
				"version", String.valueOf(version)))
			.isEqualTo(302);
		assertThat(jdbc.sql("select notes from item_minutes where item_id = ?")
			.param(d.fixture().item())
			.query(String.class)
			.single()).isEqualTo("Drøftet grundig. Vedtatt enstemmig.");
		assertThat(jdbc.sql("select applied_by from minutes_comment where id = ?")
			.param(d.comment())
			.query(String.class)
			.single()).isEqualTo("sekretariat");
		assertThat(page(conversation, "medlem")).contains("Førte til endring i utkastet (Kristin Walter");
		assertThat(page("/meetings/" + d.fixture().meeting(), "medlem")).contains("Førte til endring")
			.contains("Vedtatt enstemmig.");
		assertThat(outcomesOfGunnar()).filteredOn(o -> o.commentId().equals(d.comment()))
			.singleElement()
			.extracting(CommentOutcome::outcome)
			.isEqualTo(Outcome.APPLIED);

		// a stale version changes nothing and records nothing more
		assertThat(post(conversation + "/apply", "sekretariat", "notes", "gammel", "version", String.valueOf(version)))
			.isEqualTo(409);
		assertThat(jdbc.sql("select notes from item_minutes where item_id = ?")
			.param(d.fixture().item())
			.query(String.class)
			.single()).isEqualTo("Drøftet grundig. Vedtatt enstemmig.");
	}

}
