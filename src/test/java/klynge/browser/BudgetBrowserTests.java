package klynge.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, budget: every budget page (the list, the demo budget of 2022 with its edit
 * forms, its follow-through with the chart) has no axe violations, for the secretariat
 * and for a member, on a desktop and on a 390 px phone without sideways scrolling; a
 * refused form (text in an amount field) says why at the form.
 */
@BrowserTest
class BudgetBrowserTests {

	static final String DEMO = "/budgets/b0d90000-0000-4000-8000-000000002022";

	static final List<String> PAGES = List.of("/budgets", DEMO, DEMO + "/follow-up", "/meetings");

	static Browser browser;

	@Test
	void theBudgetPagesMeetWcagOnDesktopAndPhone() {
		for (String who : List.of("sekretariat", "medlem")) {
			browser.logout();
			browser.loginAs(who, "demo");
			for (int width : new int[] { 1280, 390 }) {
				browser.viewport(width, 900);
				for (String page : PAGES.subList(0, 3)) {
					browser.open(page);
					assertThat(browser.status()).as(page).isEqualTo(200);
					new Axe(browser).assertNoViolations(who + " " + page + " (" + width + ")");
					assertThat(browser.horizontalOverflow()).as("sideways overflow of %s at %d", page, width).isZero();
				}
			}
		}
	}

	@Test
	void aRefusedAmountIsExplainedAtItsForm() {
		browser.logout();
		browser.loginAs("sekretariat", "demo");
		browser.viewport(1280, 900);
		browser.open("/budgets");
		assertThat(browser.driver().findElement(By.cssSelector("nav")).getText()).contains("Budsjetter");
		browser.open(DEMO);
		browser.type(By.id("new-line-name"), "Reiser");
		browser.type(By.id("new-line-amount"), "mange penger");
		browser.submit(By.cssSelector("form[aria-labelledby=line-new] button[type=submit]"));
		assertThat(browser.driver().findElement(By.id("refusal")).getText()).contains("Beløpet må være et tall");
		new Axe(browser).assertNoViolations("refused line");
	}

}
