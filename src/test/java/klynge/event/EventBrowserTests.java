package klynge.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import klynge.browser.Axe;
import klynge.browser.Browser;
import klynge.browser.BrowserTest;
import klynge.shared.Eventually;
import klynge.shared.SecretTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events in Chromium with axe-core: the public registers through the real form (refused
 * first, with the messages beside the fields; then a place, then the waiting list),
 * cancels by a personal link (and the used link answers 410); staff check a participant
 * in on a 390 px phone by the htmx toggle, with no sideways scrolling; every page has no
 * axe violations.
 */
@BrowserTest
class EventBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	OffsetDateTime startedAt;

	@AfterEach
	void failLeftovers() {
		// the confirmation mails have no SMTP server here: out of other tests' outbox
		// runs
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(startedAt)
			.update();
	}

	@Test
	void thePublicRegistersAndCancelsAndStaffCheckInOnAPhone() {
		startedAt = jdbc.sql("select now()").query(OffsetDateTime.class).single();
		String slug = "nettleser-" + System.nanoTime();
		UUID event = jdbc.sql("""
				insert into event (cluster_id, title, slug, summary, place, starts_at, ends_at, capacity,
				                   registration_opens, status)
				values (?, 'Nettleserkonferansen', ?, 'Et arrangement for nettlesertesten.', 'Årstadveien 17',
				        now() + interval '20 days', now() + interval '20 days 6 hours', 1, now() - interval '1 day',
				        'PUBLISHED') returning id""").params(ALREK, slug).query(UUID.class).single();
		UUID day = jdbc.sql("""
				insert into event_day (cluster_id, event_id, day, theme)
				values (?, ?, (now() + interval '20 days')::date, 'Studentene presenterer') returning id""")
			.params(ALREK, event)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into event_session (cluster_id, day_id, starts_at, ends_at, title, room, speakers)
				values (?, ?, '09:00', '10:00', 'Åpning', 'Auditoriet', 'Klyngefasilitator')""")
			.params(ALREK, day)
			.update();
		jdbc.sql("""
				insert into event_question (cluster_id, event_id, position, text, kind, choices, required)
				values (?, ?, 1, 'Studieprogram', 'TEXT', null, true),
				       (?, ?, 2, 'Presenterer du?', 'CHOICE', E'Ja\\nNei', false)""")
			.params(ALREK, event, ALREK, event)
			.update();
		Axe axe = new Axe(browser);
		browser.logout();

		browser.open("/arrangementer");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Nettleserkonferansen");
		axe.assertNoViolations("/arrangementer");
		browser.open("/arrangementer/" + slug);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Åpning",
				"Studentene presenterer", "1 av 1 plasser ledige");
		axe.assertNoViolations("/arrangementer/{slug}");

		// refused: the messages beside the fields, what was typed kept
		browser.type(By.id("name"), "Kari Nettleser");
		browser.submit(By.cssSelector("form.event-registration button[type=submit]"));
		assertThat(browser.status()).isEqualTo(422);
		assertThat(browser.driver().findElement(By.id("email-error")).getText()).isEqualTo("Skriv e-postadressen din.");
		assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Kari Nettleser");
		axe.assertNoViolations("/arrangementer/{slug}/pamelding (refused)");

		browser.type(By.id("email"), "kari-" + slug + "@example.org");
		browser.driver().findElement(By.cssSelector("input[id^='q-'][type=text]")).sendKeys("Sykepleie");
		browser.click(By.cssSelector("input[type=radio][value='Ja']"));
		browser.submit(By.cssSelector("form.event-registration button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Du har fått plass");
		axe.assertNoViolations("/arrangementer/{slug}/pamelding (a place)");

		browser.open("/arrangementer/" + slug);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Arrangementet er fullt");
		browser.type(By.id("name"), "Per Venter");
		browser.type(By.id("email"), "per-" + slug + "@example.org");
		browser.driver().findElement(By.cssSelector("input[id^='q-'][type=text]")).sendKeys("Vernepleie");
		browser.submit(By.cssSelector("form.event-registration button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("nummer 1 på ventelisten");
		axe.assertNoViolations("/arrangementer/{slug}/pamelding (waiting list)");

		// a personal link (the mail's token is only in the mail: this one is made here)
		String token = SecretTokens.newToken();
		jdbc.sql("update event_registration set token_hash = ? where event_id = ? and email = ?")
			.params(SecretTokens.hash(token), event, "per-" + slug + "@example.org")
			.update();
		browser.open("/arrangementer/avmelding/" + token);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Per Venter",
				"Du står på ventelisten.");
		axe.assertNoViolations("/arrangementer/avmelding/{token}");
		browser.submit(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Du er meldt av");
		axe.assertNoViolations("/arrangementer/avmelding/{token} (done)");
		browser.open("/arrangementer/avmelding/" + token);
		assertThat(browser.status()).isEqualTo(410);
		axe.assertNoViolations("/arrangementer/avmelding/{token} (gone)");

		// staff: the pages, then check-in on a phone
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		for (String path : new String[] { "/events", "/events/new", "/events/" + event,
				"/events/" + event + "/participants", "/events/e7e00000-0000-4000-8000-000000002021" }) {
			browser.open(path);
			assertThat(browser.status()).as(path).isEqualTo(200);
			axe.assertNoViolations(path);
		}
		browser.viewport(390, 844);
		try {
			browser.open("/events/" + event + "/check-in");
			axe.assertNoViolations("/events/{id}/check-in at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.type(By.id("q"), "kari");
			browser.submit(By.cssSelector("form.check-in-search button[type=submit]"));
			var toggle = browser.driver().findElement(By.cssSelector(".check-in-toggle"));
			assertThat(toggle.getText()).contains("Kari Nettleser", "Ikke sjekket inn");
			assertThat(toggle.getSize().getHeight()).as("a tap target a thumb hits").isGreaterThanOrEqualTo(44);
			toggle.click();
			Eventually.until("checked in by htmx", () -> {
				try {
					// read once: htmx may swap the row between two reads
					String text = browser.driver().findElement(By.cssSelector(".check-in-toggle")).getText();
					return text.contains("Sjekket inn") && !text.contains("Ikke sjekket inn");
				}
				catch (StaleElementReferenceException swapped) {
					return false;
				}
			});
			assertThat(browser.currentPath()).startsWith("/events/" + event + "/check-in");
			assertThat(jdbc
				.sql("select checked_in_at is not null from event_registration where event_id = ? and email = ?")
				.params(event, "kari-" + slug + "@example.org")
				.query(Boolean.class)
				.single()).isTrue();
			axe.assertNoViolations("/events/{id}/check-in checked in");
			assertThat(browser.horizontalOverflow()).isZero();
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

}
