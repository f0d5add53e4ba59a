package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, requirement 2: the secretariat plans a five-item Partnermøte on the meeting
 * page alone (the body's template, one members-only item, one uploaded document),
 * reorders it with the keyboard and summons it, counting the clicks, at desktop width and
 * on a 390 × 844 phone, with no sideways scrolling and no axe violations.
 */
@BrowserTest
class AgendaPageBrowserTests {

	static Browser browser;

	WebDriver driver;

	Axe axe;

	@Autowired
	JdbcClient jdbc;

	@Test
	void desktop() throws Exception {
		int clicks = planOnOnePage(1280, 900, Path.of("docs", "images", "meeting-page.png"));
		System.out.println("Agenda page (desktop): " + clicks + " clicks");
		assertThat(clicks).isLessThanOrEqualTo(10);
	}

	@Test
	void phone() throws Exception {
		int clicks = planOnOnePage(390, 844, Path.of("docs", "images", "meeting-page-phone.png"));
		System.out.println("Agenda page (390 x 844): " + clicks + " clicks");
		assertThat(clicks).isLessThanOrEqualTo(10);
	}

	/**
	 * The same task through the pages the agenda had before issue 14 (still there, and
	 * unchanged: one form per item, the item's page for a document, which took only
	 * links, and the order page), for comparison.
	 */
	@Test
	void theSameTaskThroughTheOldPages() throws Exception {
		driver = browser.driver();
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		String body = jdbc.sql("select body_id from body_name where name = 'Partnermøtet'")
			.query(String.class)
			.single();
		browser.open("/bodies/" + body + "/meetings");
		browser.resetClicks();
		browser.submit(main().findElement(By.linkText("Nytt møte")));
		MeetingJourneyBrowserTests.typeDate(driver.findElement(By.id("meetingDate")), TestYears.uniqueDay().toString());
		browser.clickButton("Lagre");
		String meeting = browser.currentPath();
		String[] titles = { "Godkjenning av innkalling og sakliste", "Referat fra forrige møte", "Orienteringer",
				"Eventuelt", "Budsjett 2027" };
		for (String title : titles) {
			browser.submit(main().findElement(By.linkText("Ny sak")));
			browser.type(By.id("title"), title);
			if (title.startsWith("Budsjett")) {
				WebElement access = driver.findElement(By.id("access"));
				browser.click(access.findElement(By.cssSelector("option[value=MEMBERS]")));
			}
			browser.clickButton("Lagre");
		}
		// a document (before: a link only) on "Orienteringer"
		WebElement orienteringer = driver.findElements(By.cssSelector("section.item"))
			.stream()
			.filter(s -> s.findElement(By.tagName("h3")).getText().contains("Orienteringer"))
			.findFirst()
			.orElseThrow();
		browser.submit(orienteringer.findElement(By.linkText("Endre saken")));
		browser.type(By.id("document-title"), "Orientering fra sekretariatet")
			.type(By.id("document-url"), "https://example.org/orientering.pdf");
		browser.submit(driver.findElement(By.cssSelector("form[action$='/documents'] button[type=submit]")));
		browser.submit(main().findElement(By.partialLinkText("Partnermøtet")));
		// reorder with the keyboard on the order page
		browser.submit(main().findElement(By.partialLinkText("Rekkefølge")));
		for (int i = 0; i < 2; i++) {
			WebElement up = driver
				.findElement(By.cssSelector("button[aria-label*='Budsjett 2027'][formaction*='direction=-1']"));
			up.sendKeys(Keys.ENTER);
			browser.waitUpTo(Duration.ofSeconds(10)).until(Browser.staleness(up));
		}
		browser.submit(main().findElement(By.linkText("Tilbake til møtet")));
		assertThat(browser.currentPath()).isEqualTo(meeting);
		browser.clickButton("Send innkalling");
		browser.clickButton("Ja, send innkallingen");
		assertThat(driver.findElement(By.cssSelector(".status-line .badge")).getText()).isEqualTo("Innkalt");
		System.out.println("The old pages: " + browser.clicks() + " clicks");
	}

	private int planOnOnePage(int width, int height, Path screenshot) throws Exception {
		driver = browser.driver();
		axe = new Axe(browser);
		try {
			return plan(width, height, screenshot);
		}
		catch (Throwable failure) {
			Path dir = AccessibilityTests.SCREENSHOTS;
			browser.screenshot(dir.resolve("agenda-page-failure-" + width + ".png"));
			Files.writeString(dir.resolve("agenda-page-failure-" + width + ".html"),
					browser.currentPath() + "\n" + driver.getPageSource());
			throw failure;
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

	private int plan(int width, int height, Path screenshot) throws Exception {
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.viewport(width, height);
		String body = jdbc.sql("select body_id from body_name where name = 'Partnermøtet'")
			.query(String.class)
			.single();
		browser.open("/bodies/" + body + "/meetings");
		browser.resetClicks();

		// a new meeting: the body's usual place and Teams link are filled in, no reason
		// asked
		browser.submit(main().findElement(By.linkText("Nytt møte")));
		assertThat(browser.horizontalOverflow()).as("meeting form at " + width).isZero();
		assertThat(driver.findElement(By.id("address")).getDomProperty("value")).isEqualTo("Årstadveien 17");
		assertThat(driver.findElement(By.id("onlineUrl")).getDomProperty("value")).startsWith("https://teams.");
		assertThat(main().getText()).doesNotContain("Begrunnelse");
		LocalDate day = TestYears.uniqueDay();
		MeetingJourneyBrowserTests.typeDate(driver.findElement(By.id("meetingDate")), day.toString());
		browser.clickButton("Lagre");
		assertThat(browser.currentPath()).matches("/meetings/[0-9a-f-]{36}");
		// a page wider than the phone (the attendance table was) is zoomed out by the
		// phone, and a tap on "Legg til sak" landed in the table instead
		assertThat(browser.horizontalOverflow()).as("new meeting's page at " + width).isZero();

		// four recurring items from the template, in one click
		browser.clickButton("Bruk mal (4 saker)");
		awaitText("Malen er brukt: 4 saker lagt til.");
		assertThat(rowTitles()).containsExactly("Godkjenning av innkalling og sakliste", "Referat fra forrige møte",
				"Orienteringer", "Eventuelt");

		// a fifth, members-only, with its time
		browser.type(By.id("title"), "Budsjett 2027").type(By.id("plannedMinutes"), "30");
		WebElement access = driver.findElement(By.id("access"));
		// choosing the option is one click (clicking the select itself would leave a
		// phone's picker open)
		browser.click(access.findElement(By.cssSelector("option[value=MEMBERS]")));
		assertThat(new Select(access).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("MEMBERS");
		browser.clickButton("Legg til sak");
		awaitText("Saken «Budsjett 2027» er lagt til.");
		WebElement budget = browser.agendaRow("Budsjett 2027");
		assertThat(budget.getText()).contains("Kun medlemmer", "30 min", "ferdig 15:10");

		// a document uploaded to "Orienteringer", edited in place
		browser.submit(browser.agendaRow("Orienteringer").findElement(By.cssSelector("a.edit-item")));
		Path pdf = Files.createTempFile("orientering", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
		driver.findElement(By.id("upload-file")).sendKeys(pdf.toAbsolutePath().toString());
		browser.type(By.id("upload-title"), "Orientering fra sekretariatet");
		axe.assertNoViolations("agenda item edited in place (" + width + ")");
		browser.clickButton("Last opp");
		awaitText("Dokumentet er lastet opp til «Orienteringer».");
		assertThat(browser.agendaRow("Orienteringer")
			.findElement(By.linkText("Orientering fra sekretariatet"))
			.getDomAttribute("href")).matches("/item-files/[0-9a-f-]{36}");

		// the members-only item moves up twice with the keyboard: announced, focus kept
		WebElement up = browser.agendaRow("Budsjett 2027").findElement(By.cssSelector("button.move-up"));
		up.sendKeys(Keys.ENTER);
		browser.waitUpTo(Duration.ofSeconds(10)).until(Browser.staleness(up));
		awaitText("er flyttet opp.");
		WebElement focused = browser.waitUpTo(Duration.ofSeconds(10)).until(d -> {
			WebElement active = d.switchTo().activeElement();
			return String.valueOf(active.getDomAttribute("aria-label")).contains("Budsjett 2027") ? active : null;
		});
		focused.sendKeys(Keys.ENTER);
		browser.waitUpTo(Duration.ofSeconds(10)).until(Browser.staleness(focused));
		browser.waitUpTo(Duration.ofSeconds(10)).until(d -> rowTitles().indexOf("Budsjett 2027") == 2);
		assertThat(rowTitles()).containsExactly("Godkjenning av innkalling og sakliste", "Referat fra forrige møte",
				"Budsjett 2027", "Orienteringer", "Eventuelt");
		assertThat(driver.findElement(By.id("agenda-status")).getText()).contains("Budsjett 2027")
			.contains("flyttet opp");
		assertThat(driver.switchTo().activeElement().getDomAttribute("aria-label")).contains("Budsjett 2027");

		axe.assertNoViolations("meeting page with its agenda (" + width + ")");
		assertThat(browser.horizontalOverflow()).as("meeting page at " + width).isZero();
		driver.findElement(By.id("agenda-editor")).getLocation();
		browser.script("document.getElementById('agenda-editor').scrollIntoView();");
		browser.screenshot(screenshot);

		// the summons, confirmed
		browser.clickButton("Send innkalling");
		assertThat(main().getText()).contains("Budsjett 2027");
		axe.assertNoViolations("summons confirmation (" + width + ")");
		browser.clickButton("Ja, send innkallingen");
		assertThat(driver.findElement(By.cssSelector(".status-line .badge")).getText()).isEqualTo("Innkalt");
		int clicks = browser.clicks();
		assertThat(browser.horizontalOverflow()).as("summoned meeting at " + width).isZero();
		axe.assertNoViolations("summoned meeting (" + width + ")");

		// anonymous visitors see four items, not the members-only one nor its tag
		String path = browser.currentPath();
		browser.logout();
		browser.open(path);
		assertThat(main().getText()).contains("Orienteringer").doesNotContain("Budsjett 2027");
		return clicks;
	}

	private WebElement main() {
		return driver.findElement(By.tagName("main"));
	}

	private List<String> rowTitles() {
		return driver.findElements(By.cssSelector("#agenda-editor .agenda-row-title"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void awaitText(String text) {
		browser.waitUpTo(Duration.ofSeconds(15))
			.until(d -> d.findElement(By.id("agenda-status")).getText().contains(text));
	}

}
