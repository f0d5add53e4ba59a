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
 * Flow gates (issue 9): restricted content followed from where it enters to every place
 * it comes out. Refer → pull → summon → hold: an exempt item without a public title and a
 * members-only item of Styringsgruppen are referred to Partnermøtet (with a case the
 * secretariat opened on the exempt one), pulled into a meeting, summoned and held. Amend:
 * approved minutes of an exempt item are amended with a reason. Then every GET endpoint
 * about the meetings, items, minutes, cases and bodies involved (HTML, JSON, ICS; summons
 * and minutes PDF via PDFBox, DOCX via POI), the personal calendar feed and the mail
 * outbox are read as anonymous, the other cluster (nord), a non-member (soker) and the
 * bodies' facilitator (observator), who does not see exempt items.
 */
@KlyngeIntegrationTest
class ReferralFlowLeakTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	static final String[] OUTSIDERS = { null, "nord", "soker" };

	@Test
	void referPullSummonHoldKeepsExemptAndMembersOnlyMattersFromOutsiders() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String exemptTitle = "Flyt-unntatt omorganisering " + tag;
		String caseTitle = "Flyt-saksmappe personal " + tag;
		String exemptNote = "Flyt-oversendt begrunnelse " + tag;
		String membersTitle = "Flyt-medlemssak budsjett " + tag;
		String membersNote = "Flyt-medlemsnotat " + tag;
		List<String> exemptSecrets = List.of(exemptTitle, caseTitle, exemptNote);
		List<String> allSecrets = List.of(exemptTitle, caseTitle, exemptNote, membersTitle, membersNote);

		UUID sg = body("Styringsgruppen");
		UUID pm = body("Partnermøtet");
		LocalDate day = LocalDate.now().plusDays(40 + Math.abs(tag.hashCode() % 200));
		UUID sgMeeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id")
			.params(Handlers.ALREK, sg, day.minusDays(20))
			.query(UUID.class)
			.single();
		UUID exempt = item(sgMeeting, sg, 1, exemptTitle, "EXEMPT", "Offl. § 25");
		UUID membersOnly = item(sgMeeting, sg, 2, membersTitle, "MEMBERS", null);

		// the secretariat opens a case on the exempt item, then refers both matters to
		// Partnermøtet
		UUID caseId = created(
				api(post("/api/v1/cases"), "{\"itemId\":\"%s\",\"title\":\"%s\"}".formatted(exempt, caseTitle)));
		UUID exemptReferral = created(api(post("/api/v1/referrals"), """
				{"fromItemId":"%s","referral":{"toBodyId":"%s","description":"%s"}}""".formatted(exempt, pm,
				exemptNote)));
		created(api(post("/api/v1/referrals"), """
				{"fromItemId":"%s","referral":{"toBodyId":"%s","description":"%s"}}""".formatted(membersOnly, pm,
				membersNote)));

		// the backlog: the facilitator of Partnermøtet reads it, but not the exempt
		// matter; a voting member does
		List<String> leaks = new ArrayList<>();
		for (String uri : List.of("/bodies/" + pm + "/backlog", "/api/v1/bodies/" + pm + "/backlog")) {
			String backlog = fetch(uri, "observator");
			assertThat(backlog).contains(membersTitle);
			check(uri, "observator", backlog, exemptSecrets, leaks);
		}
		assertThat(fetch("/bodies/" + pm + "/backlog", "medlem")).contains(exemptTitle, exemptNote);

		// planned through the API (summons list from the members), the entries pulled in,
		// summoned, held
		UUID pmMeeting = created(
				api(post("/api/v1/meetings"), "{\"bodyId\":\"%s\",\"meetingDate\":\"%s\"}".formatted(pm, day)));
		UUID pulledExempt = pull(pm, pmMeeting, exempt);
		UUID pulledMembers = pull(pm, pmMeeting, membersOnly);
		for (String target : new String[] { "SUMMONED", "HELD" }) {
			MockHttpServletResponse moved = mvc
				.perform(post("/meetings/" + pmMeeting + "/status").param("confirm", "true")
					.param("target", target)
					.with(csrf())
					.with(user(users.loadUserByUsername("sekretariat"))))
				.andReturn()
				.getResponse();
			assertThat(moved.getStatus()).as("meeting to " + target).isEqualTo(302);
		}
		assertThat(
				jdbc.sql("select case_id from referral where id = ?").param(exemptReferral).query(UUID.class).single())
			.as("the held meeting joined the referral to the secretariat's case")
			.isEqualTo(caseId);
		UUID membersCase = jdbc.sql("select case_id from case_item where item_id = ?")
			.param(pulledMembers)
			.query(UUID.class)
			.single();

		// the checks can fail: insiders read what outsiders must not
		String staffPage = fetch("/meetings/" + pmMeeting, "sekretariat");
		assertThat(staffPage).contains(exemptTitle, caseTitle, membersTitle);
		String memberPage = fetch("/meetings/" + pmMeeting, "medlem");
		assertThat(memberPage).contains(exemptTitle, membersTitle);
		assertThat(fetch("/meetings/" + pmMeeting, "observator")).contains(membersTitle);
		assertThat(fetch("/meetings/" + sgMeeting, "sekretariat")).contains(exemptNote, membersNote);

		Map<String, String> pmIds = ids(pmMeeting, pulledExempt, pm, caseId);
		Map<String, String> sgIds = ids(sgMeeting, exempt, sg, caseId);
		Map<String, String> membersIds = ids(pmMeeting, pulledMembers, pm, membersCase);
		for (Handler handler : Handlers.showingMeetings(mapping)) {
			for (Map<String, String> ids : List.of(pmIds, sgIds, membersIds)) {
				String uri = Handlers.uri(handler.pattern(), ids, false);
				if (ids == membersIds && !Handlers.takes(handler.pattern(), "items", "cases")) {
					continue; // the same meeting and body as pmIds
				}
				for (String viewer : OUTSIDERS) {
					check(uri, viewer, fetch(uri, viewer), allSecrets, leaks);
				}
				check(uri, "observator", fetch(uri, "observator"), exemptSecrets, leaks);
			}
		}
		// the personal calendar feed of the facilitator, who is summoned (applicants have
		// no feed)
		String feed = fetch("/calendar/feed/" + calendarToken("observator") + ".ics", null);
		assertThat(feed).contains("BEGIN:VCALENDAR");
		check("/calendar/feed/{token}.ics", "observator", feed, exemptSecrets, leaks);
		assertThat(leaks).as("restricted titles and descriptions reaching outsiders").isEmpty();
		assertThat(outboxRowsShowing(pm, exemptSecrets, List.of(membersTitle, membersNote)))
			.as("mails showing restricted content to someone who may not read it")
			.isEmpty();
		assertThat(outboxRowsFor(pmMeeting)).as("the summons went out, so the outbox was read").isPositive();
		// the pulled item says who may see it
		assertThat(memberPage).contains("Synlig for: sekretariatet og medlemmer med stemmerett i Partnermøtet");
	}

	@Test
	void anAmendedExemptItemKeepsItsReasonAndEveryUsernameFromOthers() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String reason = "Flyt-rettelsesgrunn personalsak " + tag;
		UUID sg = body("Styringsgruppen");
		UUID meeting = jdbc
			.sql("""
					insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id""")
			.params(Handlers.ALREK, sg, TestYears.uniqueDay())
			.query(UUID.class)
			.single();
		UUID open = item(meeting, sg, 1, "Flyt-åpen sak " + tag, "PUBLIC", null);
		UUID exempt = item(meeting, sg, 2, "Flyt-unntatt sak " + tag, "EXEMPT", "Offl. § 25");
		for (UUID item : List.of(open, exempt)) {
			MockHttpServletResponse written = mvc
				.perform(post("/items/" + item + "/minutes").param("notes", "Drøftet.")
					.param("version", "0")
					.with(csrf())
					.with(user(users.loadUserByUsername("sekretariat"))))
				.andReturn()
				.getResponse();
			assertThat(written.getStatus()).isEqualTo(302);
		}
		UUID minutes = jdbc.sql("select id from minutes where meeting_id = ?")
			.param(meeting)
			.query(UUID.class)
			.single();
		api(post("/api/v1/minutes/" + minutes + "/send"), "{\"deadline\":\"" + LocalDate.now().plusDays(14) + "\"}");
		api(post("/api/v1/minutes/" + minutes + "/approve").param("beforeDeadline", "true"), ""); // approved
																									// before
																									// the
																									// deadline:
																									// said
																									// explicitly
		int version = jdbc.sql("select version from item_minutes where item_id = ?")
			.param(exempt)
			.query(Integer.class)
			.single();
		MockHttpServletResponse amended = api(post("/api/v1/minutes/" + minutes + "/amend"),
				"{\"itemId\":\"%s\",\"notes\":\"Drøftet, rettet.\",\"version\":%d,\"reason\":\"%s\"}".formatted(exempt,
						version, reason));
		assertThat(amended.getStatus()).isEqualTo(201);
		int number = jdbc.sql("select max(number) from minutes_version where minutes_id = ?")
			.param(minutes)
			.query(Integer.class)
			.single();

		List<String> reads = List.of("/api/v1/minutes/" + minutes + "/versions", "/minutes/" + minutes + "/versions",
				"/api/v1/minutes/" + minutes + "/versions/" + number, "/minutes/" + minutes + "/versions/" + number,
				"/minutes/" + minutes + "/versions/compare?a=" + (number - 1) + "&b=" + number, "/meetings/" + meeting,
				"/meetings/" + meeting + "/minutes.pdf", "/meetings/" + meeting + "/minutes.docx");
		assertThat(fetch(reads.getFirst(), "sekretariat")).contains(reason).contains("\"sekretariat\"");
		List<String> leaks = new ArrayList<>();
		for (String uri : reads) {
			for (String viewer : new String[] { null, "nord", "soker", "observator", "medlem" }) {
				String text = fetch(uri, viewer);
				check(uri, viewer, text, List.of(reason), leaks);
				if (text.contains("sekretariat\"") || text.contains("(sekretariat)")) {
					leaks.add(uri + " as " + (viewer == null ? "anonymous" : viewer) + " shows the staff username");
				}
			}
		}
		assertThat(leaks).as("amendment reasons and usernames reaching others").isEmpty();
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

	private UUID item(UUID meeting, UUID body, int position, String title, String access, String basis) {
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
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
					                         exemption_basis)
					values (?, ?, ?, ?, ?, ?, 'DECISION', ?, ?, ?) returning id""")
			.params(Handlers.ALREK, meeting, body, position, year, seq, title, access, basis)
			.query(UUID.class)
			.single();
	}

	private UUID pull(UUID body, UUID meeting, UUID fromItem) throws Exception {
		UUID entry = jdbc.sql("""
				select b.id from backlog_entry b join referral r on r.id = b.referral_id
				where r.from_item_id = ? and b.body_id = ?""").params(fromItem, body).query(UUID.class).single();
		MockHttpServletResponse pulled = mvc
			.perform(post("/bodies/" + body + "/backlog/pull").param("entryId", entry.toString())
				.param("meetingId", meeting.toString())
				.with(csrf())
				.with(user(users.loadUserByUsername("sekretariat"))))
			.andReturn()
			.getResponse();
		assertThat(pulled.getStatus()).as("pull").isEqualTo(302);
		return jdbc.sql("select scheduled_item_id from backlog_entry where id = ?")
			.param(entry)
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

	/**
	 * Demo ids, with the given meeting, item, body and case (and the meeting's minutes if
	 * any).
	 */
	private Map<String, String> ids(UUID meeting, UUID item, UUID body, UUID caseId) {
		Map<String, String> ids = new HashMap<>(Handlers.demoIds(jdbc));
		ids.put("meetings", meeting.toString());
		ids.put("items", item.toString());
		ids.put("bodies", body.toString());
		ids.put("cases", caseId.toString());
		jdbc.sql("select id from minutes where meeting_id = ?")
			.param(meeting)
			.query(UUID.class)
			.optional()
			.ifPresent(minutes -> ids.put("minutes", minutes.toString()));
		return ids;
	}

	private String calendarToken(String username) throws Exception {
		var result = mvc.perform(post("/calendar/token").with(csrf()).with(user(users.loadUserByUsername(username))))
			.andReturn();
		Object token = result.getFlashMap() == null ? null : result.getFlashMap().get("token");
		assertThat(token).as("a calendar token for " + username).isNotNull();
		return token.toString();
	}

	/**
	 * Mails (text or attachment) showing restricted content to someone who may not read
	 * it. Mail is written for its recipient: members-only matters may go to everyone on
	 * the body, exempt ones to its voting members and secretariat (everyone on it where
	 * the body opened them to observers), and both to staff; nothing to anyone else.
	 */
	private List<String> outboxRowsShowing(UUID body, List<String> exemptSecrets, List<String> membersSecrets) {
		String readers = """
				select lower(p.email) from membership ms join person p on p.id = ms.person_id
				where ms.body_id = ? and p.email is not null and (? or ms.role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'SECRETARIAT'))
				union select lower(a.email) from membership ms join account a on a.person_id = ms.person_id
				where ms.body_id = ? and a.email is not null and (? or ms.role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'SECRETARIAT'))
				union select lower(a.email) from account a where a.cluster_id = ? and (a.administrator or a.secretariat)
				  and a.email is not null""";
		boolean open = jdbc.sql("select observers_see_exempt from body where id = ?")
			.param(body)
			.query(Boolean.class)
			.single();
		List<String> exemptReaders = jdbc.sql(readers)
			.params(body, open, body, open, Handlers.ALREK)
			.query(String.class)
			.list();
		List<String> memberReaders = jdbc.sql(readers)
			.params(body, true, body, true, Handlers.ALREK)
			.query(String.class)
			.list();
		List<String> rows = new ArrayList<>();
		for (Map<String, Object> row : jdbc
			.sql("""
					select o.id, o.recipient, o.subject || E'\\n' || o.body as text, null as content_type, null::bytea as content
					from mail_outbox o
					union all
					select o.id, o.recipient, null, a.content_type, a.content from mail_attachment a join mail_outbox o on o.id = a.mail_id""")
			.query()
			.listOfRows()) {
			String text = row.get("text") != null ? row.get("text").toString()
					: ResponseText.of((String) row.get("content_type"), (byte[]) row.get("content"));
			String to = String.valueOf(row.get("recipient")).toLowerCase();
			exemptSecrets.stream()
				.filter(text::contains)
				.filter(secret -> !exemptReaders.contains(to))
				.forEach(secret -> rows.add(row.get("id") + " to " + to + ": " + secret));
			membersSecrets.stream()
				.filter(text::contains)
				.filter(secret -> !memberReaders.contains(to))
				.forEach(secret -> rows.add(row.get("id") + " to " + to + ": " + secret));
		}
		return rows;
	}

	private int outboxRowsFor(UUID meeting) {
		return jdbc.sql("select count(*) from mail_outbox where idempotency_key like ?")
			.param("%" + meeting + "%")
			.query(Integer.class)
			.single();
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
