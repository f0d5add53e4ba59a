package klynge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminder job, run directly for a fixed day far in the future (so demo data
 * and other tests never fall in its windows), through the outbox to GreenMail.
 */
@KlyngeIntegrationTest
class ReminderMailTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Locale NB = Locale.forLanguageTag("nb");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	OutboxSender sender;

	@Autowired
	Mailer mailer;

	/** A day in a year of its own for each test. */
	final LocalDate today = TestYears.uniqueDay();

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

	List<MimeMessage> await(String address, int count) {
		return Eventually.value(count + " mail(s) to " + address, () -> {
			sender.sendDue();
			return to(address);
		}, mails -> mails.size() >= count);
	}

	/**
	 * Everything queued so far has been sent (see MailMarker): nothing more will arrive
	 * for these addresses.
	 */
	void settle() {
		MailMarker.sendAndAwait(mailer, sender, greenMail, NotificationFixtures.ALREK);
	}

	String name(UUID person) {
		return jdbc.sql("select name from person where id = ?").param(person).query(String.class).single();
	}

	static String email(String what) {
		return "reminder-" + what + "-" + UUID.randomUUID() + "@example.org";
	}

	@Test
	void aSummonedMeetingAheadRemindsEverySummonedPersonOnce() throws Exception {
		String a = email("a");
		String b = email("b");
		String notSummoned = email("guest");
		UUID personA = NotificationFixtures.person(jdbc, a);
		UUID personB = NotificationFixtures.person(jdbc, b);
		LocalDate day = today.plusDays(2);
		UUID meeting = NotificationFixtures.meeting(jdbc, day, personA, personB);
		jdbc.sql(
				"insert into attendance (cluster_id, meeting_id, section, person_id, summoned, sort_order) values (?, ?, 'GUEST', ?, false, 9)")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.person(jdbc, notSummoned))
			.update();
		jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title)
				values (?, ?, ?, 1, ?, 1, 'DECISION', 'Strategi for klyngen')""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.partnermotet(jdbc), day.getYear())
			.update();
		String early = email("early");
		UUID tooEarly = NotificationFixtures.meeting(jdbc, today.plusDays(3), NotificationFixtures.person(jdbc, early));
		jdbc.sql("update meeting set status = 'SUMMONED' where id in (?, ?)").params(meeting, tooEarly).update();

		reminders.remind(NotificationFixtures.ALREK, today.minusDays(1));
		settle();
		assertThat(to(a)).as("a day too early: the meeting is three days ahead").isEmpty();

		reminders.remind(NotificationFixtures.ALREK, today);
		List<MimeMessage> mails = await(a, 1);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.getFirst();
		assertThat(mail.getSubject()).isEqualTo("Påminnelse: Partnermøtet " + MeetingMails.date(day, NB));
		var parts = MeetingMailTests.parts(mail);
		assertThat(parts.get("text")).startsWith("Hei " + name(personA))
			.contains("Påminnelse om møtet i Partnermøtet " + MeetingMails.date(day, NB) + " kl. 14:00–16:00")
			.contains("Strategi for klyngen")
			.contains("/meetings/" + meeting);
		assertThat(parts.get("invitation.ics")).contains("UID:" + meeting + "@klynge");
		assertThat(await(b, 1)).hasSize(1)
			.first()
			.satisfies(m -> assertThat(MeetingMailTests.parts(m).get("text")).startsWith("Hei " + name(personB)));

		reminders.remind(NotificationFixtures.ALREK, today);
		settle();
		assertThat(to(a)).as("running the job again the same day sends nothing").hasSize(1);
		assertThat(to(b)).hasSize(1);
		assertThat(to(notSummoned)).as("only the summoned").isEmpty();
		assertThat(to(early)).as("a meeting three days ahead is reminded tomorrow").isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient in (?, ?)")
			.params(a, b)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anOpenFollowUpDueSoonRemindsItsOwnerAndADoneOneDoesNot() throws Exception {
		String owner = email("owner");
		String doneOwner = email("done");
		String laterOwner = email("later");
		UUID ownerId = NotificationFixtures.person(jdbc, owner);
		LocalDate meetingDay = today.minusDays(20);
		UUID meeting = NotificationFixtures.meeting(jdbc, meetingDay);
		UUID item = jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title)
				values (?, ?, ?, 1, ?, 7, 'DECISION', 'Avtale om praksisplasser') returning id""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.partnermotet(jdbc), meetingDay.getYear())
			.query(UUID.class)
			.single();
		String followUp = """
				insert into follow_up (cluster_id, item_id, owner_person_id, description, due_on, status, done_on)
				values (?, ?, ?, ?, ?, ?, ?)""";
		jdbc.sql(followUp)
			.params(NotificationFixtures.ALREK, item, ownerId, "følger opp avtalen med kommunene", today.plusDays(5),
					"IN_PROGRESS", null)
			.update();
		jdbc.sql(followUp)
			.params(NotificationFixtures.ALREK, item, NotificationFixtures.person(jdbc, doneOwner), "har sendt brevet",
					today.plusDays(3), "DONE", today.minusDays(1))
			.update();
		jdbc.sql(followUp)
			.params(NotificationFixtures.ALREK, item, NotificationFixtures.person(jdbc, laterOwner), "lager en plan",
					today.plusDays(30), "OPEN", null)
			.update();

		reminders.remind(NotificationFixtures.ALREK, today);
		List<MimeMessage> mails = await(owner, 1);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.getFirst();
		assertThat(mail.getSubject()).isEqualTo("Oppfølging med frist " + MeetingMails.date(today.plusDays(5), NB));
		String caseLabel = "07-%02d".formatted(meetingDay.getYear() % 100);
		assertThat(mail.getContent().toString()).startsWith("Hei " + name(ownerId))
			.contains("Du følger opp: følger opp avtalen med kommunene")
			.contains("Frist: " + MeetingMails.date(today.plusDays(5), NB))
			.contains("Fra sak " + caseLabel + " Avtale om praksisplasser, møtet " + MeetingMails.date(meetingDay, NB))
			.contains("/meetings/" + meeting + "#sak-" + caseLabel)
			.contains("/followups/mine");

		reminders.remind(NotificationFixtures.ALREK, today);
		settle();
		assertThat(to(owner)).as("once per follow-up and due date").hasSize(1);
		assertThat(to(doneOwner)).as("a done follow-up is not reminded").isEmpty();
		assertThat(to(laterOwner)).as("due after the window").isEmpty();
	}

	@Test
	void anExemptItemIsNamedByItsPublicTitleOnly() throws Exception {
		String owner = email("exempt");
		UUID ownerId = NotificationFixtures.person(jdbc, owner);
		LocalDate meetingDay = today.minusDays(10);
		UUID meeting = NotificationFixtures.meeting(jdbc, meetingDay);
		UUID item = jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
					                         exemption_basis, public_title)
					values (?, ?, ?, 1, ?, 8, 'DECISION', 'Oppsigelse av Hansen', 'EXEMPT', 'Offl. § 25', 'Personalsak')
					returning id""")
			.params(NotificationFixtures.ALREK, meeting, NotificationFixtures.partnermotet(jdbc), meetingDay.getYear())
			.query(UUID.class)
			.single();
		jdbc.sql(
				"insert into follow_up (cluster_id, item_id, owner_person_id, description, due_on) values (?, ?, ?, ?, ?)")
			.params(NotificationFixtures.ALREK, item, ownerId, "skriver svaret", today.plusDays(1))
			.update();

		reminders.remind(NotificationFixtures.ALREK, today);
		String text = await(owner, 1).getFirst().getContent().toString();
		assertThat(text).contains("Personalsak").contains("skriver svaret").doesNotContain("Hansen");
	}

}
