package klynge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff cancel an event: everyone with a place or on the waiting list gets exactly one
 * mail with an iCalendar CANCEL of the confirmation's UID and a higher SEQUENCE (valid by
 * ical4j's RFC 5545 and iTIP validators); one who had cancelled gets none, and saving the
 * cancelled event again sends nothing more.
 */
@KlyngeIntegrationTest
class EventCancelledMailTests {

	static final UUID ALREK = EventFlowTests.ALREK;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	OffsetDateTime startedAt;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		startedAt = jdbc.sql("select now()").query(OffsetDateTime.class).single();
	}

	@AfterEach
	void failLeftovers() {
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(startedAt)
			.update();
	}

	@Test
	void everyRegistrantGetsOneCancellationWithAValidIcsCancel() throws Exception {
		String slug = "avlyst-" + System.nanoTime();
		String title = "Avlysningstest " + slug;
		OffsetDateTime start = OffsetDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS);
		UUID id = jdbc.sql("""
				insert into event (cluster_id, title, slug, place, starts_at, ends_at, capacity, registration_opens,
				                   status, retention_days)
				values (?, ?, ?, 'Årstadveien 17', ?, ?, 1, now() - interval '1 day', 'PUBLISHED', 10) returning id""")
			.params(ALREK, title, slug, start, start.plusHours(3))
			.query(UUID.class)
			.single();
		String ada = "ada-" + slug + "@example.org";
		String bo = "bo-" + slug + "@example.org";
		String cy = "cy-" + slug + "@example.org";
		for (String email : List.of(ada, bo, cy)) {
			mvc.perform(post("/arrangementer/" + slug + "/pamelding").with(csrf())
				.param("name", "Navn " + email)
				.param("email", email)).andExpect(status().isOk());
		}
		// Cy gives up the waiting place: no mail for Cy when the event is cancelled
		jdbc.sql("update event_registration set status = 'CANCELLED', cancelled_at = now() where email = ?")
			.param(cy)
			.update();
		List<MimeMessage> confirmations = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		Calendar confirmation = EventFlowTests
			.parse(EventFlowTests.attachment(only(confirmations, ada), "arrangement.ics"));
		String uid = vevent(confirmation).getProperty("UID").orElseThrow().getValue();
		int sequence = sequence(vevent(confirmation));
		greenMail.purgeEmailFromAllMailboxes();

		save(id, slug, title, start, "CANCELLED");
		save(id, slug, title, start, "CANCELLED");

		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		assertThat(sent).noneMatch(m -> MailMarker.to(m).equals(cy));
		for (String email : List.of(ada, bo)) {
			MimeMessage mail = only(sent, email);
			assertThat(mail.getSubject()).isEqualTo("Avlyst: " + title);
			assertThat(EventFlowTests.text(mail)).contains("er dessverre avlyst", "/arrangementer/" + slug);
			Calendar cancel = EventFlowTests.parse(EventFlowTests.attachment(mail, "avlyst.ics"));
			assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
			Component vevent = vevent(cancel);
			assertThat(vevent.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
			assertThat(sequence(vevent)).isGreaterThan(sequence);
			assertThat(vevent.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
			assertThat(vevent.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + email);
		}
	}

	private void save(UUID id, String slug, String title, OffsetDateTime start, String status) throws Exception {
		ZoneId oslo = ZoneId.of("Europe/Oslo");
		mvc.perform(post("/events/" + id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("title", title)
			.param("slug", slug)
			.param("place", "Årstadveien 17")
			.param("startsAt", start.atZoneSameInstant(oslo).toLocalDateTime().toString())
			.param("endsAt", start.plusHours(3).atZoneSameInstant(oslo).toLocalDateTime().toString())
			.param("capacity", "1")
			.param("status", status)
			.param("retentionDays", "10")).andExpect(status().is3xxRedirection());
	}

	private static Component vevent(Calendar calendar) {
		return calendar.getComponent("VEVENT").orElseThrow();
	}

	private static int sequence(Component vevent) {
		return vevent.getProperty("SEQUENCE").map(p -> Integer.parseInt(p.getValue())).orElse(0);
	}

	private static MimeMessage only(List<MimeMessage> sent, String to) {
		List<MimeMessage> mine = sent.stream().filter(m -> MailMarker.to(m).equals(to)).toList();
		assertThat(mine).as("mails to " + to).hasSize(1);
		return mine.getFirst();
	}

}
