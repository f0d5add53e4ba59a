package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import klynge.cluster.ClusterScope;
import klynge.meeting.attendance.Attendance;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, requirements 2 and 3 with the keyboard alone (after logging in): Tab,
 * Shift+Tab, Enter, arrow keys and typing, never a click. On a held Partnermøte with five
 * items the secretariat opens the one-page minutes editor from the meeting page, marks
 * one member "x" (forfall) in the attendance grid, writes every item's notes and a
 * vedtak, adds a follow-up under one item and leaves the page, and everything is in the
 * database. On a planned meeting an item is moved up on the agenda editor. Wherever focus
 * lands (also after an htmx swap) it is on the element expected and visible.
 */
@BrowserTest
class KeyboardMinutesBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final String[] TITLES = { "Godkjenning av innkalling", "Orientering fra sekretariatet", "Årsmelding",
			"Handlingsplan", "Eventuelt" };

	static final String FOLLOW_UP = "Sekretariatet sender handlingsplanen på høring";

	static Browser browser;

	WebDriver driver;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Attendance attendance;

	@Test
	void minutesOnOnePageWithTheKeyboardOnly() throws Exception {
		driver = browser.driver();
		UUID meeting = meeting("HELD", 5);
		List<UUID> items = items(meeting);
		ClusterScope.run(ALREK, () -> attendance.generateSummonsList(meeting));
		loginAsSecretariat();
		browser.open("/meetings/" + meeting);
		try {
			enterOn(tabTo("the link to the one-page minutes editor",
					e -> e.getTagName().equals("a") && e.getText().contains("alle saker på én side")));
			browser.waitUpTo(Duration.ofSeconds(15))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.minutes-item")));
			assertThat(browser.currentPath()).isEqualTo("/meetings/" + meeting + "/minutes/edit");

			// the first member sends apologies: the arrow key picks "x", the grid saves
			// itself and the focus stays on the row's status
			WebElement status = tabTo("the first status in the attendance grid",
					e -> e.getTagName().equals("select") && e.getDomAttribute("name").startsWith("status-"));
			String statusId = status.getDomAttribute("id");
			UUID row = UUID.fromString(statusId.substring("status-".length()));
			// the live regions already on the page: a screen reader announces only what
			// changes in one of them, not a new one the swap brings
			browser.script("document.querySelectorAll('[role=status], [aria-live]')"
					+ ".forEach(function (r) { r.dataset.liveBefore = 'true'; });");
			keys(Keys.ARROW_DOWN);
			Eventually.until("the apology saved", () -> "ABSENT".equals(
					jdbc.sql("select status from attendance where id = ?").params(row).query(String.class).single()));
			Eventually.until("the grid swapped",
					() -> !driver.findElements(By.cssSelector("#attendance-table [role=status]")).isEmpty());
			Eventually.until("the save announced in a live region that was there before",
					() -> Boolean.TRUE.equals(browser
						.script("return Array.prototype.some.call(document.querySelectorAll('[data-live-before]'),"
								+ " function (r) { return r.textContent.indexOf('Lagret.') >= 0; });")));
			WebElement again = focusWhere("the focus back on the row's status",
					e -> statusId.equals(e.getDomAttribute("id")));
			assertFocusVisible(again);
			assertThat(again.getDomProperty("value")).isEqualTo("ABSENT");

			// every item's notes, a vedtak for the first, a follow-up under the fourth
			for (int i = 0; i < items.size(); i++) {
				UUID item = items.get(i);
				tabTo("the notes of item " + (i + 1), e -> ("notes-" + item).equals(e.getDomAttribute("id")));
				keys(text(i));
				if (i == 0) {
					tabTo("the vedtak of item 1", e -> ("decision-" + item).equals(e.getDomAttribute("id")));
					keys("Vedtatt.");
				}
				if (i == 3) {
					addFollowUp(item);
				}
			}

			// leave with Shift+Tab up to the meeting link; the last item saves as its
			// field loses the focus, and every item's state says so
			WebElement back = shiftTabTo("the link back to the meeting",
					e -> e.getTagName().equals("a") && ("/meetings/" + meeting).equals(e.getDomAttribute("href")));
			Eventually.until("every item saved",
					() -> driver.findElements(By.cssSelector(".autosave-status"))
						.stream()
						.allMatch(s -> s.getText().strip().startsWith("Lagret kl.")));
			enterOn(back);
			assertThat(browser.currentPath()).isEqualTo("/meetings/" + meeting);

			for (int i = 0; i < items.size(); i++) {
				assertThat(column("notes", items.get(i))).isEqualTo(text(i));
			}
			assertThat(column("decision", items.getFirst())).isEqualTo("Vedtatt.");
			assertThat(jdbc.sql("select description from follow_up where item_id = ?")
				.params(items.get(3))
				.query(String.class)
				.list()).containsExactly(FOLLOW_UP);
			assertThat(jdbc.sql("select count(*) from attendance where meeting_id = ? and status = 'ABSENT'")
				.params(meeting)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		catch (Throwable failure) {
			saveFailure("keyboard-minutes-failure");
			throw failure;
		}
	}

	@Test
	void agendaItemMovedUpWithTheKeyboardOnly() throws Exception {
		driver = browser.driver();
		UUID meeting = meeting("PLANNED", 3);
		List<UUID> items = items(meeting);
		loginAsSecretariat();
		browser.open("/meetings/" + meeting);
		try {
			String moved = TITLES[2];
			WebElement up = tabTo("the move-up button of " + moved, e -> e.getTagName().equals("button")
					&& ("Flytt " + moved + " opp").equals(e.getDomAttribute("aria-label")));
			enterOn(up, false);
			browser.waitUpTo(Duration.ofSeconds(15)).until(Browser.staleness(up));
			Eventually.until("the new order saved", () -> items.get(2)
				.equals(jdbc.sql("select id from agenda_item where meeting_id = ? order by position limit 1 offset 1")
					.params(meeting)
					.query(UUID.class)
					.single()));
			WebElement focused = focusWhere("the focus back on the moved item",
					e -> e.getDomAttribute("aria-label") != null && e.getDomAttribute("aria-label").contains(moved));
			assertFocusVisible(focused);
			assertThat(focused.getDomAttribute("aria-label")).isEqualTo("Flytt " + moved + " opp");
			assertThat(driver.findElement(By.id("agenda-status")).getText()).contains(moved).contains("flyttet opp");

			// once more: now first, it takes the focus on its way down
			enterOn(focused, false);
			browser.waitUpTo(Duration.ofSeconds(15)).until(Browser.staleness(focused));
			Eventually.until("moved to the top",
					() -> items.get(2)
						.equals(jdbc.sql("select id from agenda_item where meeting_id = ? order by position limit 1")
							.params(meeting)
							.query(UUID.class)
							.single()));
			WebElement down = focusWhere("the focus on the first item's move-down",
					e -> ("Flytt " + moved + " ned").equals(e.getDomAttribute("aria-label")));
			assertFocusVisible(down);
		}
		catch (Throwable failure) {
			saveFailure("keyboard-agenda-failure");
			throw failure;
		}
	}

	/**
	 * Opens "Ny oppfølging" under the item with Enter, picks the first owner with the
	 * arrow key, types the task and adds it with Enter; the confirmation takes the focus.
	 */
	private void addFollowUp(UUID item) {
		enterOn(tabTo("Ny oppfølging under item " + item, e -> e.getTagName().equals("summary")
				&& e.getText().contains("Ny oppfølging") && isInside(e, "minutes-records-" + item)), false);
		tabTo("the follow-up's owner", e -> ("ownerCode-" + item).equals(e.getDomAttribute("id")));
		keys(Keys.ARROW_DOWN);
		tabTo("the follow-up's description", e -> ("followupDescription-" + item).equals(e.getDomAttribute("id")));
		keys(FOLLOW_UP);
		enterOn(tabTo("Legg til oppfølging", e -> e.getTagName().equals("button")
				&& e.getText().contains("Legg til oppfølging") && isInside(e, "minutes-records-" + item)), false);
		WebElement message = focusWhere("the focus on the follow-up's confirmation",
				e -> "status".equals(e.getDomAttribute("role")));
		assertThat(message.getText()).contains("lagt til");
		assertFocusVisible(message);
		assertThat(driver.findElement(By.id("minutes-records-" + item)).getText()).contains(FOLLOW_UP);
	}

	/** A Partnermøte in a year of its own, with {@code count} items. */
	private UUID meeting(String status, int count) {
		LocalDate day = TestYears.uniqueDay();
		UUID body = jdbc.sql("""
				select body_id from body_name where cluster_id = ? and name = 'Partnermøtet'
				order by valid_from desc limit 1""").params(ALREK).query(UUID.class).single();
		UUID meeting = jdbc
			.sql("insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, ?) returning id")
			.params(ALREK, body, day, status)
			.query(UUID.class)
			.single();
		for (int i = 0; i < count; i++) {
			jdbc.sql(
					"""
							insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
							                         access)
							values (?, ?, ?, ?, ?, ?, 'DISCUSSION', ?, 'PUBLIC')""")
				.params(ALREK, meeting, body, i + 1, day.getYear(), i + 1, TITLES[i])
				.update();
		}
		return meeting;
	}

	private List<UUID> items(UUID meeting) {
		return jdbc.sql("select id from agenda_item where meeting_id = ? order by position")
			.params(meeting)
			.query(UUID.class)
			.list();
	}

	private String column(String column, UUID item) {
		return jdbc.sql("select " + column + " from item_minutes where item_id = ?")
			.params(item)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void loginAsSecretariat() {
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
	}

	/**
	 * Waits until the focused element is the wanted one (after an htmx swap the old one
	 * may be gone: looked at again).
	 */
	private WebElement focusWhere(String what, Predicate<WebElement> wanted) {
		return Eventually.value(what, () -> {
			try {
				WebElement active = driver.switchTo().activeElement();
				return wanted.test(active) ? active : null;
			}
			catch (StaleElementReferenceException ex) {
				return null;
			}
		}, active -> active != null);
	}

	private WebElement tabTo(String what, Predicate<WebElement> wanted) {
		return press(Keys.TAB, what, wanted);
	}

	private WebElement shiftTabTo(String what, Predicate<WebElement> wanted) {
		return press(Keys.chord(Keys.SHIFT, Keys.TAB), what, wanted);
	}

	/**
	 * Presses the key until the focused element is the wanted one, checking that every
	 * element on the way shows its focus; fails after 300 presses.
	 */
	private WebElement press(CharSequence key, String what, Predicate<WebElement> wanted) {
		List<String> passed = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			keys(key);
			WebElement active = driver.switchTo().activeElement();
			if (active.getTagName().equals("body")) {
				continue; // the document itself: the first Tab enters the page
			}
			assertFocusVisible(active);
			if (wanted.test(active)) {
				return active;
			}
			passed.add(describe(active));
		}
		throw new AssertionError("never reached " + what + " on " + browser.currentPath() + "; passed " + passed);
	}

	/** Enter on the focused element, then waits for the next page. */
	private void enterOn(WebElement element) {
		enterOn(element, true);
	}

	private void enterOn(WebElement element, boolean navigates) {
		WebElement active = driver.switchTo().activeElement();
		assertThat(active).as("the focused element before Enter").isEqualTo(element);
		assertFocusVisible(active);
		keys(Keys.ENTER);
		if (navigates) {
			browser.waitUpTo(Duration.ofSeconds(15)).until(Browser.staleness(element));
			browser.waitUpTo(Duration.ofSeconds(15))
				.until(d -> "complete".equals(browser.script("return document.readyState;")));
		}
	}

	private void assertFocusVisible(WebElement element) {
		Object visible = browser.script("var e = arguments[0], s = getComputedStyle(e);"
				+ " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;", element);
		assertThat(visible).as("visible focus on %s at %s (%s)", describe(element), browser.currentPath(),
				browser.script("var e = arguments[0], s = getComputedStyle(e); return e.matches(':focus-visible')"
						+ " + ' ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + e.outerHTML.substring(0, 300);",
						element))
			.isEqualTo(true);
	}

	private void keys(CharSequence keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	private boolean isInside(WebElement element, String id) {
		return Boolean.TRUE
			.equals(browser.script("return arguments[0].closest('#' + arguments[1]) !== null;", element, id));
	}

	private void saveFailure(String name) throws Exception {
		Path dir = AccessibilityTests.SCREENSHOTS;
		browser.screenshot(dir.resolve(name + ".png"));
		Files.writeString(dir.resolve(name + ".html"), browser.currentPath() + "\n" + driver.getPageSource());
	}

	private static String describe(WebElement element) {
		String text = element.getText().strip();
		String id = element.getDomAttribute("id");
		return element.getTagName() + (id == null ? "" : "#" + id)
				+ (text.isEmpty() ? "" : "[" + (text.length() > 30 ? text.substring(0, 30) : text) + "]");
	}

	private static String text(int index) {
		return "Punkt " + (index + 1) + ": drøftet i møtet, sekretariatet følger opp.";
	}

}
