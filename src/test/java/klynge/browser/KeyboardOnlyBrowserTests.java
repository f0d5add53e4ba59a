package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The secretariat renames an agenda item with the keyboard alone: Tab, Enter and typing,
 * no mouse. Before every Enter the focused element is the one expected, and its focus is
 * visible. Works on the planned October 2023 Partnermøte (demo item 06-23), which no
 * other test reads.
 */
@BrowserTest
class KeyboardOnlyBrowserTests {

	static final String NEW_TITLE = "Godkjenning av innkalling og sakliste (endret med tastatur)";

	static Browser browser;

	WebDriver driver;

	@Test
	void secretariatRenamesAnItemWithTheKeyboardOnly() {
		driver = browser.driver();
		browser.logout();

		// log in: Tab to the fields, type, Enter on the button
		browser.open("/login");
		tabTo("the username field", e -> "username".equals(e.getDomAttribute("id")));
		keys("sekretariat");
		tabTo("the password field", e -> "password".equals(e.getDomAttribute("id")));
		keys("demo");
		enterOn(tabTo("the login button", e -> e.getTagName().equals("button") && e.getText().contains("Logg inn")));
		assertThat(browser.currentPath()).doesNotStartWith("/login");

		// from the calendar to the meeting
		browser.open("/meetings?month=2023-10");
		enterOn(tabTo("the Partnermøtet meeting in the calendar",
				e -> e.getTagName().equals("a") && e.getDomAttribute("href") != null
						&& e.getDomAttribute("href").startsWith("/meetings/") && e.getText().contains("Partnermøtet")
						// in October 2023's grid, not the coming meetings other tests
						// planned above it
						&& !e.findElements(By.xpath("ancestor::table[contains(@class, 'calendar')]")).isEmpty()));
		assertThat(browser.currentPath()).matches("/meetings/[0-9a-f-]{36}");
		String meeting = browser.currentPath();
		assertThat(driver.findElement(By.id("sak-06-23")).getText())
			.contains("Godkjenning av innkalling, sakliste og referat fra forrige møte");

		// to "Endre saken" of item 06-23
		enterOn(tabTo("Endre saken of item 06-23",
				e -> e.getTagName().equals("a") && e.getText().equals("Endre saken") && isInside(e, "sak-06-23")));
		assertThat(browser.currentPath()).matches("/items/[0-9a-f-]{36}/edit");

		// change the title and save with Enter on the save button
		tabTo("the title field", e -> "title".equals(e.getDomAttribute("id")));
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform(); // select
																								// all
		keys(NEW_TITLE);
		assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(NEW_TITLE);
		enterOn(tabTo("the save button",
				e -> e.getTagName().equals("button") && e.getText().equals("Lagre")
						&& "submit".equals(e.getDomAttribute("type"))
						&& e.findElement(By.xpath("ancestor::form")).findElements(By.id("title")).size() == 1));

		assertThat(browser.currentPath()).isEqualTo(meeting);
		assertThat(driver.findElement(By.id("sak-06-23")).getText()).contains(NEW_TITLE);
		assertThat(driver.findElement(By.cssSelector("[role=status], .flash")).getText()).contains("Lagret");
	}

	/**
	 * Presses Tab until the focused element is the wanted one; fails after 150 presses.
	 */
	private WebElement tabTo(String what, Predicate<WebElement> wanted) {
		List<String> passed = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			keys(Keys.TAB);
			WebElement active = driver.switchTo().activeElement();
			if (active.getTagName().equals("body")) {
				continue; // focus still on the document itself (the browser's first Tab
							// enters the page)
			}
			assertFocusVisible(active);
			if (wanted.test(active)) {
				return active;
			}
			passed.add(describe(active));
		}
		throw new AssertionError("Tab never reached " + what + " on " + browser.currentPath() + "; passed " + passed);
	}

	/**
	 * Presses Enter on the element, which must have the (visible) focus, and waits for
	 * the next page.
	 */
	private void enterOn(WebElement element) {
		WebElement active = driver.switchTo().activeElement();
		assertThat(active).as("the focused element before Enter").isEqualTo(element);
		assertFocusVisible(active);
		keys(Keys.ENTER);
		browser.waitUpTo(Duration.ofSeconds(15)).until(Browser.staleness(element));
		browser.waitUpTo(Duration.ofSeconds(15))
			.until(d -> "complete".equals(browser.script("return document.readyState;")));
	}

	private void assertFocusVisible(WebElement element) {
		// Designsystemet rings a checkbox's or radio's whole field (box and label), not
		// the box itself
		Object visible = browser.script("var e = arguments[0];"
				+ " function ring(x) { var s = getComputedStyle(x); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; }"
				+ " var field = e.matches('input[type=checkbox], input[type=radio]') ? e.closest('.ds-field') : null;"
				+ " return ring(e) || (field !== null && ring(field));", element);
		assertThat(visible)
			.as("visible focus on %s at %s (%s)", describe(element), browser.currentPath(), browser.script(
					"var e = arguments[0], s = getComputedStyle(e); return e.matches(':focus-visible') + ' ' + e.matches(':focus') + ' ' + (document.activeElement === e) + ' ' + document.hasFocus() + ' '"
							+ " + s.outlineStyle + ' ' + s.outlineWidth + ' ' + e.outerHTML;",
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

	private static String describe(WebElement element) {
		String text = element.getText().strip();
		return element.getTagName()
				+ (text.isEmpty() ? "" : "[" + (text.length() > 30 ? text.substring(0, 30) : text) + "]");
	}

}
