package klynge.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, requirement 8 in a real browser: the public list of 2023 (the demo's awards),
 * the secretariat's awards page of a closed call with its live totals, the committee's
 * read-only view and the letters page of a call whose letters were sent. Every page
 * without axe-core violations. Nothing is saved (the demo call stays as it was).
 */
@BrowserTest
class AwardsBrowserTests {

	static final String DEMO_CLOSED_CALL = "f0d40000-0000-4000-8000-000000000002";

	static final String DEMO_2023_CALL = "ca110000-0000-4000-8000-000000002023";

	static Browser browser;

	@Test
	void anyoneReadsTheAwardsOf2023() {
		browser.logout();
		browser.open("/open-calls");
		browser.click(By.linkText("Tildelinger"));
		assertThat(browser.currentPath()).isEqualTo("/tildelinger");
		new Axe(browser).assertNoViolations("/tildelinger");
		browser.click(By.linkText("Tildeling av samarbeidsmidler 2023"));
		String page = main();
		assertThat(page).contains("Tildeling av samarbeidsmidler 2023", "Samarbeidsmidler 2023", "(eksempel)",
				"Rebekka Ege Hegermanns fond", "Helsefremmende nabolag (eksempel)");
		new Axe(browser).assertNoViolations("/tildelinger/2023");
	}

	@Test
	void theSecretariatSeesTheTotalsFollowTheAmounts() {
		browser.logout();
		browser.loginAs("sekretariat", "demo");
		browser.open("/funding/review-calls/" + DEMO_CLOSED_CALL + "/awards");
		assertThat(main()).contains("Tildeling:", "Ramme", "Lagre tildelingene");
		new Axe(browser).assertNoViolations("/funding/review-calls/{id}/awards as sekretariat");
		var field = browser.driver().findElement(By.cssSelector("form.award-form input.amount"));
		field.clear();
		field.sendKeys("9 999 999");
		browser.waitUpTo(Duration.ofSeconds(10)).until(d -> totals().contains("over rammen"));
		new Axe(browser).assertNoViolations("/funding/review-calls/{id}/awards over the frame");

		browser.open("/funding/review-calls/" + DEMO_2023_CALL + "/letters");
		assertThat(main()).contains("Tildelingsbrev og avslag", "Sendt ");
		assertThat(browser.driver().findElements(By.cssSelector("form.letters-form"))).isEmpty();
		new Axe(browser).assertNoViolations("/funding/review-calls/{id}/letters sent");
	}

	@Test
	void theCommitteeReadsTheDecidedAwards() {
		browser.logout();
		browser.loginAs("leder", "demo");
		browser.open("/funding/review-calls/" + DEMO_2023_CALL + "/awards");
		String page = main();
		assertThat(page).contains("Utlysning av samarbeidsmidler for 2023", "Sendt ");
		assertThat(browser.driver().findElements(By.cssSelector("input.amount"))).isEmpty();
		new Axe(browser).assertNoViolations("/funding/review-calls/{id}/awards as leder");
	}

	private static String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	/** The live totals; "" while htmx swaps them. */
	private static String totals() {
		try {
			return browser.driver().findElement(By.id("award-totals")).getText();
		}
		catch (StaleElementReferenceException swapping) {
			return "";
		}
	}

}
