package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 15, projects: the list and the demo project pages (soker's project 01 with its
 * submitted progress report, project 03 with an overdue one) have no axe violations for
 * the applicant and the secretariat, on a desktop and a 390 px phone without sideways
 * scrolling; an empty report is refused at its form.
 */
@BrowserTest
class ProjectBrowserTests {

	static final String SOKERS = "/prosjekter/aa230000-0000-4000-8000-000000000001";

	static final String OVERDUE = "/prosjekter/aa230000-0000-4000-8000-000000000003";

	static final String NAMED = "/prosjekter/aa230000-0000-4000-8000-0000000000eb";

	static Browser browser;

	@Test
	void theProjectPagesMeetWcagOnDesktopAndPhone() {
		for (var who : List.of(List.of("sekretariat", "/prosjekter", SOKERS, OVERDUE, "/prosjekter?status=overdue"),
				List.of("soker", "/prosjekter", SOKERS, NAMED))) {
			browser.logout();
			browser.loginAs(who.getFirst(), "demo");
			for (int width : new int[] { 1280, 390 }) {
				browser.viewport(width, 900);
				for (String page : who.subList(1, who.size())) {
					browser.open(page);
					assertThat(browser.status()).as(page).isEqualTo(200);
					new Axe(browser).assertNoViolations(who.getFirst() + " " + page + " (" + width + ")");
					assertThat(browser.horizontalOverflow()).as("sideways overflow of %s at %d", page, width).isZero();
				}
			}
		}
	}

	@Test
	void anEmptyReportIsRefusedAtItsForm() {
		browser.logout();
		browser.loginAs("soker", "demo");
		browser.viewport(1280, 900);
		browser.open(NAMED);
		browser.submit(By.cssSelector("article[data-kind=PROGRESS] form button[type=submit]"));
		assertThat(browser.driver().findElement(By.id("refusal")).getText()).contains("Skriv rapporten");
		new Axe(browser).assertNoViolations("refused report");
	}

}
