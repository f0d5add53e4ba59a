package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import klynge.KlyngeIntegrationTest;
import klynge.gates.Handlers.Handler;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requirement 3 (exempt content): the internal title of the demo's exempt item (Offl. §
 * 25) and the URLs of members-only documents reach no one who may not see them (the
 * body's facilitator included, who has no vote), in any channel: every GET endpoint
 * taking a meeting, item, minutes, case or body id (HTML, JSON, ICS, CSV as text; PDF and
 * DOCX extracted), every list endpoint, and the mail outbox once it exists.
 */
@KlyngeIntegrationTest
class ExemptLeakTests {

	static final String INTERNAL_TITLE = "Tilsetting i sekretariatet";

	static final String PUBLIC_TITLE = "Personalsak";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private Map<String, String> exemptIds;

	private Map<String, String> membersOnlyIds;

	private List<String> membersOnlyUrls;

	@BeforeEach
	void findTheDemoSecrets() {
		Map<String, String> demo = Handlers.demoIds(jdbc);
		var exempt = jdbc.sql("""
				select i.id, i.meeting_id, i.body_id from agenda_item i
				where i.cluster_id = ? and i.title = ? and i.access = 'EXEMPT'""")
			.params(Handlers.ALREK, INTERNAL_TITLE)
			.query()
			.singleRow();
		exemptIds = idsFor(demo, exempt);
		var membersOnly = jdbc.sql("""
				select i.id, i.meeting_id, i.body_id from agenda_item i join meeting m on m.id = i.meeting_id
				where i.cluster_id = ? and m.meeting_date = date '2021-06-03' and i.case_seq = 19""")
			.param(Handlers.ALREK)
			.query()
			.singleRow();
		membersOnlyIds = idsFor(demo, membersOnly);
		membersOnlyUrls = jdbc.sql("select url from item_document where item_id = ? and access = 'MEMBERS'")
			.param(membersOnly.get("id"))
			.query(String.class)
			.list();
		assertThat(membersOnlyUrls).as("the demo's members-only documents").isNotEmpty();
	}

	/**
	 * Demo ids, with the meeting, item, body, minutes, version and case of the given
	 * item.
	 */
	private Map<String, String> idsFor(Map<String, String> demo, Map<String, Object> item) {
		Map<String, String> ids = new HashMap<>(demo);
		ids.put("items", item.get("id").toString());
		ids.put("meetings", item.get("meeting_id").toString());
		ids.put("bodies", item.get("body_id").toString());
		jdbc.sql("select id from minutes where meeting_id = ?")
			.param(item.get("meeting_id"))
			.query(UUID.class)
			.optional()
			.ifPresent(minutes -> {
				ids.put("minutes", minutes.toString());
				jdbc.sql("select max(number) from minutes_version where minutes_id = ?")
					.param(minutes)
					.query(Integer.class)
					.optional()
					.ifPresent(number -> ids.put("versions", String.valueOf(number)));
			});
		jdbc.sql("select case_id from case_item where item_id = ? limit 1")
			.param(item.get("id"))
			.query(UUID.class)
			.optional()
			.ifPresent(caseId -> ids.put("cases", caseId.toString()));
		return ids;
	}

	@Test
	void theExemptItemsInternalTitleReachesNoOutsiderInAnyChannel() throws Exception {
		List<String> leaks = new ArrayList<>();
		int fetched = 0;
		for (Handler handler : Handlers.showingMeetings(mapping)) {
			String uri = Handlers.uri(handler.pattern(), exemptIds, false);
			// observator is the facilitator of the item's body: no voting seat, so no
			// exempt items (finding 13)
			for (String viewer : new String[] { null, "nord", "medlem", "observator" }) {
				String text = fetch(uri, viewer);
				fetched++;
				if (text.contains(INTERNAL_TITLE)) {
					leaks.add(uri + " as " + (viewer == null ? "anonymous" : viewer));
				}
			}
		}
		System.out.println("Exempt leak check: " + fetched + " responses");
		assertThat(leaks).as("responses showing the exempt item's internal title").isEmpty();
	}

	@Test
	void membersOnlyDocumentUrlsReachNoOutsiderInAnyChannel() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (Handler handler : Handlers.showingMeetings(mapping)) {
			String uri = Handlers.uri(handler.pattern(), membersOnlyIds, false);
			for (String viewer : new String[] { null, "nord", "medlem" }) {
				String text = fetch(uri, viewer);
				for (String url : membersOnlyUrls) {
					if (text.contains(url)) {
						leaks.add(uri + " as " + (viewer == null ? "anonymous" : viewer) + " shows " + url);
					}
				}
			}
		}
		assertThat(leaks).as("responses showing members-only document URLs").isEmpty();
	}

	@Test
	void theChecksCanFailTheSecretariatSeesBoth() throws Exception {
		String meeting = fetch("/meetings/" + exemptIds.get("meetings"), "sekretariat");
		assertThat(meeting).contains(INTERNAL_TITLE);
		String anonymous = fetch("/meetings/" + exemptIds.get("meetings"), null);
		assertThat(anonymous).contains(PUBLIC_TITLE).doesNotContain(INTERNAL_TITLE);
		String items = fetch("/api/v1/meetings/" + membersOnlyIds.get("meetings") + "/items", "sekretariat");
		assertThat(items).contains(membersOnlyUrls.getFirst());
	}

	@Test
	void theMailOutboxSendsTheInternalTitleOnlyToMembers() throws Exception {
		// Cause mail about an exempt item: a new meeting of the same body with an exempt
		// item whose
		// internal title contains the demo's, summoned through the application, with an
		// outsider
		// (a person with no seat in the body) summoned next to a member.
		String outsider = "utenfor-" + UUID.randomUUID() + "@example.org";
		UUID meeting = summonedMeetingWithAnExemptItem(outsider);
		List<Map<String, Object>> summons = Eventually.value("the summons mails of the new meeting",
				() -> jdbc.sql("select recipient, body from mail_outbox where idempotency_key like ?")
					.param("summons:" + meeting + ":%")
					.query()
					.listOfRows(),
				rows -> rows.size() >= 2);
		assertThat(summons).as("the outsider was mailed about the exempt item (its agenda line names the legal basis)")
			.anySatisfy(row -> assertThat(row.get("recipient")).isEqualTo(outsider))
			.allSatisfy(row -> assertThat(row.get("body").toString()).contains("(Offl. § 25)"));
		// Addresses of the people and accounts who may read the exempt item: members of
		// its body with
		// a vote, its secretariat, staff (not observers, the facilitator or deputies:
		// finding 13).
		List<String> insiders = jdbc.sql("""
				select lower(p.email) from membership ms join person p on p.id = ms.person_id
				where ms.body_id = ?::uuid and p.email is not null
				  and ms.role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'SECRETARIAT')
				union select lower(a.email) from account a
				where a.cluster_id = ? and (a.administrator or a.secretariat)""")
			.params(exemptIds.get("bodies"), Handlers.ALREK)
			.query(String.class)
			.list();
		List<String> leaks = new ArrayList<>();
		for (Map<String, Object> row : jdbc.sql("select * from mail_outbox").query().listOfRows()) {
			StringBuilder text = new StringBuilder();
			String recipient = "";
			for (var column : row.entrySet()) {
				Object value = column.getValue();
				if (value instanceof byte[] bytes) {
					text.append(ResponseText.of(null, bytes));
				}
				else if (value != null) {
					text.append(value).append('\n');
					String name = column.getKey().toLowerCase();
					if (name.contains("recipient") || name.equals("to") || name.startsWith("to_")) {
						recipient += value.toString().toLowerCase();
					}
				}
			}
			String to = recipient;
			boolean insider = !to.isEmpty() && insiders.stream().anyMatch(to::contains);
			if (!insider && text.indexOf(INTERNAL_TITLE) >= 0) {
				leaks.add("outbox row " + row.get("id") + " to " + to);
			}
		}
		assertThat(leaks).isEmpty();
	}

	/**
	 * A planned meeting of the exempt item's body, summoned by the secretariat; returns
	 * its id.
	 */
	private UUID summonedMeetingWithAnExemptItem(String outsider) throws Exception {
		UUID body = UUID.fromString(exemptIds.get("bodies"));
		LocalDate day = TestYears.uniqueDay();
		UUID meeting = jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, address)
				values (?, ?, ?, '10:00', '12:00', 'Årstadveien 17') returning id""")
			.params(Handlers.ALREK, body, day)
			.query(UUID.class)
			.single();
		UUID member = jdbc.sql("""
				select ms.person_id from membership ms join person p on p.id = ms.person_id
				where ms.body_id = ? and p.email is not null and ms.role = 'MEMBER' limit 1""")
			.param(body)
			.query(UUID.class)
			.single();
		UUID stranger = jdbc.sql("insert into person (cluster_id, name, code, email) values (?, ?, ?, ?) returning id")
			.params(Handlers.ALREK, "Utenforstående " + day,
					"ZX" + ThreadLocalRandom.current()
						.ints(4, 'A', 'Z' + 1)
						.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append),
					outsider)
			.query(UUID.class)
			.single();
		int order = 0;
		for (UUID person : List.of(member, stranger)) {
			jdbc.sql("""
					insert into attendance (cluster_id, meeting_id, section, person_id, summoned, sort_order)
					values (?, ?, 'MEMBER', ?, true, ?)""").params(Handlers.ALREK, meeting, person, order++).update();
		}
		jdbc.sql(
				"""
						insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
						                         exemption_basis, public_title)
						values (?, ?, ?, 1, ?, 1, 'DECISION', ?, 'EXEMPT', 'Offl. § 25', ?)""")
			.params(Handlers.ALREK, meeting, body, day.getYear(), INTERNAL_TITLE + " (ny runde)", PUBLIC_TITLE)
			.update();
		mvc.perform(post("/meetings/{id}/status", meeting).param("confirm", "true")
			.with(user(users.loadUserByUsername("sekretariat")))
			.with(csrf())
			.param("target", "SUMMONED")).andExpect(status().is3xxRedirection());
		return meeting;
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
