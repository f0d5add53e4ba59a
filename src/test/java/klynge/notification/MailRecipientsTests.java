package klynge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import klynge.meeting.Meetings;
import klynge.minutes.MinutesApproved;
import klynge.minutes.MinutesSentForComments;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is mailed about a meeting, and what each one reads: every mail is read back from
 * GreenMail per recipient. The summons (text, PDF, calendar file) is the members' version
 * for those on the body, with exempt items as their seat allows, and the public one for
 * anyone else summoned; the minutes for comments go to those who took part, a
 * cancellation before the summons to no one, and the approval of the minutes to the body.
 * Each test has a body of its own.
 */
@KlyngeIntegrationTest
class MailRecipientsTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final UUID ALREK = NotificationFixtures.ALREK;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Meetings meetings;

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final LocalDate day = TestYears.uniqueDay();

	// --- a body, its people and a meeting of its own

	UUID body() {
		UUID body = jdbc.sql(
				"insert into body (cluster_id, type, established_on, sort_order) values (?, 'OTHER', ?, 99) returning id")
			.params(ALREK, LocalDate.of(2000, 1, 1))
			.query(UUID.class)
			.single();
		jdbc.sql("insert into body_name (cluster_id, body_id, name, valid_from) values (?, ?, ?, ?)")
			.params(ALREK, body, "Mottakerutvalg " + tag, LocalDate.of(2000, 1, 1))
			.update();
		return body;
	}

	record Person(UUID id, String email) {
	}

	Person person(String what) {
		String email = "recipients-" + what + "-" + UUID.randomUUID() + "@example.org";
		return new Person(NotificationFixtures.person(jdbc, email), email);
	}

	/** A person with a seat on the body since 2000. */
	Person member(UUID body, String what, String role) {
		return member(body, what, role, null);
	}

	/** A deputy names the member they stand in for. */
	Person member(UUID body, String what, String role, Person deputyFor) {
		Person person = person(what);
		UUID membership = deputyFor == null ? null
				: jdbc.sql("select id from membership where body_id = ? and person_id = ?")
					.params(body, deputyFor.id())
					.query(UUID.class)
					.single();
		jdbc.sql("""
				insert into membership (cluster_id, body_id, person_id, role, seat, deputy_for_id, valid_from)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(ALREK, body, person.id(), role, role, membership, LocalDate.of(2000, 1, 1))
			.update();
		return person;
	}

	UUID meeting(UUID body, LocalDate date) {
		return jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, address)
				values (?, ?, ?, '14:00', '16:00', 'Årstadveien 17') returning id""")
			.params(ALREK, body, date)
			.query(UUID.class)
			.single();
	}

	void attends(UUID meeting, Person person, boolean summoned, String status, Person deputy) {
		jdbc.sql(
				"""
						insert into attendance (cluster_id, meeting_id, section, person_id, summoned, status, deputy_person_id, sort_order)
						values (?, ?, 'MEMBER', ?, ?, ?, ?, 0)""")
			.params(ALREK, meeting, person.id(), summoned, status, deputy == null ? null : deputy.id())
			.update();
	}

	void item(UUID meeting, UUID body, int position, String title, String access, String basis, String publicTitle) {
		jdbc.sql(
				"""
						insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
						                         exemption_basis, public_title)
						values (?, ?, ?, ?, ?, ?, 'DECISION', ?, ?, ?, ?)""")
			.params(ALREK, meeting, body, position, day.getYear(), position, title, access, basis, publicTitle)
			.update();
	}

	void summon(UUID meeting) throws Exception {
		mvc.perform(post("/meetings/{id}/status", meeting).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("target", "SUMMONED")
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
	}

	/**
	 * Every mail sent so far, once everything queued until now has gone out (see
	 * MailMarker).
	 */
	List<MimeMessage> sent() {
		return MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
	}

	static List<MimeMessage> to(List<MimeMessage> mails, Person person) {
		return mails.stream().filter(mail -> MailMarker.to(mail).equals(person.email())).toList();
	}

	static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * What one recipient reads: the text, the summons PDF's text and the calendar file
	 * (unfolded).
	 */
	record Read(String text, String pdf, String ics) {
	}

	static Read read(MimeMessage mail) throws Exception {
		Map<String, String> parts = MeetingMailTests.parts(mail);
		byte[] pdf = MeetingMailTests.file(mail, "innkalling.pdf");
		String pdfText = null;
		if (pdf != null) {
			try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
				pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			}
		}
		byte[] ics = MeetingMailTests.file(mail, "invitation.ics");
		return new Read(parts.get("text"), pdfText, ics == null ? null : new String(ics, StandardCharsets.UTF_8));
	}

	/**
	 * The calendar file of a mail, validated (ical4j, Python) and addressed to its
	 * recipient.
	 */
	static String invitation(Read read, Person to, String method) throws Exception {
		assertThat(read.ics()).as("the calendar file").isNotNull();
		NotificationFixtures.parse(read.ics());
		assertThat(NotificationFixtures.python(read.ics())).contains("|" + method + "|");
		String unfolded = read.ics().replace("\r\n ", "");
		assertThat(unfolded).contains("METHOD:" + method);
		assertThat(unfolded)
			.containsPattern("(?m)^ATTENDEE[^:]*:mailto:" + java.util.regex.Pattern.quote(to.email()) + "\r?$");
		return unfolded.replace("\\n", "\n").replace("\\,", ",");
	}

	// --- requirement 4: each recipient reads the summons as they may

	@Test
	void eachSummonedPersonReadsTheSummonsTextPdfAndCalendarAsTheyMay() throws Exception {
		UUID body = body();
		Person voter = member(body, "voter", "MEMBER");
		Person observer = member(body, "observer", "OBSERVER");
		Person outsider = person("outsider");
		UUID meeting = meeting(body, day);
		for (Person person : List.of(voter, observer, outsider)) {
			attends(meeting, person, true, "PRESENT", null);
		}
		String open = "Budsjett " + tag;
		String membersOnly = "Medlemssak " + tag;
		String exempt = "Avskjed av Pedersen " + tag;
		item(meeting, body, 1, open, "PUBLIC", null, null);
		item(meeting, body, 2, membersOnly, "MEMBERS", null, null);
		item(meeting, body, 3, exempt, "EXEMPT", "Offl. § 25", "Personalsak");

		summon(meeting);
		List<MimeMessage> mails = sent(meeting, voter, observer, outsider);

		Map<Person, List<String>> reads = Map.of(voter, List.of(open, membersOnly, exempt), observer,
				List.of(open, membersOnly, "Personalsak"), outsider, List.of(open, "Personalsak"));
		Map<Person, List<String>> hidden = Map.of(voter, List.of(), observer, List.of(exempt), outsider,
				List.of(membersOnly, exempt));
		for (Person person : List.of(voter, observer, outsider)) {
			List<MimeMessage> theirs = to(mails, person);
			assertThat(theirs).as("one summons to " + person.email()).hasSize(1);
			Read read = read(theirs.getFirst());
			assertThat(read.pdf()).as("the summons PDF").isNotNull();
			for (String title : reads.get(person)) {
				assertThat(read.text()).as("the text to " + person.email()).contains(title);
				assertThat(read.pdf()).as("the PDF to " + person.email()).contains(title);
			}
			for (String title : hidden.get(person)) {
				assertThat(read.text()).as("the text to " + person.email()).doesNotContain(title);
				assertThat(read.pdf().replace("\n", " ")).as("the PDF to " + person.email()).doesNotContain(title);
			}
			assertThat(read.text()).as("an exempt item names its legal basis for every reader")
				.contains("(Offl. § 25)");
			String calendar = invitation(read, person, "REQUEST");
			reads.get(person)
				.forEach(title -> assertThat(calendar).as("the calendar file to " + person.email()).contains(title));
			hidden.get(person)
				.forEach(title -> assertThat(calendar).as("the calendar file to " + person.email())
					.doesNotContain(title));
		}
	}

	// --- requirement 5: who is written to

	@Test
	void minutesForCommentsGoToThoseWhoTookPartAndNotToThoseWhoSentApologies() throws Exception {
		UUID body = body();
		Person present = member(body, "present", "MEMBER");
		Person remote = member(body, "remote", "MEMBER");
		Person replaced = member(body, "replaced", "MEMBER");
		Person deputy = member(body, "deputy", "DEPUTY", replaced);
		Person apologies = member(body, "apologies", "MEMBER");
		UUID meeting = meeting(body, LocalDate.now().minusDays(3));
		attends(meeting, present, true, "PRESENT", null);
		attends(meeting, remote, true, "REMOTE", null);
		attends(meeting, replaced, true, "DEPUTY", deputy);
		attends(meeting, apologies, true, "ABSENT", null);

		tx.executeWithoutResult(s -> events
			.publishEvent(new MinutesSentForComments(ALREK, UUID.randomUUID(), meeting, LocalDate.now().plusDays(7))));
		List<MimeMessage> mails = sent(meeting, present);

		for (Person person : List.of(present, remote, deputy)) {
			assertThat(to(mails, person)).as("minutes for comments to " + person.email())
				.hasSize(1)
				.allSatisfy(
						mail -> assertThat(subjectOf(mail)).startsWith("Referat til kommentar: Mottakerutvalg " + tag));
		}
		assertThat(to(mails, replaced)).as("the member whose deputy came").isEmpty();
		assertThat(to(mails, apologies)).as("the member who sent apologies").isEmpty();
	}

	@Test
	void cancellingAMeetingBeforeItsSummonsMailsNoOne() throws Exception {
		UUID body = body();
		Person a = member(body, "planned-a", "MEMBER");
		Person b = member(body, "planned-b", "MEMBER");
		UUID meeting = meeting(body, day);
		attends(meeting, a, true, "PRESENT", null);
		attends(meeting, b, true, "PRESENT", null);

		tx.executeWithoutResult(s -> ClusterScope.run(ALREK, () -> meetings.cancel(meeting, "Ikke behov")));
		List<MimeMessage> mails = sent(meeting);

		assertThat(to(mails, a)).as("nobody was told of the meeting, so nobody is told it is off").isEmpty();
		assertThat(to(mails, b)).isEmpty();
	}

	@Test
	void cancellingASummonedMeetingTellsThoseSummonedWithACancelForThem() throws Exception {
		UUID body = body();
		Person a = member(body, "summoned-a", "MEMBER");
		Person guest = person("summoned-guest");
		UUID meeting = meeting(body, day);
		attends(meeting, a, true, "PRESENT", null);
		attends(meeting, guest, true, "PRESENT", null);
		summon(meeting);

		sent(meeting, a, guest);
		tx.executeWithoutResult(s -> ClusterScope.run(ALREK, () -> meetings.cancel(meeting, "Leder er syk")));
		Eventually.until("the cancellation to " + a.email(), () -> {
			sender.sendDue();
			return Arrays.stream(greenMail.getReceivedMessages())
				.anyMatch(mail -> MailMarker.to(mail).equals(a.email()) && subjectOf(mail).startsWith("Avlyst"));
		});
		List<MimeMessage> mails = sent(meeting);

		for (Person person : List.of(a, guest)) {
			List<MimeMessage> theirs = to(mails, person);
			assertThat(theirs).extracting(MailRecipientsTests::subjectOf)
				.as("summons, then the cancellation")
				.hasSize(2)
				.anySatisfy(subject -> assertThat(subject).startsWith("Avlyst møte: Mottakerutvalg " + tag));
			MimeMessage cancel = theirs.stream()
				.filter(mail -> subjectOf(mail).startsWith("Avlyst"))
				.findFirst()
				.orElseThrow();
			Read read = read(cancel);
			assertThat(read.text()).contains("Leder er syk");
			assertThat(invitation(read, person, "CANCEL")).contains("STATUS:CANCELLED");
		}
	}

	@Test
	void approvingTheMinutesTellsTheBody() throws Exception {
		UUID body = body();
		Person member = member(body, "approved-member", "MEMBER");
		Person observer = member(body, "approved-observer", "OBSERVER");
		Person guest = person("approved-guest");
		UUID meeting = meeting(body, LocalDate.now().minusDays(30));
		attends(meeting, member, true, "PRESENT", null);
		attends(meeting, guest, false, "PRESENT", null);

		tx.executeWithoutResult(s -> events.publishEvent(new MinutesApproved(ALREK, UUID.randomUUID(), meeting)));
		List<MimeMessage> mails = sent(meeting, member);

		for (Person person : List.of(member, observer)) {
			List<MimeMessage> theirs = to(mails, person);
			assertThat(theirs).as("the approval to " + person.email() + ", on the body").hasSize(1);
			assertThat(subjectOf(theirs.getFirst())).startsWith("Referat godkjent: Mottakerutvalg " + tag);
			assertThat(theirs.getFirst().getContent().toString()).contains("/meetings/" + meeting);
		}
		assertThat(to(mails, guest)).as("a guest is not on the body").isEmpty();
	}

	/**
	 * Waits until every listener of the meeting's events has finished (Spring Modulith
	 * registers the publications with the transaction that published the events, and
	 * marks each complete after its listener's transaction): what they queued is in the
	 * outbox before the marker, so a mail that did not come by then never will.
	 */
	void listenersDone(UUID meeting) {
		Eventually.until("the listeners of the events of meeting " + meeting, () -> jdbc.sql("""
				select count(*) = 0 from event_publication where completion_date is null and serialized_event like ?""")
			.param("%" + meeting + "%")
			.query(Boolean.class)
			.single());
	}

	/**
	 * Every mail sent so far, once the meeting's listeners are done, the mails expected
	 * have come (one listener queues all its mails in one transaction: once one is out,
	 * all of them are queued) and all queued until then has gone out.
	 */
	List<MimeMessage> sent(UUID meeting, Person... expected) {
		listenersDone(meeting);
		for (Person person : expected) {
			Eventually.until("a mail to " + person.email(), () -> {
				sender.sendDue();
				return Arrays.stream(greenMail.getReceivedMessages())
					.anyMatch(mail -> MailMarker.to(mail).equals(person.email()));
			});
		}
		return sent();
	}

}
