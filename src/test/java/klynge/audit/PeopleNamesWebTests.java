package klynge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.mail.MailOutbox;
import klynge.mail.OutgoingMail;
import klynge.meeting.MeetingTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, requirements 5 and 8: people by their names (the header, the audit log), the
 * changed row by its human name with a link, the outbox with each mail's text and
 * attachments, and the attendance marks in English.
 */
@KlyngeIntegrationTest
class PeopleNamesWebTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theHeaderShowsThePersonsName() throws Exception {
		assertThat(page("/", "sekretariat")).contains("<span class=\"who\">Kristin Walter</span>");
		assertThat(page("/", "medlem")).contains("<span class=\"who\">Gunnar Yttri</span>");
		// an account without a person keeps its username
		assertThat(page("/", "admin")).contains("<span class=\"who\">admin</span>");
	}

	@Test
	void theAuditLogNamesTheRowAndWhoDidIt() throws Exception {
		UUID meeting = MeetingTestData.PM_2023_03_27;
		// a write of the secretariat's on the meeting: the log names it and her
		long entry = jdbc.sql("""
				insert into audit_log (cluster_id, actor, table_name, operation, row_id, before, after)
				values (?, 'sekretariat', 'meeting', 'UPDATE', ?, '{"address":"a"}'::jsonb, '{"address":"b"}'::jsonb)
				returning id""").params(ALREK, meeting.toString()).query(Long.class).single();
		String list = page("/audit?table=meeting&rowId=" + meeting, "admin");
		assertThat(list).contains("Kristin Walter")
			.contains("Møte <a class=\"ds-link\" href=\"/meetings/" + meeting + "\">Partnermøtet 27.03.2023</a>")
			// the table and id are kept for the administrator, under technical details
			.contains("<summary>Tekniske detaljer</summary>");
		String detail = page("/audit/" + entry, "admin");
		assertThat(detail).contains("Kristin Walter").contains("Partnermøtet 27.03.2023");

		UUID item = MeetingTestData.item("pm-2023-03-27/03");
		long itemEntry = jdbc.sql("""
				insert into audit_log (cluster_id, actor, table_name, operation, row_id, before, after)
				values (?, 'medlem', 'agenda_item', 'UPDATE', ?, '{"title":"a"}'::jsonb, '{"title":"b"}'::jsonb)
				returning id""").params(ALREK, item.toString()).query(Long.class).single();
		assertThat(page("/audit/" + itemEntry, "admin")).contains("Gunnar Yttri")
			.containsPattern("Sak <a class=\"ds-link\" href=\"/meetings/" + meeting + "#sak-03-23\">03-23 [^<]+</a>");

		// a deleted row is named from the logged row
		long gone = jdbc
			.sql("""
					insert into audit_log (cluster_id, actor, table_name, operation, row_id, before, after)
					values (?, 'sekretariat', 'person', 'DELETE', ?, '{"name":"Borte Person"}'::jsonb, null) returning id""")
			.params(ALREK, UUID.randomUUID().toString())
			.query(Long.class)
			.single();
		assertThat(page("/audit/" + gone, "admin")).contains("Person Borte Person");

		// still only for administrators
		mvc.perform(get("/audit").with(httpBasic("sekretariat", "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void theOutboxShowsEachMailsTextAndAttachments() throws Exception {
		String key = "names-test:" + UUID.randomUUID();
		// a calendar file: the leak gates read every attachment in the shared database,
		// so
		// it must be a real one of its type
		byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Klynge//test//NO\r\nEND:VCALENDAR\r\n"
			.getBytes(StandardCharsets.UTF_8);
		UUID mail = outbox
			.enqueue(new OutgoingMail(ALREK, key, "ola@example.org", "Innkalling til Partnermøtet",
					"Du innkalles til Partnermøtet 14.03.2023.",
					List.of(new OutgoingMail.Attachment("innkalling.ics", "text/calendar", ics))))
			.orElseThrow();
		UUID attachment = jdbc.sql("select id from mail_attachment where mail_id = ?")
			.param(mail)
			.query(UUID.class)
			.single();
		String page = page("/mail/outbox", "sekretariat");
		assertThat(page).contains("Du innkalles til Partnermøtet 14.03.2023.")
			.contains("href=\"/mail/outbox/" + mail + "/attachments/" + attachment + "\"")
			.contains("innkalling.ics")
			.contains("(1 kB)");
		byte[] downloaded = mvc
			.perform(get("/mail/outbox/" + mail + "/attachments/" + attachment).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(ics);
		mvc.perform(get("/mail/outbox/" + mail + "/attachments/" + attachment).with(httpBasic("medlem", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/mail/outbox/" + mail + "/attachments/" + attachment).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		assertThat(page("/mail/outbox", "nord")).doesNotContain("Du innkalles til Partnermøtet 14.03.2023.");
		// not to be delivered later into another test's SMTP server
		jdbc.sql("update mail_outbox set status = 'FAILED' where id = ?").param(mail).update();
	}

	@Test
	void theAttendanceMarksAreEnglishInEnglish() throws Exception {
		String url = "/meetings/" + MeetingTestData.PM_2023_03_27;
		// the cells carry their column's label for the phone's cards (data-label)
		assertThat(page(url, "sekretariat")).containsPattern("<td data-label=\"[^\"]+\">vara</td>");
		String english = page(url + "?lang=en", "sekretariat");
		assertThat(english).containsPattern("<td data-label=\"Absent\">deputy</td>")
			.doesNotContainPattern("<td[^>]*>vara</td>")
			.doesNotContainPattern("<td[^>]*>teams</td>");
	}

}
