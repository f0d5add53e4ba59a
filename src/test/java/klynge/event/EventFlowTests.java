package klynge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.validate.ITIPValidator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event end to end with GreenMail: three register for an event of one place (a place,
 * then the waiting list in order), the confirmation carries a valid iCalendar file and a
 * cancellation link that the outbox never shows; cancelling by the link promotes the
 * first waiting, who is mailed; the participant list reads back from CSV and XLSX;
 * check-in toggles by htmx; the annual report's numbers; and the anonymisation after the
 * retention days, which keeps the numbers and leaves no personal data in the audit log.
 */
@KlyngeIntegrationTest
class EventFlowTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final AtomicInteger SEQ = new AtomicInteger();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/arrangementer/avmelding/([A-Za-z0-9_-]{43}))");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	@Autowired
	Events events;

	@Autowired
	EventAnonymiser anonymiser;

	@Autowired
	Clusters clusters;

	@Autowired
	UserDetailsService users;

	OffsetDateTime startedAt;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		startedAt = jdbc.sql("select now()").query(OffsetDateTime.class).single();
	}

	@AfterEach
	void failLeftovers() {
		// whatever this test queued and did not send stays out of other tests' outbox
		// runs
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(startedAt)
			.update();
	}

	@Test
	void registerWaitCancelPromoteExportCheckInAndAnonymise() throws Exception {
		Fixture f = event(1);
		String n = f.slug();
		// bad input first: nothing stored, the messages in the user's language, 422
		String refused = mvc
			.perform(post("/arrangementer/" + n + "/pamelding").with(csrf()).param("name", "").param("email", "nope"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Skriv navnet ditt.", "Skriv en gyldig e-postadresse",
				"Svar på dette spørsmålet.");
		assertThat(count(f.id(), null)).isZero();

		String a = register(n, "Ada Lovelace " + n, "ada-" + n + "@example.org", f);
		assertThat(a).contains("Du har fått plass");
		String b = register(n, "Bo Berg " + n, "bo-" + n + "@example.org", f);
		assertThat(b).contains("nummer 1 på ventelisten");
		String c = register(n, "Cy Dahl " + n, "cy-" + n + "@example.org", f);
		assertThat(c).contains("nummer 2 på ventelisten");
		// the same address twice is refused kindly
		String twice = mvc
			.perform(post("/arrangementer/" + n + "/pamelding").with(csrf())
				.param("name", "Ada igjen")
				.param("email", "ADA-" + n + "@example.org")
				.param("q-" + f.question(), "Sykepleie"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).contains("allerede påmeldt");
		assertThat(count(f.id(), "CONFIRMED")).isEqualTo(1);
		assertThat(count(f.id(), "WAITING")).isEqualTo(2);

		// the mails: a confirmation with a valid calendar file, waiting-list mails
		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		MimeMessage toA = only(sent, "ada-" + n + "@example.org");
		assertThat(toA.getSubject()).isEqualTo("Påmeldt: " + f.title());
		Calendar ics = parse(attachment(toA, "arrangement.ics"));
		Component vevent = ics.getComponent("VEVENT").orElseThrow();
		assertThat(vevent.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(f.title());
		assertThat(vevent.getProperty("UID").orElseThrow().getValue()).isEqualTo("event-" + f.id() + "@klynge");
		assertThat(vevent.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Årstadveien 17");
		assertThat(vevent.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Oslo");
		assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
		String linkA = link(toA);
		MimeMessage toB = only(sent, "bo-" + n + "@example.org");
		assertThat(toB.getSubject()).isEqualTo("Venteliste: " + f.title());
		assertThat(text(toB)).contains("nummer 1 på ventelisten");
		assertThat(text(only(sent, "cy-" + n + "@example.org"))).contains("nummer 2 på ventelisten");
		// the outbox (its page, export and audit) keeps the text without the link
		List<String> bodies = jdbc.sql("select body from mail_outbox where recipient = ?")
			.param("ada-" + n + "@example.org")
			.query(String.class)
			.list();
		assertThat(bodies).singleElement().asString().contains("[lenke skjult]").doesNotContain(token(linkA));

		// cancel by the link: a page first, then the post; B gets the place and a mail
		assertThat(mvc.perform(get(linkA)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Meld meg av", "Ada Lovelace " + n);
		mvc.perform(post(linkA).with(csrf())).andExpect(status().isOk());
		assertThat(stateOf(f.id(), "bo-" + n + "@example.org")).isEqualTo("CONFIRMED");
		assertThat(stateOf(f.id(), "cy-" + n + "@example.org")).isEqualTo("WAITING");
		assertThat(stateOf(f.id(), "ada-" + n + "@example.org")).isEqualTo("CANCELLED");
		mvc.perform(get(linkA)).andExpect(status().isGone());
		mvc.perform(post(linkA).with(csrf())).andExpect(status().isGone());
		greenMail.purgeEmailFromAllMailboxes();
		List<MimeMessage> promoted = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		MimeMessage toBAgain = only(promoted, "bo-" + n + "@example.org");
		assertThat(toBAgain.getSubject()).isEqualTo("Du har fått plass: " + f.title());
		assertThat(attachment(toBAgain, "arrangement.ics")).isNotEmpty();
		assertThat(promoted).noneMatch(m -> MailMarker.to(m).startsWith("cy-"));
		// B's new link works, B's registration link from the waiting mail no longer
		mvc.perform(get(link(toBAgain))).andExpect(status().isOk());
		mvc.perform(get(link(toB))).andExpect(status().isGone());

		// the participant list, exported and read back
		var staff = user(users.loadUserByUsername("sekretariat"));
		byte[] csv = mvc.perform(get("/events/" + f.id() + "/participants.csv").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.getFirst()).startsWith("\uFEFFNavn;E-post;Arbeidssted;Status").endsWith(";Studieprogram");
		assertThat(lines).anyMatch(
				l -> l.startsWith("Bo Berg " + n + ";bo-" + n + "@example.org;;Påmeldt;") && l.endsWith(";Vernepleie"));
		assertThat(lines).anyMatch(l -> l.startsWith("Cy Dahl " + n) && l.contains(";Venteliste;1;"));
		assertThat(lines).hasSize(4);
		byte[] xlsx = mvc.perform(get("/events/" + f.id() + "/participants.xlsx").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Deltakere");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Navn");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Bo Berg " + n);
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Vernepleie");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
		}

		// check-in on the phone page: htmx swaps the row; again undoes it; again checks
		// in
		UUID bo = registration(f.id(), "bo-" + n + "@example.org");
		String row = mvc
			.perform(
					post("/events/" + f.id() + "/check-in/" + bo).with(staff).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row).contains("id=\"p-" + bo + "\"", "Sjekket inn", "aria-pressed=\"true\"").doesNotContain("<html");
		mvc.perform(post("/events/" + f.id() + "/check-in/" + bo).with(staff).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk());
		assertThat(checkedIn(bo)).isFalse();
		mvc.perform(post("/events/" + f.id() + "/check-in/" + bo).with(staff).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(checkedIn(bo)).isTrue();
		// a waiting participant cannot be checked in
		UUID cy = registration(f.id(), "cy-" + n + "@example.org");
		mvc.perform(post("/events/" + f.id() + "/check-in/" + cy).with(staff).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/events/" + f.id() + "/check-in").param("q", "bo berg").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Bo Berg " + n).doesNotContain("Cy Dahl");

		// the numbers for the annual report
		int year = f.start().atZoneSameInstant(ZoneId.of("Europe/Oslo")).getYear();
		ParticipantNumbers numbers = numbers(year, f.id());
		assertThat(numbers)
			.extracting(ParticipantNumbers::registered, ParticipantNumbers::waiting, ParticipantNumbers::checkedIn)
			.containsExactly(1, 1, 1);

		// anonymisation: not before the retention days have passed, then the people go
		// and
		// the numbers stay
		Instant end = f.start().plusHours(6).toInstant();
		assertThat(anonymiser.anonymise(clusters.get(ALREK), end.plus(9, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(0);
		assertThat(count(f.id(), null)).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from event_registration where event_id = ? and anonymised_at is null")
			.param(f.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
		anonymiser.anonymise(clusters.get(ALREK), end.plus(11, ChronoUnit.DAYS));
		assertThat(jdbc.sql("""
				select count(*) from event_registration where event_id = ? and anonymised_at is not null
				  and name is null and email is null and organisation is null and token_hash is null""")
			.param(f.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from event_answer a join event_registration r on r.id = a.registration_id
				where r.event_id = ?""").param(f.id()).query(Integer.class).single()).isZero();
		assertThat(numbers(year, f.id())).isEqualTo(numbers);
		// the audit log never held the people
		assertThat(jdbc.sql("""
				select count(*) from audit_log where table_name in ('event_registration', 'event_answer')
				  and (coalesce(before::text, '') || coalesce(after::text, '')) like ?""")
			.param("%" + n + "%")
			.query(Integer.class)
			.single()).isZero();
		// the participant list shows them anonymised; the link opens nothing any more
		assertThat(mvc.perform(get("/events/" + f.id() + "/participants").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("(anonymisert)").doesNotContain("Bo Berg");
		mvc.perform(get(link(toBAgain))).andExpect(status().isGone());
	}

	@Test
	void registrationClosedOrDraftIsRefusedKindly() throws Exception {
		Fixture f = event(5);
		jdbc.sql("update event set registration_closes = now() - interval '1 hour' where id = ?")
			.param(f.id())
			.update();
		String page = mvc
			.perform(post("/arrangementer/" + f.slug() + "/pamelding").with(csrf())
				.param("name", "Sen Student")
				.param("email", "sen@example.org")
				.param("q-" + f.question(), "Sykepleie"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Påmeldingen er stengt.").doesNotContain("Meld meg på</button>");
		assertThat(count(f.id(), null)).isZero();
		jdbc.sql("update event set status = 'DRAFT' where id = ?").param(f.id()).update();
		mvc.perform(get("/arrangementer/" + f.slug())).andExpect(status().isNotFound());
		mvc.perform(post("/arrangementer/" + f.slug() + "/pamelding").with(csrf()).param("name", "X"))
			.andExpect(status().isNotFound());
	}

	// --- fixtures

	record Fixture(UUID id, String slug, String title, UUID question, OffsetDateTime start) {
	}

	/**
	 * A published event in three days, open for registration, with one required question.
	 */
	Fixture event(int capacity) {
		String slug = "flyt-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
		String title = "Flyttest " + slug;
		OffsetDateTime start = OffsetDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS);
		UUID id = jdbc.sql("""
				insert into event (cluster_id, title, slug, place, starts_at, ends_at, capacity, registration_opens,
				                   status, retention_days)
				values (?, ?, ?, 'Årstadveien 17', ?, ?, ?, now() - interval '1 day', 'PUBLISHED', 10) returning id""")
			.params(ALREK, title, slug, start, start.plusHours(6), capacity)
			.query(UUID.class)
			.single();
		UUID question = jdbc.sql("""
				insert into event_question (cluster_id, event_id, position, text, kind, required)
				values (?, ?, 1, 'Studieprogram', 'TEXT', true) returning id""")
			.params(ALREK, id)
			.query(UUID.class)
			.single();
		return new Fixture(id, slug, title, question, start);
	}

	private String register(String slug, String name, String email, Fixture f) throws Exception {
		return mvc
			.perform(post("/arrangementer/" + slug + "/pamelding").with(csrf())
				.param("name", name)
				.param("email", email)
				.param("q-" + f.question(), name.startsWith("Bo") ? "Vernepleie" : "Sykepleie"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int count(UUID eventId, String status) {
		return jdbc
			.sql("select count(*) from event_registration where event_id = ? and (?::text is null or status = ?::text)")
			.params(eventId, status, status)
			.query(Integer.class)
			.single();
	}

	private String stateOf(UUID eventId, String email) {
		return jdbc.sql("select status from event_registration where event_id = ? and email = ?")
			.params(eventId, email)
			.query(String.class)
			.single();
	}

	private UUID registration(UUID eventId, String email) {
		return jdbc.sql("select id from event_registration where event_id = ? and email = ?")
			.params(eventId, email)
			.query(UUID.class)
			.single();
	}

	private boolean checkedIn(UUID id) {
		return jdbc.sql("select checked_in_at is not null from event_registration where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	private ParticipantNumbers numbers(int year, UUID eventId) {
		return ClusterScope.call(ALREK, () -> events.participantNumbers(year))
			.stream()
			.filter(p -> p.eventId().equals(eventId))
			.findFirst()
			.orElseThrow();
	}

	private static MimeMessage only(List<MimeMessage> sent, String to) {
		List<MimeMessage> mine = sent.stream().filter(m -> MailMarker.to(m).equals(to)).toList();
		assertThat(mine).as("mails to " + to).hasSize(1);
		return mine.getFirst();
	}

	private static String link(MimeMessage mail) throws Exception {
		Matcher matcher = LINK.matcher(text(mail));
		assertThat(matcher.find()).as("a cancellation link in the mail").isTrue();
		return matcher.group(1);
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/** Parses and validates: RFC 5545 and, for PUBLISH, RFC 5546, with ical4j. */
	static Calendar parse(byte[] ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		assertThat(calendar.validate().getEntries()).as("RFC 5545 validation of\n" + new String(ics)).isEmpty();
		assertThat(new ITIPValidator().validate(calendar).getEntries()).as("iTIP validation").isEmpty();
		for (String required : List.of("PRODID", "VERSION")) {
			assertThat(calendar.getProperty(required)).as(required).isPresent();
		}
		Component vevent = calendar.getComponent("VEVENT").orElseThrow();
		for (String required : List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "ORGANIZER")) {
			assertThat(vevent.getProperties(required)).as(required).hasSize(1);
		}
		assertThat(calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Oslo");
		return calendar;
	}

	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return "";
	}

	static byte[] attachment(Part part, String fileName) throws Exception {
		List<BodyPart> parts = new ArrayList<>();
		collect(part, parts);
		for (BodyPart body : parts) {
			if (fileName.equals(body.getFileName())) {
				try (InputStream in = body.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
					in.transferTo(out);
					return out.toByteArray();
				}
			}
		}
		throw new AssertionError("no attachment " + fileName);
	}

	private static void collect(Part part, List<BodyPart> parts) throws Exception {
		if (part instanceof BodyPart body) {
			parts.add(body);
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), parts);
			}
		}
	}

}
