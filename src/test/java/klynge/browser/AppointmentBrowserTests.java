package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The appointment pages in Chromium with axe-core, at desk width and 390 px phone width
 * (no sideways scrolling): the public list of office holders, the secretariat's list with
 * the ending term highlighted, a position with its process of sak 04-23, the new position
 * form, the start page's warning, and an overlapping term refused with the form kept. 0
 * violations each.
 */
@BrowserTest
class AppointmentBrowserTests {

	static final String DEMO = "a7700000-0000-4000-8000-000000000001";

	static Browser browser;

	@Test
	void thePublicListOfOfficeHoldersOnDeskAndPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			browser.open("/vervinnehavere");
			assertThat(browser.status()).isEqualTo(200);
			assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Leder for Brukerpanelet",
					"Frøydis Kristine Bruvik");
			axe.assertNoViolations("/vervinnehavere at " + width);
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
		}
		browser.viewport(1280, 900);
	}

	@Test
	void theSecretariatsPagesOnDeskAndPhoneAndARefusedOverlap() {
		Axe axe = new Axe(browser);
		browser.viewport(1280, 900);
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/");
		assertThat(browser.driver().findElement(By.id("start-terms")).getText()).contains("Leder for Brukerpanelet");
		axe.assertNoViolations("/ with term warnings");
		browser.open("/verv/new");
		axe.assertNoViolations("/verv/new");
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			browser.open("/verv");
			assertThat(browser.driver().findElement(By.cssSelector(".term-ending")).getText())
				.contains("Leder for Brukerpanelet", "slutter snart");
			axe.assertNoViolations("/verv at " + width);
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
			browser.open("/verv/" + DEMO);
			assertThat(browser.driver().findElement(By.tagName("main")).getText())
				.contains("Sak 04-23 Leder for Styringsgruppen 2024-2026, aktuell prosess", "Karsten Specht");
			axe.assertNoViolations("/verv/{id} at " + width);
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
		}
		browser.viewport(1280, 900);
		// a term inside Specht's is refused, the form keeps what was chosen
		new Select(browser.driver().findElement(By.id("personId"))).selectByVisibleText("Eivind Hansen");
		WebElement from = browser.driver().findElement(By.id("validFrom"));
		browser.script("arguments[0].value = '2023-06-01'", from);
		browser.submit(By.cssSelector("#term-form button[type=submit]"));
		assertThat(browser.driver().findElement(By.id("term-error")).getText()).contains("Karsten Specht");
		assertThat(new Select(browser.driver().findElement(By.id("personId"))).getFirstSelectedOption().getText())
			.isEqualTo("Eivind Hansen");
		axe.assertNoViolations("/verv/{id}/terms refused");
		browser.logout();
	}

}
