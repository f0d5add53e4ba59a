package klynge.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import klynge.shared.CiRule;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings and people made for one test, and the two ICS parsers. */
final class NotificationFixtures {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	private static final AtomicInteger SEQ = new AtomicInteger();

	private NotificationFixtures() {
	}

	static UUID partnermotet(JdbcClient jdbc) {
		return jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
	}

	/** A person with an e-mail address; code ZA.., unique per test run. */
	static UUID person(JdbcClient jdbc, String email) {
		int n = SEQ.incrementAndGet();
		String code = "Z" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26)
				+ (char) ('A' + (int) (System.nanoTime() % 26));
		return jdbc.sql("insert into person (cluster_id, name, code, email) values (?, ?, ?, ?) returning id")
			.params(ALREK, "Test Person " + code, code, email)
			.query(UUID.class)
			.single();
	}

	/** A planned meeting of Partnermøtet with the given people summoned. */
	static UUID meeting(JdbcClient jdbc, LocalDate date, UUID... summoned) {
		UUID meeting = jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, address, room, online_url)
				values (?, ?, ?, '14:00', '16:00', 'Årstadveien 17', 'møterom Tarlebø', 'https://teams.example.org/m')
				returning id""").params(ALREK, partnermotet(jdbc), date).query(UUID.class).single();
		int order = 0;
		for (UUID person : summoned) {
			jdbc.sql(
					"insert into attendance (cluster_id, meeting_id, section, person_id, summoned, sort_order) values (?, ?, 'MEMBER', ?, true, ?)")
				.params(ALREK, meeting, person, order++)
				.update();
		}
		return meeting;
	}

	/**
	 * Parses with ical4j and validates, not only parses: RFC 5545 and, for the calendar's
	 * METHOD, the iTIP rules (RFC 5546: a REQUEST or CANCEL names its ATTENDEEs, DTSTAMP
	 * exactly once, …), with ical4j's validators; and every TZID an event uses names a
	 * VTIMEZONE of the same calendar, which ical4j does not check. Python's icalendar
	 * then reads it too ({@link #python}).
	 */
	static Calendar parse(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
		ValidationResult rfc = calendar.validate();
		assertThat(rfc.getEntries()).as("ical4j's validation (RFC 5545 and iTIP) of\n" + ics).isEmpty();
		ValidationResult itip = new ITIPValidator().validate(calendar);
		assertThat(itip.getEntries()).as("ical4j's iTIP validation of\n" + ics).isEmpty();
		Set<String> zones = calendar.getComponents("VTIMEZONE")
			.stream()
			.map(zone -> zone.getProperty("TZID").orElseThrow().getValue())
			.collect(Collectors.toSet());
		for (Component component : calendar.getComponents()) {
			for (Property property : component.getProperties()) {
				property.getParameter("TZID")
					.ifPresent(tzid -> assertThat(zones)
						.as(property.getName() + " uses TZID " + tzid.getValue() + ": it needs its VTIMEZONE")
						.contains(tzid.getValue()));
			}
			if ("VEVENT".equals(component.getName())) {
				assertThat(component.getProperties("DTSTAMP")).as("DTSTAMP exactly once in a VEVENT").hasSize(1);
			}
		}
		return calendar;
	}

	/**
	 * Parses with Debian's python3-icalendar and checks what the RFCs ask beyond its
	 * parsing (it fails with the errors); prints "UID|SEQUENCE|METHOD|STATUS|TZID|has
	 * VTIMEZONE" per event.
	 */
	static String python(String ics) throws IOException, InterruptedException {
		String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
		String script = """
				import icalendar, sys
				cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
				tz = any(c.name == 'VTIMEZONE' for c in cal.walk())
				zones = set(str(c.get('TZID')) for c in cal.walk('VTIMEZONE'))
				errors = []
				method = str(cal.get('METHOD'))
				for c in cal.walk():
				    for name, value in c.property_items(recursive=False):
				        params = getattr(value, 'params', None) or {}
				        if 'TZID' in params and str(params['TZID']) not in zones:
				            errors.append('%s uses TZID %s without its VTIMEZONE' % (name, params['TZID']))
				for e in cal.walk('VEVENT'):
				    if isinstance(e.get('DTSTAMP'), list) or e.get('DTSTAMP') is None:
				        errors.append('DTSTAMP must occur exactly once in a VEVENT')
				    if method in ('REQUEST', 'CANCEL') and e.get('ATTENDEE') is None:
				        errors.append('METHOD:%s needs ATTENDEE' % method)
				    if method == 'PUBLISH' and e.get('ATTENDEE') is not None:
				        errors.append('METHOD:PUBLISH carries no ATTENDEE')
				    if e.get('ORGANIZER') is None:
				        errors.append('iTIP needs an ORGANIZER')
				if errors:
				    print('\\n'.join(errors))
				    sys.exit(1)
				for e in cal.walk('VEVENT'):
				    print('%s|%s|%s|%s|%s|%s' % (e.get('UID'), e.get('SEQUENCE'), cal.get('METHOD'), e.get('STATUS'),
				          e.get('DTSTART').params.get('TZID'), tz))
				""";
		Process process = new ProcessBuilder(python, "-c", script).redirectErrorStream(true).start();
		process.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		CiRule.require(!out.contains("No module named 'icalendar'"), "python3-icalendar not installed: run bin/test");
		assertThat(process.exitValue()).as(out).isZero();
		return out.strip();
	}

}
