package klynge.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, leverage: the dashboard (with its chart and expanded project lists), a
 * project's follow-on funding with its forms, and the public summary have no axe
 * violations, on a desktop and on a 390 px phone without sideways scrolling; a refused
 * amount is explained at its field.
 */
@BrowserTest
class LeverageBrowserTests {

	static final String PROJECT = "/virkning/prosjekt/aa230000-0000-4000-8000-000000000001";

	static Browser browser;

	private void check(String who, String page, int width) {
		browser.open(page);
		assertThat(browser.status()).as(page).isEqualTo(200);
		for (var details : browser.driver().findElements(By.cssSelector("details"))) {
			browser.script("arguments[0].open = true", details);
		}
		new Axe(browser).assertNoViolations(who + " " + page + " (" + width + ")");
		assertThat(browser.horizontalOverflow()).as("sideways overflow of %s at %d", page, width).isZero();
	}

	@Test
	void theLeveragePagesMeetWcagOnDesktopAndPhone() {
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			browser.logout();
			check("anonymous", "/virkning/offentlig", width);
			browser.loginAs("sekretariat", "demo");
			for (String page : List.of("/virkning", "/virkning?year=2023", PROJECT)) {
				check("sekretariat", page, width);
			}
			browser.logout();
			browser.loginAs("soker", "demo");
			check("soker", PROJECT, width);
			browser.logout();
		}
	}

	@Test
	void aRefusedAmountIsExplainedAtItsField() {
		browser.logout();
		browser.loginAs("sekretariat", "demo");
		browser.viewport(1280, 900);
		browser.open(PROJECT);
		browser.type(By.id("funder-new"), "Stiftelsen Dam");
		browser.type(By.id("title-new"), "Nettleseren sin søknad");
		browser.type(By.id("amount-new"), "mange penger");
		browser.type(By.id("appliedYear-new"), "2025");
		browser.submit(By.cssSelector("form[aria-labelledby=new-follow-on] button[type=submit]"));
		assertThat(browser.driver().findElement(By.id("amount-new-error")).getText())
			.contains("er ikke et gyldig beløp");
		assertThat(browser.driver().findElement(By.id("title-new")).getAttribute("value"))
			.isEqualTo("Nettleseren sin søknad");
		new Axe(browser).assertNoViolations("refused follow-on funding");
	}

}
