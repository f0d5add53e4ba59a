package klynge.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.Clusters;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import klynge.shared.SecretTokens;
import klynge.shared.TestYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A date poll end to end with GreenMail: the secretariat creates it for a body (members
 * and deputies invited) and adds a guest by e-mail, proposes times, invites; an invitee
 * answers through the link without an account and changes the answer; the matrix counts;
 * reminders go to those who have not answered and never twice a day (button and daily job
 * alike); closing makes the meetings with the body's summons list and mails every invitee
 * an ICS invitation; after that an answer is refused kindly (409) and nothing changes.
 * The link's token is in no page, outbox row or audit row.
 */
@KlyngeIntegrationTest
class PollFlowTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/polls/answer/([A-Za-z0-9_-]{43}))");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PollReminders reminders;

	@Autowired
	Clusters clusters;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void inviteAnswerChangeRemindAndCloseIntoMeetingsWithCalendarInvitations() throws Exception {
		String title = "Møtetider test " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		UUID body = body("Styringsgruppen");
		String location = mvc
			.perform(post("/polls").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("bodyId", body.toString())
				.param("title", title)
				.param("description", "To møter i vår")
				.param("answerBy", today.plusDays(1).toString())
				.param("meetings", "2"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID poll = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		List<UUID> slots = jdbc.sql("select id from poll_slot where poll_id = ? order by sort_order")
			.param(poll)
			.query(UUID.class)
			.list();
		assertThat(slots).hasSize(2);
		List<String> members = jdbc.sql("select email from poll_invitee where poll_id = ? order by email")
			.param(poll)
			.query(String.class)
			.list();
		assertThat(members).isNotEmpty();

		// Options: two for each meeting (days of a year of their own), and a guest by
		// e-mail.
		LocalDate first = TestYears.uniqueDay(), second = TestYears.uniqueDay();
		for (int i = 0; i < 2; i++) {
			LocalDate day = i == 0 ? first : second;
			for (LocalDate option : List.of(day, day.plusDays(7))) {
				staff(post("/polls/{id}/options", poll).param("slotId", slots.get(i).toString())
					.param("date", option.toString())
					.param("startsAt", "14:00")
					.param("endsAt", "15:30"));
			}
		}
		String guest = "gjest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		staff(post("/polls/{id}/invitees", poll).param("name", "Gjest Gjestesen").param("email", guest));
		// the same address twice: a clear 422, nothing added
		mvc.perform(post("/polls/{id}/invitees", poll).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Gjest igjen")
			.param("email", guest.toUpperCase())).andExpect(status().isUnprocessableContent());

		// Invitations: one mail with a personal link to every invitee.
		staff(post("/polls/{id}/invitations", poll));
		Map<String, List<String>> links = linksByRecipient(title);
		assertThat(links.keySet()).contains(guest).containsAll(members);
		assertThat(links.values()).allSatisfy(list -> assertThat(list).hasSize(1));
		String link = links.get(guest).getFirst();

		// The guest opens the link without an account: the options, no other address.
		String page = mvc.perform(get(link).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(title, "Hei, Gjest Gjestesen", "Lagre svaret", "Du ser bare hvor mange");
		for (String member : members) {
			assertThat(page).doesNotContain(member);
		}
		Map<UUID, UUID> options = optionsBySlotFirst(poll);
		List<UUID> all = jdbc.sql("select id from poll_option where poll_id = ? order by option_date")
			.param(poll)
			.query(UUID.class)
			.list();
		assertThat(all).hasSize(4);

		// Answer, then change one answer.
		mvc.perform(post(link).with(csrf())
			.param("option-" + all.get(0), "YES")
			.param("option-" + all.get(1), "NO")
			.param("option-" + all.get(2), "IF_NEED_BE")).andExpect(status().is3xxRedirection());
		assertThat(answers(poll, guest)).containsEntry(all.get(0), "YES")
			.containsEntry(all.get(1), "NO")
			.containsEntry(all.get(2), "IF_NEED_BE")
			.doesNotContainKey(all.get(3));
		mvc.perform(post(link).with(csrf()).param("option-" + all.get(1), "YES").param("option-" + all.get(3), "YES"))
			.andExpect(status().is3xxRedirection());
		assertThat(answers(poll, guest)).containsEntry(all.get(0), "YES")
			.containsEntry(all.get(1), "YES")
			.containsEntry(all.get(3), "YES");
		assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("checked");
		// a garbled answer: 422, the saved answer stays
		mvc.perform(post(link).with(csrf()).param("option-" + all.get(0), "MAYBE"))
			.andExpect(status().isUnprocessableContent());
		assertThat(answers(poll, guest)).containsEntry(all.get(0), "YES");

		// The matrix: the guest's symbols with words, counts, the others not answered.
		String matrix = body(get("/polls/{id}", poll), "sekretariat");
		assertThat(matrix).contains("Gjest Gjestesen", "✓", "ja", "ikke svart", "om nødvendig", "★ beste");
		String results = body(get("/api/v1/polls/{id}/results", poll), "sekretariat");
		assertThat(results).contains("\"answered\":1", "\"best\":true");

		// Reminders: to every invitee but the guest; not twice a day; the job likewise,
		// and again on the next day.
		staff(post("/polls/{id}/reminders", poll));
		Map<String, List<String>> reminded = linksByRecipient(title);
		assertThat(reminded.keySet()).containsExactlyInAnyOrderElementsOf(members);
		staff(post("/polls/{id}/reminders", poll));
		assertThat(reminders.remind(clusters.get(ALREK), today)).isZero();
		assertThat(linksByRecipient(title)).isEmpty();
		reminders.remind(clusters.get(ALREK), today.plusDays(1));
		assertThat(linksByRecipient(title).keySet()).containsExactlyInAnyOrderElementsOf(members);
		// the first link still opens the page after the reminders
		mvc.perform(get(links.get(members.getFirst()).getFirst())).andExpect(status().isOk());

		// Close: each slot's chosen option becomes a meeting of the body with its summons
		// list, and every invitee gets one calendar invitation per meeting.
		mvc.perform(post("/polls/{id}/close", poll).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("slot-" + slots.get(0), all.get(0).toString())).andExpect(status().isUnprocessableContent());
		staff(post("/polls/{id}/close", poll).param("slot-" + slots.get(0), all.get(0).toString())
			.param("slot-" + slots.get(1), all.get(3).toString()));
		List<UUID> meetings = jdbc.sql("select meeting_id from poll_slot where poll_id = ? order by sort_order")
			.param(poll)
			.query(UUID.class)
			.list();
		assertThat(meetings).doesNotContainNull().hasSize(2);
		assertThat(jdbc.sql("select meeting_date from meeting where id = ?")
			.param(meetings.get(0))
			.query(LocalDate.class)
			.single()).isEqualTo(first);
		assertThat(jdbc.sql("select meeting_date from meeting where id = ?")
			.param(meetings.get(1))
			.query(LocalDate.class)
			.single()).isEqualTo(second.plusDays(7));
		assertThat(jdbc.sql("select count(*) from attendance where meeting_id = ?")
			.param(meetings.get(0))
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("select status from poll where id = ?").param(poll).query(String.class).single())
			.isEqualTo("CLOSED");
		Map<String, List<String>> calendars = calendarsByRecipient(title);
		assertThat(calendars.keySet()).contains(guest).containsAll(members);
		assertThat(calendars.get(guest)).hasSize(2)
			.allSatisfy(ics -> assertThat(ics).contains("METHOD:REQUEST", "TZID=Europe/Oslo", "ATTENDEE",
					"mailto:" + guest));
		assertThat(String.join("\n", calendars.get(guest))).contains("UID:" + meetings.get(0) + "@klynge",
				"UID:" + meetings.get(1) + "@klynge");

		// After closing: an answer is refused kindly, shown back, nothing changes.
		String refused = mvc.perform(post(link).with(csrf()).param("option-" + all.get(0), "NO"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("ble lukket før svaret ditt kom fram", "Møte 1");
		assertThat(answers(poll, guest)).containsEntry(all.get(0), "YES");
		assertThat(body(get(link), null)).contains("Avstemningen er lukket");
		mvc.perform(post("/api/v1/polls/{id}/options", poll).with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slotId\":\"" + slots.get(0) + "\",\"date\":\"" + first
					+ "\",\"startsAt\":\"09:00\",\"endsAt\":\"10:00\"}"))
			.andExpect(status().isConflict());

		// The tokens: in no page, outbox row or audit row; the outbox hides the link.
		String token = link.substring(link.lastIndexOf('/') + 1);
		String outbox = jdbc.sql("select coalesce(string_agg(body, ' '), '') from mail_outbox")
			.query(String.class)
			.single();
		String audit = jdbc
			.sql("select coalesce(string_agg(before::text || ' ' || after::text, ' '), '') from audit_log")
			.query(String.class)
			.single();
		assertThat(outbox).doesNotContain(token).contains("[lenke skjult]");
		assertThat(audit).doesNotContain(token).doesNotContain(SecretTokens.hash(token));
		assertThat(matrix).doesNotContain(token);
		assertThat(body(get("/api/v1/polls/{id}", poll), "sekretariat")).doesNotContain(token);
	}

	@Test
	void badInputIsAClearMessageNotA500() throws Exception {
		mvc.perform(post("/polls").with(httpBasic("sekretariat", "demo")).with(csrf()).param("title", " "))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/polls").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("title", "Ok")
			.param("meetings", "9")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/polls").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("title", "Ok")
			.param("answerBy", "not-a-date")).andExpect(status().isUnprocessableContent());
		String location = mvc
			.perform(post("/polls").with(httpBasic("sekretariat", "demo")).with(csrf()).param("title", "Uten organ"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID poll = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		UUID slot = jdbc.sql("select id from poll_slot where poll_id = ?").param(poll).query(UUID.class).single();
		String refused = mvc
			.perform(post("/polls/{id}/options", poll).with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("slotId", slot.toString())
				.param("date", "2031-05-05")
				.param("startsAt", "15:00")
				.param("endsAt", "14:00"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Sluttiden må være etter starttiden", "2031-05-05");
		mvc.perform(post("/polls/{id}/invitees", poll).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "X")
			.param("email", "not an address")).andExpect(status().isUnprocessableContent());
		// invitations with no options: refused; closing a poll without a body: refused
		mvc.perform(post("/polls/{id}/invitations", poll).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/polls/{id}/close", poll).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/polls").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\"}")).andExpect(status().is4xxClientError());
	}

	@Test
	void anUnknownOrGarbledLinkIsAKind404() throws Exception {
		for (String token : List.of("x", "not-a-real-token", "A".repeat(43), "a".repeat(500))) {
			String page = mvc.perform(get("/polls/answer/" + token))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("Vi finner ikke denne lenken");
			mvc.perform(post("/polls/answer/" + token).with(csrf()).param("option-x", "YES"))
				.andExpect(status().isNotFound());
		}
	}

	// --- helpers ---

	private void staff(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(httpBasic("sekretariat", "demo")).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(user == null ? request : request.with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID body(String name) {
		return jdbc.sql("""
				select b.id from body b join body_name n on n.body_id = b.id
				where b.cluster_id = ? and n.name = ? order by n.valid_from desc limit 1""")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	private Map<UUID, UUID> optionsBySlotFirst(UUID poll) {
		Map<UUID, UUID> first = new HashMap<>();
		jdbc.sql("select slot_id, id from poll_option where poll_id = ? order by option_date")
			.param(poll)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.forEach(e -> first.putIfAbsent(e.getKey(), e.getValue()));
		return first;
	}

	private Map<UUID, String> answers(UUID poll, String email) {
		Map<UUID, String> answers = new HashMap<>();
		jdbc.sql("""
				select a.option_id, a.answer from poll_answer a join poll_invitee i on i.id = a.invitee_id
				where i.poll_id = ? and i.email = ?""")
			.params(poll, email)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> answers.put(e.getKey(), e.getValue()));
		return answers;
	}

	/** The links of this poll's mails sent since the last call, by recipient. */
	private Map<String, List<String>> linksByRecipient(String title) throws Exception {
		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		greenMail.purgeEmailFromAllMailboxes();
		Map<String, List<String>> links = new TreeMap<>();
		for (MimeMessage mail : sent) {
			if (!mail.getSubject().contains(title)) {
				continue;
			}
			Matcher matcher = LINK.matcher(text(mail));
			assertThat(matcher.find()).as("a link in the mail to %s", MailMarker.to(mail)).isTrue();
			links.computeIfAbsent(MailMarker.to(mail), to -> new ArrayList<>()).add(matcher.group(1));
		}
		return links;
	}

	/**
	 * The calendar files of the "date chosen" mails since the last call, by recipient.
	 */
	private Map<String, List<String>> calendarsByRecipient(String title) throws Exception {
		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		greenMail.purgeEmailFromAllMailboxes();
		Map<String, List<String>> files = new TreeMap<>();
		for (MimeMessage mail : sent) {
			if (!text(mail).contains(title)) {
				continue;
			}
			List<String> found = new ArrayList<>();
			calendars(mail, found);
			assertThat(found).as("an invitation.ics in the mail to %s", MailMarker.to(mail)).hasSize(1);
			files.computeIfAbsent(MailMarker.to(mail), to -> new ArrayList<>()).addAll(found);
		}
		return files;
	}

	private static void calendars(Part part, List<String> found) throws Exception {
		if (part.getContent() instanceof MimeMultipart multi) {
			for (int i = 0; i < multi.getCount(); i++) {
				calendars(multi.getBodyPart(i), found);
			}
		}
		else if ("invitation.ics".equals(part.getFileName())) {
			found.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static String text(Part part) throws Exception {
		if (part.getContent() instanceof MimeMultipart multi) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multi.getCount(); i++) {
				text.append(text(multi.getBodyPart(i)));
			}
			return text.toString();
		}
		return part.isMimeType("text/plain") ? part.getContent().toString() : "";
	}

}
