package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.meeting.attendance.Attendance;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requirement 3 of issue 14, as the secretariat lives it during a meeting: on a held
 * Partnermøte with five items, record attendance in the grid and write every item's
 * minutes on one page, counting clicks, at desktop width and on a 390 × 844 phone (no
 * sideways scrolling), with axe. The autosave is proved by reloading the page. The same
 * task through the per-item pages (as before the one-page editor) is counted too.
 */
@BrowserTest
class MinutesEditorBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final Path IMAGES = Path.of("docs", "images");

	static Browser browser;

	WebDriver driver;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Attendance attendance;

	@AfterEach
	void desktopAgain() {
		browser.viewport(1280, 900);
	}

	@Test
	void attendanceAndFiveItemsOnOnePageAtDesktopWidth() throws Exception {
		int clicks = onePage(1280, 900, "minutes-editor.png");
		System.out.println("[minutes-editor] clicks, one page, desktop: " + clicks);
		assertThat(clicks).isLessThanOrEqualTo(5);
	}

	@Test
	void attendanceAndFiveItemsOnOnePageOnAPhone() throws Exception {
		int clicks = onePage(390, 844, "minutes-editor-phone.png");
		System.out.println("[minutes-editor] clicks, one page, phone: " + clicks);
		assertThat(clicks).isLessThanOrEqualTo(5);
	}

	/**
	 * The same task through the pages that were there before the one-page editor (the
	 * attendance page, then each item's own minutes page), for the count in the report.
	 */
	@Test
	void theSameTaskThroughThePerItemPages() {
		driver = browser.driver();
		Held held = heldMeeting();
		loginAsSecretariat();
		browser.open("/meetings/" + held.meeting()).resetClicks();
		browser.submit(By.linkText("Registrer oppmøte"));
		recordAttendance();
		browser.submit(By.cssSelector("main a[href='/meetings/" + held.meeting() + "']"));
		for (int i = 0; i < held.items().size(); i++) {
			browser.submit(driver.findElements(By.linkText("Skriv referat")).get(i));
			browser.type(By.id("notes"), text(i));
			browser.submit(By.cssSelector("form[action$='/minutes'] button[type=submit]"));
		}
		int clicks = browser.clicks();
		System.out.println("[minutes-editor] clicks, per-item pages: " + clicks);
		for (int i = 0; i < held.items().size(); i++) {
			assertThat(notes(held.items().get(i))).isEqualTo(text(i));
		}
	}

	private int onePage(int width, int height, String screenshot) throws Exception {
		driver = browser.driver();
		Held held = heldMeeting();
		loginAsSecretariat();
		browser.viewport(width, height);
		browser.open("/meetings/" + held.meeting()).resetClicks();
		try {
			browser.submit(By.linkText("Skriv referatet (alle saker på én side)"));
			assertThat(browser.currentPath()).isEqualTo("/meetings/" + held.meeting() + "/minutes/edit");
			Axe axe = new Axe(browser);
			axe.assertNoViolations("one-page minutes editor");
			assertThat(decision(2).getAttribute("value")).as("the vedtak is prefilled from the proposal")
				.isEqualTo(PROPOSAL);

			recordAttendance();

			// typing only: each item saves itself when typing stops and when focus moves
			// on
			for (int i = 0; i < 5; i++) {
				WebElement notes = item(i).findElement(By.cssSelector("textarea[name=notes]"));
				notes.sendKeys(text(i));
			}
			decision(0).sendKeys("Vedtatt.");
			// Ctrl+S saves whatever is still waiting (the prefilled vedtak of item 3)
			new Actions(driver).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
			Eventually.until("every item saved", () -> states().stream().allMatch(s -> s.startsWith("Lagret kl.")));
			int clicks = browser.clicks();

			axe.assertNoViolations("one-page minutes editor, saved");
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling at " + width + " px").isZero();
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			browser.screenshot(IMAGES.resolve(screenshot));

			// the autosave is proved by the page loaded again
			driver.navigate().refresh();
			browser.waitUpTo(Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.minutes-item")));
			for (int i = 0; i < 5; i++) {
				assertThat(item(i).findElement(By.cssSelector("textarea[name=notes]")).getAttribute("value"))
					.isEqualTo(text(i));
				assertThat(notes(held.items().get(i))).isEqualTo(text(i));
			}
			assertThat(decision(0).getAttribute("value")).endsWith("Vedtatt.");
			assertThat(jdbc.sql("select decision from item_minutes where item_id = ?")
				.params(held.items().get(2))
				.query(String.class)
				.single()).isEqualTo(PROPOSAL);
			assertThat(jdbc.sql("select status from attendance where meeting_id = ? order by section, sort_order")
				.params(held.meeting())
				.query(String.class)
				.list()).contains("ABSENT", "REMOTE");
			assertThat(browser.horizontalOverflow()).isZero();
			return clicks;
		}
		catch (Throwable failure) {
			Path dir = AccessibilityTests.SCREENSHOTS;
			browser.screenshot(dir.resolve("minutes-editor-failure.png"));
			Files.writeString(dir.resolve("minutes-editor-failure.html"),
					browser.currentPath() + "\n" + driver.getPageSource());
			throw failure;
		}
	}

	static final String PROPOSAL = "Partnermøtet tar orienteringen til etterretning.";

	record Held(UUID meeting, List<UUID> items) {
	}

	/**
	 * A held Partnermøte with five items (the third with a proposed vedtak) and its
	 * summons list, in a year of its own.
	 */
	private Held heldMeeting() {
		LocalDate day = TestYears.uniqueDay();
		UUID body = jdbc.sql("""
				select body_id from body_name where cluster_id = ? and name = 'Partnermøtet'
				order by valid_from desc limit 1""").params(ALREK).query(UUID.class).single();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		String[] titles = { "Godkjenning av innkalling", "Orientering fra sekretariatet", "Årsmelding", "Handlingsplan",
				"Eventuelt" };
		List<UUID> items = new ArrayList<>();
		for (int i = 0; i < titles.length; i++) {
			items.add(jdbc
				.sql("""
						insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
						                         access, proposed_decision)
						values (?, ?, ?, ?, ?, ?, 'DISCUSSION', ?, 'PUBLIC', ?) returning id""")
				.params(ALREK, meeting, body, i + 1, day.getYear(), i + 1, titles[i], i == 2 ? PROPOSAL : null)
				.query(UUID.class)
				.single());
		}
		ClusterScope.run(ALREK, () -> attendance.generateSummonsList(meeting));
		assertThat(jdbc.sql("select count(*) from attendance where meeting_id = ? and section = 'MEMBER'")
			.params(meeting)
			.query(Integer.class)
			.single()).as("Partnermøtet's members are summoned").isGreaterThanOrEqualTo(2);
		return new Held(meeting, items);
	}

	private void loginAsSecretariat() {
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
	}

	/**
	 * The grid saves each change by itself: one apology ("x") and one on Teams, a click
	 * each.
	 */
	private void recordAttendance() {
		browser.chooseAttendance(0, "ABSENT");
		browser.chooseAttendance(1, "REMOTE");
	}

	private WebElement item(int index) {
		return driver.findElements(By.cssSelector("section.minutes-item")).get(index);
	}

	private WebElement decision(int index) {
		return item(index).findElement(By.cssSelector("textarea[name=decision]"));
	}

	private List<String> states() {
		return driver.findElements(By.cssSelector(".autosave-status"))
			.stream()
			.map(element -> element.getText().strip())
			.toList();
	}

	private String notes(UUID item) {
		return jdbc.sql("select notes from item_minutes where item_id = ?")
			.params(item)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String text(int index) {
		return "Punkt " + (index + 1) + ": drøftet i møtet, sekretariatet følger opp.";
	}

}
