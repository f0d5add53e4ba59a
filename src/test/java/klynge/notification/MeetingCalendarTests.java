package klynge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meeting's .ics file and the personal webcal feed, validated by ical4j (RFC 5545 and
 * iTIP) and read by python3-icalendar ({@link NotificationFixtures#parse},
 * {@link NotificationFixtures#python}).
 */
@KlyngeIntegrationTest
class MeetingCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID SG_2023_03_20;

	@BeforeEach
	void stableIds() {
		SG_2023_03_20 = jdbc.sql("select md5('meeting:sg-2023-03-20')::uuid").query(UUID.class).single();
	}

	String ics(UUID meeting) throws Exception {
		return mvc.perform(get("/meetings/{id}.ics", meeting))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void publicFileHasStableUidTimeZoneAndNoExemptTitle() throws Exception {
		String ics = ics(SG_2023_03_20);
		Calendar calendar = NotificationFixtures.parse(ics);
		VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(SG_2023_03_20 + "@klynge");
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
		assertThat(ics).contains("TZID:Europe/Oslo").doesNotContain("Europe/Berlin");
		assertThat(ics).as("a download is published, not an invitation to anyone")
			.contains("METHOD:PUBLISH")
			.doesNotContain("ATTENDEE")
			.contains("DTSTART;TZID=Europe/Oslo:20230320T130000")
			.contains("DTEND;TZID=Europe/Oslo:20230320T150000")
			.contains("SUMMARY:Styringsgruppen 20.03.2023")
			.contains("Personalsak")
			.contains("ORGANIZER");
		assertThat(ics.replace("\r\n ", "")).doesNotContain("Tilsetting i sekretariatet");
		assertThat(NotificationFixtures.python(ics))
			.isEqualTo(SG_2023_03_20 + "@klynge|0|PUBLISH|CONFIRMED|Europe/Oslo|True");
	}

	@Test
	void theDownloadIsNamedByBodyAndDateNotByAnInternalId() throws Exception {
		String disposition = mvc.perform(get("/meetings/{id}.ics", SG_2023_03_20))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		assertThat(disposition).doesNotContain(SG_2023_03_20.toString());
		assertThat(org.springframework.http.ContentDisposition.parse(disposition).getFilename())
			.isEqualTo("Styringsgruppen 2023-03-20.ics");
	}

	@Test
	void staffDownloadIsThePublicFileToo() throws Exception {
		String ics = mvc.perform(get("/meetings/{id}.ics", SG_2023_03_20).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics.replace("\r\n ", "")).doesNotContain("Tilsetting i sekretariatet").contains("Personalsak");
	}

	@Test
	void sequenceRisesOnRescheduleUidStaysAndCancelledIsCancel() throws Exception {
		UUID meeting = NotificationFixtures.meeting(jdbc, LocalDate.now().plusDays(40));
		String first = NotificationFixtures.python(ics(meeting));
		assertThat(first).startsWith(meeting + "@klynge|0|PUBLISH|CONFIRMED|Europe/Oslo|True");

		jdbc.sql("update meeting set meeting_date = meeting_date + 1 where id = ?").param(meeting).update();
		jdbc.sql(
				"insert into meeting_event (cluster_id, meeting_id, kind, reason) values (?, ?, 'RESCHEDULED', 'Kollisjon')")
			.params(NotificationFixtures.ALREK, meeting)
			.update();
		assertThat(NotificationFixtures.python(ics(meeting))).startsWith(meeting + "@klynge|1|PUBLISH|CONFIRMED");

		jdbc.sql("update meeting set status = 'CANCELLED' where id = ?").param(meeting).update();
		jdbc.sql(
				"insert into meeting_event (cluster_id, meeting_id, kind, reason) values (?, ?, 'CANCELLED', 'Sykdom')")
			.params(NotificationFixtures.ALREK, meeting)
			.update();
		String cancelled = ics(meeting);
		assertThat(cancelled).as("the download of a cancelled meeting publishes it as cancelled (CANCEL is mailed)")
			.contains("METHOD:PUBLISH")
			.contains("STATUS:CANCELLED");
		assertThat(NotificationFixtures.python(cancelled))
			.startsWith(meeting + "@klynge|2|PUBLISH|CANCELLED|Europe/Oslo");
		NotificationFixtures.parse(cancelled);
	}

	@Test
	void anotherClusterGetsNotFound() throws Exception {
		mvc.perform(get("/meetings/{id}.ics", SG_2023_03_20).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void feedTokenCanBeMadeUsedAndRevoked() throws Exception {
		mvc.perform(get("/calendar")).andExpect(status().is4xxClientError());
		mvc.perform(get("/calendar").with(httpBasic("medlem", "demo"))).andExpect(status().isOk());
		String token = (String) mvc.perform(post("/calendar/token").with(httpBasic("medlem", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("token"))
			.andReturn()
			.getFlashMap()
			.get("token");
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(jdbc.sql("select count(*) from calendar_token where token_hash = ?")
			.param(token)
			.query(Integer.class)
			.single()).as("only the hash is stored").isZero();

		String page = mvc.perform(get("/calendar").with(httpBasic("medlem", "demo")).flashAttr("token", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("webcal://localhost:8080/calendar/feed/" + token + ".ics")
			.contains("http://localhost:8080/calendar/feed/" + token + ".ics");
		assertThat(page).as("the label names the scheme of the address it shows (http here)")
			.contains("Adresse (http)")
			.doesNotContain("(https)");

		String feed = mvc.perform(get("/calendar/feed/{token}.ics", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).contains("METHOD:PUBLISH").contains("BEGIN:VTIMEZONE");
		NotificationFixtures.parse(feed);
		NotificationFixtures.python(feed);

		mvc.perform(post("/calendar/token/revoke").with(httpBasic("medlem", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/calendar/feed/{token}.ics", token)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/feed/{token}.ics", "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void outboxPageIsForTheSecretariat() throws Exception {
		mvc.perform(get("/mail/outbox")).andExpect(status().is4xxClientError());
		mvc.perform(get("/mail/outbox").with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/mail/outbox").with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		mvc.perform(get("/mail/outbox").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		mvc.perform(post("/mail/outbox/{id}/retry", UUID.randomUUID()).with(httpBasic("medlem", "demo")).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
