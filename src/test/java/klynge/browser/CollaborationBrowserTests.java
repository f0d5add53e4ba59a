package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Collaboration partners in Chromium with axe-core: the public page (no contact, no
 * partner in dialog) on a desktop and a 390 px phone without sideways scrolling; the
 * secretariat's pages likewise; and by keyboard alone a new partner is created, its
 * status changed, and a refused case number shows its message with what was typed.
 */
@BrowserTest
class CollaborationBrowserTests {

	static final String IDRETT = "c0ab0000-0000-4000-8000-000000000001";

	static Browser browser;

	String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	@Test
	void everyPageHasNoAxeViolationsOnADesktopAndAPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		try {
			for (int width : new int[] { 1280, 390 }) {
				browser.viewport(width, width == 390 ? 844 : 900);
				browser.open("/samarbeidspartnere");
				assertThat(browser.status()).isEqualTo(200);
				assertThat(main())
					.contains("Idrettsklynge Vest", "Polyfon kunnskapsklynge for musikkterapi", "Alrekdagene 2021",
							"sak 25-21")
					.doesNotContain("Olaviken", "Ola Nordmann", "example.org");
				axe.assertNoViolations("/samarbeidspartnere at " + width);
				assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isZero();
			}
			browser.viewport(1280, 900);
			assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
			for (int width : new int[] { 1280, 390 }) {
				browser.viewport(width, width == 390 ? 844 : 900);
				for (String path : new String[] { "/samarbeidspartnere/admin", "/samarbeidspartnere/admin/ny",
						"/samarbeidspartnere/admin/" + IDRETT, "/samarbeidspartnere" }) {
					browser.open(path);
					assertThat(browser.status()).as(path).isEqualTo(200);
					axe.assertNoViolations(path + " at " + width);
					assertThat(browser.horizontalOverflow()).as("sideways scrolling of %s at %d px", path, width)
						.isZero();
				}
			}
			browser.open("/samarbeidspartnere/admin");
			assertThat(main()).contains("NKS Olaviken alderspsykiatriske sykehus", "I dialog",
					"ola.nordmann@idrettsklynge.example.org");
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

	@Test
	void byKeyboardAloneStaffAddAPartnerAndChangeItsStatus() {
		Axe axe = new Axe(browser);
		browser.viewport(1280, 900);
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		String name = "Tastaturnettverket " + System.nanoTime();
		browser.open("/samarbeidspartnere/admin/ny");
		WebElement field = browser.driver().findElement(By.id("name"));
		browser.script("arguments[0].focus()", field);
		field.sendKeys(name);
		WebElement kind = browser.driver().findElement(By.id("kind"));
		kind.sendKeys("Nettverk");
		field.sendKeys(Keys.ENTER); // Enter in a field submits its form
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
			.until(d -> d.findElement(By.tagName("h1")).getText().equals(name));
		assertThat(main()).contains("Lagret.", "I dialog", "Vises ikke på den offentlige siden");
		axe.assertNoViolations("/samarbeidspartnere/admin/{id} (new)");

		// status: choose by typing on the focused select, then Enter on the button
		WebElement status = browser.driver().findElement(By.id("newStatus"));
		browser.script("arguments[0].focus()", status);
		status.sendKeys("Formalisert");
		WebElement change = browser.driver().findElement(By.cssSelector("form[action$='/status'] button[type=submit]"));
		browser.script("arguments[0].focus()", change);
		change.sendKeys(Keys.ENTER);
		waitForText("Vises på den offentlige siden");
		assertThat(main()).contains("Formalisert");

		// a refused case number: the message, the page answers 422 and keeps what was
		// typed
		WebElement caseNumber = browser.driver().findElement(By.id("caseNumber"));
		browser.script("arguments[0].focus()", caseNumber);
		caseNumber.sendKeys("99-99", Keys.ENTER);
		waitForText("Organet har ingen sak 99-99.");
		assertThat(browser.status()).isEqualTo(422);
		assertThat(browser.driver().findElement(By.id("caseNumber")).getAttribute("value")).isEqualTo("99-99");
		axe.assertNoViolations("/samarbeidspartnere/admin/{id}/saker (refused)");

		browser.logout();
		browser.open("/samarbeidspartnere");
		assertThat(main()).contains(name);
	}

	private void waitForText(String text) {
		// the page is replaced while it is read: a stale <main> is read again
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("main")).getText().contains(text));
	}

}
