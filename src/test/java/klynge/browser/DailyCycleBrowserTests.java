package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, "done when": the secretariat plans a five-item Partnermøte with a
 * members-only item and an uploaded document, summons it, marks it held, records the
 * attendance in the grid and writes the minutes of every item on one page: at most 25
 * clicks, at desktop width and on a 390 × 844 phone, with no axe violation and no
 * sideways scrolling on any page on the way. The click count of the whole cycle is
 * printed for the note.
 */
@BrowserTest
class DailyCycleBrowserTests {

	static final int MOST_CLICKS = 25;

	static Browser browser;

	WebDriver driver;

	Axe axe;

	int width;

	@Autowired
	JdbcClient jdbc;

	@Test
	void desktop() throws Exception {
		int clicks = cycle(1280, 900);
		System.out.println("[daily-cycle] desktop: " + clicks + " clicks");
		assertThat(clicks).isLessThanOrEqualTo(MOST_CLICKS);
	}

	@Test
	void phone() throws Exception {
		int clicks = cycle(390, 844);
		System.out.println("[daily-cycle] 390 x 844: " + clicks + " clicks");
		assertThat(clicks).isLessThanOrEqualTo(MOST_CLICKS);
	}

	private int cycle(int width, int height) throws Exception {
		this.width = width;
		driver = browser.driver();
		axe = new Axe(browser);
		try {
			return plannedSummonedHeldAndMinuted(height);
		}
		catch (Throwable failure) {
			Path dir = AccessibilityTests.SCREENSHOTS;
			browser.screenshot(dir.resolve("daily-cycle-failure-" + width + ".png"));
			Files.writeString(dir.resolve("daily-cycle-failure-" + width + ".html"),
					browser.currentPath() + "\n" + driver.getPageSource());
			throw failure;
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

	private int plannedSummonedHeldAndMinuted(int height) throws Exception {
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.viewport(width, height);
		String body = jdbc.sql("select body_id from body_name where name = 'Partnermøtet'")
			.query(String.class)
			.single();
		browser.open("/bodies/" + body + "/meetings");
		browser.resetClicks();

		// plan: a new meeting, the body's four usual items, a fifth for members only
		browser.submit(main().findElement(By.linkText("Nytt møte")));
		checked("new meeting");
		MeetingJourneyBrowserTests.typeDate(driver.findElement(By.id("meetingDate")), TestYears.uniqueDay().toString());
		browser.clickButton("Lagre");
		UUID meeting = UUID.fromString(browser.currentPath().substring("/meetings/".length()));
		browser.clickButton("Bruk mal (4 saker)");
		awaitStatus("Malen er brukt: 4 saker lagt til.");
		browser.type(By.id("title"), "Budsjett 2027");
		browser.click(driver.findElement(By.id("access")).findElement(By.cssSelector("option[value=MEMBERS]")));
		browser.clickButton("Legg til sak");
		awaitStatus("Saken «Budsjett 2027» er lagt til.");

		// a document uploaded to "Orienteringer"
		browser.submit(browser.agendaRow("Orienteringer").findElement(By.cssSelector("a.edit-item")));
		Path pdf = Files.createTempFile("orientering", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
		driver.findElement(By.id("upload-file")).sendKeys(pdf.toAbsolutePath().toString());
		browser.type(By.id("upload-title"), "Orientering fra sekretariatet");
		browser.clickButton("Last opp");
		awaitStatus("Dokumentet er lastet opp til «Orienteringer».");
		checked("meeting page with its agenda");

		// summons and held, each confirmed
		browser.clickButton("Send innkalling");
		checked("summons confirmation");
		browser.clickButton("Ja, send innkallingen");
		assertThat(badge()).isEqualTo("Innkalt");
		browser.clickButton("Marker som gjennomført");
		checked("held confirmation");
		browser.clickButton("Ja, marker som gjennomført");
		assertThat(badge()).isEqualTo("Gjennomført");

		// the minutes on one page: attendance in the grid, then typing only
		browser.submit(By.linkText("Skriv referatet (alle saker på én side)"));
		checked("one-page minutes editor");
		browser.chooseAttendance(0, "ABSENT");
		browser.chooseAttendance(1, "REMOTE");
		List<WebElement> items = driver.findElements(By.cssSelector("section.minutes-item"));
		assertThat(items).hasSize(5);
		for (int i = 0; i < items.size(); i++) {
			notes(i).sendKeys("Referat av sak " + (i + 1) + ".");
		}
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
		Eventually.until("every item saved",
				() -> driver.findElements(By.cssSelector(".autosave-status"))
					.stream()
					.allMatch(s -> s.getText().strip().startsWith("Lagret kl.")));
		int clicks = browser.clicks();
		checked("minutes written");

		// what the browser showed is what was stored
		assertThat(jdbc.sql("""
				select m.notes from item_minutes m join agenda_item i on i.id = m.item_id
				where i.meeting_id = ? order by i.position""").params(meeting).query(String.class).list())
			.containsExactly("Referat av sak 1.", "Referat av sak 2.", "Referat av sak 3.", "Referat av sak 4.",
					"Referat av sak 5.");
		assertThat(jdbc.sql("select access from agenda_item where meeting_id = ? and title = 'Budsjett 2027'")
			.params(meeting)
			.query(String.class)
			.single()).isEqualTo("MEMBERS");
		assertThat(jdbc.sql("""
				select count(*) from item_document_file f join item_document d on d.id = f.document_id
				join agenda_item i on i.id = d.item_id where i.meeting_id = ?""")
			.params(meeting)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select status from attendance where meeting_id = ? order by section, sort_order")
			.params(meeting)
			.query(String.class)
			.list()).contains("ABSENT", "REMOTE");
		return clicks;
	}

	/** Every page on the way: no axe violation, no sideways scrolling. */
	private void checked(String page) {
		axe.assertNoViolations(page + " (" + width + ")");
		assertThat(browser.horizontalOverflow()).as(page + " at " + width + " px").isZero();
	}

	private WebElement main() {
		return driver.findElement(By.tagName("main"));
	}

	private String badge() {
		return driver.findElement(By.cssSelector(".status-line .badge")).getText();
	}

	private WebElement notes(int item) {
		return driver.findElements(By.cssSelector("section.minutes-item"))
			.get(item)
			.findElement(By.cssSelector("textarea[name=notes]"));
	}

	private void awaitStatus(String text) {
		browser.waitUpTo(Duration.ofSeconds(15))
			.until(d -> d.findElement(By.id("agenda-status")).getText().contains(text));
	}

}
