package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search in Chromium with axe-core: a reader types "budsjett 2022" in the header's search
 * box by keyboard, gets ranked results with highlights (sak 22-21 first) and opens it
 * with Enter; a case number typed in the box lands on the item; the results page with
 * filters at desk width and at 390 px (no sideways scrolling). 0 violations each.
 */
@BrowserTest
class SearchBrowserTests {

	static Browser browser;

	@Test
	void aReaderFindsTheBudgetDecisionByKeyboard() {
		Axe axe = new Axe(browser);
		browser.logout();
		browser.viewport(1280, 900);
		browser.open("/");
		WebElement box = browser.driver().findElement(By.id("site-search-q"));
		browser.script("arguments[0].focus()", box);
		box.sendKeys("budsjett 2022", Keys.ENTER);
		waitFor("/sok");
		List<WebElement> results = browser.driver().findElements(By.cssSelector(".search-results > li"));
		assertThat(results).isNotEmpty();
		assertThat(results.get(0).getText()).contains("Sak 22-21", "Budsjettforslag 2022");
		assertThat(browser.driver().findElements(By.cssSelector(".search-results mark"))).isNotEmpty();
		assertThat(browser.driver().findElement(By.cssSelector("[role=status].search-count")).getText())
			.contains("treff på «budsjett 2022»");
		axe.assertNoViolations("/sok?q=budsjett 2022");

		WebElement first = results.get(0).findElement(By.cssSelector("h2 a"));
		browser.script("arguments[0].focus()", first);
		first.sendKeys(Keys.ENTER);
		waitFor("/meetings/");
		assertThat(browser.driver().getCurrentUrl()).contains("#item-");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Budsjettforslag 2022");
	}

	@Test
	void aCaseNumberLandsOnTheItem() {
		browser.logout();
		browser.viewport(1280, 900);
		browser.open("/");
		WebElement box = browser.driver().findElement(By.id("site-search-q"));
		browser.script("arguments[0].focus()", box);
		box.sendKeys("sak 22-21", Keys.ENTER);
		waitFor("/meetings/");
		assertThat(browser.driver().getCurrentUrl()).contains("#item-");
	}

	@Test
	void theResultsPageWithFiltersOnDeskAndPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			browser.open("/sok?q=styringsgruppen&type=ITEM");
			assertThat(browser.status()).isEqualTo(200);
			assertThat(browser.driver().findElements(By.cssSelector(".search-results > li"))).isNotEmpty();
			axe.assertNoViolations("/sok with filters at " + width);
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
			browser.open("/sok?q=ingenslikeordfinnes");
			assertThat(browser.driver().findElement(By.cssSelector(".search-count")).getText()).contains("Ingen treff");
			axe.assertNoViolations("/sok without results at " + width);
		}
		browser.viewport(1280, 900);
		browser.logout();
	}

	private void waitFor(String path) {
		for (int i = 0; i < 100 && !browser.currentPath().startsWith(path); i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(browser.currentPath()).startsWith(path);
	}

}
