package klynge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.mail.MailMarker;
import klynge.mail.MailOutbox;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import klynge.mail.OutboxStatus;
import klynge.mail.OutgoingMail;
import klynge.meeting.MeetingChanged;
import klynge.minutes.MinutesSentForComments;
import klynge.shared.Eventually;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails through the outbox to GreenMail as a real SMTP server. */
@KlyngeIntegrationTest
class MeetingMailTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeetingMails mails;

	@Autowired
	Mailer mailer;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate tx;

	List<MimeMessage> to(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * The text/plain part and the parts with a file name, however deeply they are nested.
	 */
	static void walk(Part part, Map<String, String> found) throws Exception {
		if (part.getContent() instanceof MimeMultipart multi) {
			for (int i = 0; i < multi.getCount(); i++) {
				walk(multi.getBodyPart(i), found);
			}
		}
		else if (part.getFileName() != null) {
			found.put(part.getFileName(), new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		else if (part.isMimeType("text/plain")) {
			found.put("text", part.getContent().toString());
		}
	}

	/** The bytes of the attached file with the given name. */
	static byte[] file(Part part, String name) throws Exception {
		if (part.getContent() instanceof MimeMultipart multi) {
			for (int i = 0; i < multi.getCount(); i++) {
				byte[] found = file(multi.getBodyPart(i), name);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return name.equals(part.getFileName()) ? part.getInputStream().readAllBytes() : null;
	}

	static Map<String, String> parts(MimeMessage mail) throws Exception {
		Map<String, String> found = new HashMap<>();
		walk(mail, found);
		return found;
	}

	List<MimeMessage> await(String address, int count) {
		return Eventually.value(count + " mail(s) to " + address, () -> {
			sender.sendDue();
			return to(address);
		}, mails -> mails.size() >= count);
	}

	/** Everything queued so far has been sent (see MailMarker). */
	void settle() {
		MailMarker.sendAndAwait(mailer, sender, greenMail, NotificationFixtures.ALREK);
	}

	@Test
	void summonsGoesToEveryoneSummonedWithAgendaAndIcs() throws Exception {
		String a = "summons-a-" + UUID.randomUUID() + "@example.org";
		String b = "summons-b-" + UUID.randomUUID() + "@example.org";
		UUID meeting = NotificationFixtures.meeting(jdbc, LocalDate.now().plusDays(30),
				NotificationFixtures.person(jdbc, a), NotificationFixtures.person(jdbc, b));
		jdbc.sql(
				"""
						insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
						                         exemption_basis, public_title)
						values (?, ?, ?, 1, 2099, 1, 'DECISION', 'Hemmelig personalsak Olsen', 'EXEMPT', 'Offl. § 25', 'Personalsak')""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.partnermotet(jdbc))
			.update();
		jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title)
				values (?, ?, ?, 2, 2099, 2, 'DECISION', 'Budsjett for klyngen 2100')""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.partnermotet(jdbc))
			.update();
		tx.executeWithoutResult(s -> ClusterScope.run(NotificationFixtures.ALREK,
				() -> mails.summons(NotificationFixtures.ALREK, meeting)));
		tx.executeWithoutResult(s -> ClusterScope.run(NotificationFixtures.ALREK,
				() -> mails.summons(NotificationFixtures.ALREK, meeting)));

		MimeMessage mail = await(a, 1).getFirst();
		assertThat(await(b, 1)).hasSize(1);
		assertThat(mail.getSubject()).startsWith("Innkalling: Partnermøtet");
		var parts = parts(mail);
		assertThat(parts.get("text")).contains("Sakliste").contains("Personalsak (Offl. § 25)").doesNotContain("Olsen");
		assertThat(parts).containsKey("invitation.ics").containsKey("innkalling.pdf");
		byte[] pdf = file(mail, "innkalling.pdf");
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String pdfText;
		try (var document = Loader.loadPDF(pdf)) {
			pdfText = new PDFTextStripper().getText(document);
		}
		assertThat(pdfText).contains("01-99", "02-99", "Budsjett for klyngen 2100", "Personalsak", "Offl. § 25")
			.doesNotContain("Olsen")
			.doesNotContain("Hemmelig");
		assertThat(file(await(b, 1).getFirst(), "innkalling.pdf")).as("one PDF for the summons, the same for everyone")
			.isEqualTo(pdf);
		String calendar = parts.get("invitation.ics");
		assertThat(NotificationFixtures.python(calendar)).startsWith(meeting + "@klynge|0|REQUEST");
		NotificationFixtures.parse(calendar);
		assertThat(calendar).doesNotContain("Olsen");
		settle();
		assertThat(to(a)).as("one summons per person, even when the listener runs twice").hasSize(1);
	}

	@Test
	void cancelNoticeCarriesMethodCancelAndReason() throws Exception {
		String a = "cancel-" + UUID.randomUUID() + "@example.org";
		UUID meeting = NotificationFixtures.meeting(jdbc, LocalDate.now().plusDays(31),
				NotificationFixtures.person(jdbc, a));
		jdbc.sql("update meeting set status = 'CANCELLED' where id = ?").param(meeting).update();
		jdbc.sql("""
				insert into meeting_event (cluster_id, meeting_id, kind, from_status, to_status, reason)
				values (?, ?, 'CANCELLED', 'SUMMONED', 'CANCELLED', 'Leder er syk')""")
			.params(NotificationFixtures.ALREK, meeting)
			.update();
		tx.executeWithoutResult(s -> ClusterScope.run(NotificationFixtures.ALREK,
				() -> mails.changed(new MeetingChanged(NotificationFixtures.ALREK, meeting, true, "Leder er syk"))));
		MimeMessage mail = await(a, 1).getFirst();
		assertThat(mail.getSubject()).startsWith("Avlyst møte: Partnermøtet");
		var parts = parts(mail);
		assertThat(parts.get("text")).contains("Leder er syk");
		String calendar = parts.get("invitation.ics");
		assertThat(calendar).contains("METHOD:CANCEL")
			.contains("STATUS:CANCELLED")
			.contains("SEQUENCE:1")
			.contains("ATTENDEE");
		NotificationFixtures.parse(calendar);
		NotificationFixtures.python(calendar);
	}

	@Test
	void minutesForCommentsMailHasTheDeadline() throws Exception {
		String a = "comments-" + UUID.randomUUID() + "@example.org";
		UUID meeting = NotificationFixtures.meeting(jdbc, LocalDate.now().minusDays(3),
				NotificationFixtures.person(jdbc, a));
		tx.executeWithoutResult(s -> ClusterScope.run(NotificationFixtures.ALREK,
				() -> mails.minutesForComments(new MinutesSentForComments(NotificationFixtures.ALREK, UUID.randomUUID(),
						meeting, LocalDate.of(2099, 4, 14)))));
		MimeMessage mail = await(a, 1).getFirst();
		assertThat(mail.getSubject()).startsWith("Referat til kommentar: Partnermøtet");
		assertThat(mail.getContent().toString()).contains("Frist for kommentarer: tirsdag 14.4.2099");
	}

	@Test
	void anSmtpOutageLosesNothingAndEachMessageArrivesOnce() throws Exception {
		String a = "outage-" + UUID.randomUUID() + "@example.org";
		greenMail.stop();
		try {
			for (int i = 0; i < 3; i++) {
				String key = "test:" + a + ":" + i;
				tx.executeWithoutResult(s -> mailer
					.enqueue(new OutgoingMail(NotificationFixtures.ALREK, key, a, "Nr " + key, "x", List.of())));
			}
			sender.sendDue();
			var row = outbox.byKey("test:" + a + ":0").orElseThrow();
			assertThat(row.status()).isEqualTo(OutboxStatus.QUEUED);
			assertThat(row.attempts()).isGreaterThanOrEqualTo(1);
			assertThat(row.lastError()).isNotBlank();
			assertThat(row.nextAttemptAt()).isAfter(OffsetDateTime.now().plusSeconds(20));
		}
		finally {
			greenMail.start();
		}
		jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = ?").param(a).update();
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sender::sendDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(sender::sendDue);
		one.join();
		two.join();
		assertThat(await(a, 3)).hasSize(3);
		settle();
		assertThat(to(a)).as("each exactly once").hasSize(3);
		assertThat(outbox.byKey("test:" + a + ":2").orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
	}

	@Test
	void aRollbackSendsNothingAndOneKeyGivesOneRow() {
		String a = "rollback-" + UUID.randomUUID() + "@example.org";
		tx.executeWithoutResult(s -> {
			mailer.enqueue(new OutgoingMail(NotificationFixtures.ALREK, "rb:" + a, a, "s", "t", List.of()));
			s.setRollbackOnly();
		});
		assertThat(outbox.byKey("rb:" + a)).isEmpty();
		assertThat(mailer.enqueue(new OutgoingMail(NotificationFixtures.ALREK, "once:" + a, a, "s", "t", List.of())))
			.isTrue();
		assertThat(mailer.enqueue(new OutgoingMail(NotificationFixtures.ALREK, "once:" + a, a, "s", "t", List.of())))
			.isFalse();
	}

}
