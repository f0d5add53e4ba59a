package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import klynge.shared.SecretTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The idea bank in Chromium with axe-core (issue 16, requirement 3's done-when): a
 * student registers for Studentkonferansen through the event's registration form, submits
 * a poster (a text file first, refused with the fields kept; then a PDF), follows the
 * status link; staff approve it, give it a slot that shows in the program, and publish;
 * the poster is then found by the idea bank's search and downloaded. Every new page has
 * no axe violations, and the public pages fit a 390 px phone.
 */
@BrowserTest
class IdeaBankBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	OffsetDateTime startedAt;

	@AfterEach
	void failLeftovers() {
		// the receipts have no SMTP server here: out of other tests' outbox runs
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(startedAt)
			.update();
	}

	String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	@Test
	void aStudentRegistersSubmitsAPosterAndFindsItInTheIdeaBank() throws Exception {
		startedAt = jdbc.sql("select now()").query(OffsetDateTime.class).single();
		String slug = "studentkonferansen-" + System.nanoTime();
		UUID event = jdbc.sql("""
				insert into event (cluster_id, title, slug, summary, place, starts_at, ends_at, capacity,
				                   registration_opens, status)
				values (?, 'Studentkonferansen i nettleseren', ?, 'Studentene presenterer.', 'Årstadveien 17',
				        date_trunc('day', now()) + interval '30 days 9 hours',
				        date_trunc('day', now()) + interval '30 days 15 hours', 20, now() - interval '1 day',
				        'PUBLISHED') returning id""").params(ALREK, slug).query(UUID.class).single();
		UUID call = jdbc.sql("""
				insert into ideabank_call (cluster_id, event_id, year, opens_at, closes_at, topics)
				values (?, ?, extract(year from now() + interval '30 days')::integer, now() - interval '1 day',
				        now() + interval '20 days', E'Samhandling\\nDigital helse') returning id""")
			.params(ALREK, event)
			.query(UUID.class)
			.single();
		Path text = Files.createTempFile("poster", ".pdf");
		Files.writeString(text, "Dette er ikke en PDF.", StandardCharsets.UTF_8);
		Path pdf = Files.createTempFile("poster", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII));
		String title = "Samhandling i nettleseren " + System.nanoTime();
		Axe axe = new Axe(browser);
		browser.logout();

		// the student registers through the event's own form
		browser.open("/arrangementer/" + slug);
		browser.type(By.id("name"), "Nora Student");
		browser.type(By.id("email"), "nora-" + slug + "@student.example.org");
		browser.submit(By.cssSelector("form.event-registration button[type=submit]"));
		assertThat(main()).contains("Du har fått plass");

		// and submits: a text file first, refused with what was typed kept
		browser.open("/idebank/innsending/" + slug);
		axe.assertNoViolations("/idebank/innsending/{slug}");
		browser.type(By.id("name"), "Nora Student");
		browser.type(By.id("email"), "nora-" + slug + "@student.example.org");
		browser.type(By.id("title"), title);
		browser.type(By.id("summary"), "Hvordan studenter i praksis ser samhandlingen mellom tjenestene.");
		browser.type(By.id("studyProgramme"), "Bachelor i sykepleie");
		browser.type(By.id("institution"), "Høgskulen på Vestlandet");
		browser.type(By.id("supervisor"), "Kari Nordvik");
		browser.click(By.cssSelector("#topic option[value='Samhandling']"));
		browser.click(By.id("showName"));
		browser.click(By.id("thesisIdea"));
		browser.driver().findElement(By.id("poster")).sendKeys(text.toAbsolutePath().toString());
		browser.submit(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.status()).isEqualTo(422);
		assertThat(browser.driver().findElement(By.id("poster-error")).getText()).contains("Filen er ikke en PDF");
		assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(browser.driver().findElement(By.id("showName")).isSelected()).isTrue();
		axe.assertNoViolations("/idebank/innsending/{slug} (refused)");
		browser.driver().findElement(By.id("poster")).sendKeys(pdf.toAbsolutePath().toString());
		browser.submit(By.cssSelector("main form button[type=submit]"));
		assertThat(main()).contains("Takk for innsendingen", "nora-" + slug);
		axe.assertNoViolations("/idebank/innsending/{slug} (submitted)");
		UUID id = jdbc.sql("select id from ideabank_submission where call_id = ?")
			.param(call)
			.query(UUID.class)
			.single();

		// the status link (its token is only in the mail: this one is made here)
		String token = SecretTokens.newToken();
		jdbc.sql("update ideabank_submission set token_hash = ? where id = ?")
			.params(SecretTokens.hash(token), id)
			.update();
		browser.open("/idebank/status/" + token);
		assertThat(main()).contains(title, "Til vurdering");
		axe.assertNoViolations("/idebank/status/{token}");

		// staff approve, give a slot (the day is the event's, filled in) and publish
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/ideabank");
		axe.assertNoViolations("/ideabank");
		browser.open("/ideabank/cfp/" + call);
		axe.assertNoViolations("/ideabank/cfp/{id}");
		browser.click(By.linkText(title));
		assertThat(main()).contains("nora-" + slug + "@student.example.org");
		axe.assertNoViolations("/ideabank/submissions/{id}");
		browser.click(By.id("decision-APPROVED"));
		browser.type(By.id("comment"), "Velkommen til konferansen!");
		browser.submit(By.xpath("//button[normalize-space()='Lagre vurderingen']"));
		assertThat(main()).contains("Godkjent");
		browser.script("document.getElementById('slotStartsAt').value = '13:00';"
				+ "document.getElementById('slotEndsAt').value = '13:20';");
		browser.type(By.id("slotSession"), "Posterutstilling");
		browser.submit(By.xpath("//button[normalize-space()='Sett i programmet']"));
		assertThat(browser.status()).isEqualTo(200);
		axe.assertNoViolations("/ideabank/submissions/{id} (approved, slotted)");
		browser.open("/arrangementer/" + slug);
		assertThat(main()).contains("Posterutstilling: " + title, "Nora Student (Høgskulen på Vestlandet)");
		browser.open("/ideabank/cfp/" + call);
		browser.submit(By.xpath("//button[normalize-space()='Publiser i idébanken']"));
		assertThat(main()).contains("Posterne er publisert i idébanken.");

		// anyone finds it in the idea bank by its words, topic and institution
		browser.logout();
		browser.open("/idebank");
		axe.assertNoViolations("/idebank");
		browser.type(By.id("q"), "Samhandling i nettleseren");
		browser.click(By.cssSelector("#tema option[value='Samhandling']"));
		browser.click(By.cssSelector("#institusjon option[value='Høgskulen på Vestlandet']"));
		browser.submit(By.cssSelector("form.ideabank-search button[type=submit]"));
		assertThat(browser.currentPath()).startsWith("/idebank?");
		assertThat(main()).contains(title);
		axe.assertNoViolations("/idebank?q=…");
		browser.click(By.linkText(title));
		assertThat(main()).contains("Hvordan studenter i praksis", "Nora Student", "Kari Nordvik")
			.doesNotContain("@student.example.org");
		axe.assertNoViolations("/idebank/poster/{id}");
		browser.open("/idebank/oppgaveideer");
		assertThat(main()).contains(title, "Hvordan bruker kommunene pasientforløp for eldre?");
		axe.assertNoViolations("/idebank/oppgaveideer");

		// a 390 px phone: the idea bank, a poster and the form fit without sideways
		// scrolling
		browser.viewport(390, 844);
		try {
			for (String path : new String[] { "/idebank", "/idebank/poster/" + id, "/idebank/oppgaveideer",
					"/idebank/innsending/studentkonferansen-2027" }) {
				browser.open(path);
				assertThat(browser.status()).as(path).isEqualTo(200);
				axe.assertNoViolations(path + " at 390 px");
				assertThat(browser.horizontalOverflow()).as(path).isZero();
			}
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

}
