package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Noark 5 arkivuttrekk in Chromium with axe-core: the administrator types a period
 * that is wrong (to before from) and sees the message beside the field with the typed
 * dates kept, then a right one, follows the progress (htmx) to the download link; at 1280
 * and 390 px, no axe violations and no sideways scrolling.
 */
@BrowserTest
class NoarkBrowserTests {

	static Browser browser;

	@Test
	void theAdministratorExtractsAPeriodAndDownloadsIt() {
		Axe axe = new Axe(browser);
		assertThat(browser.loginAs("admin", "demo")).doesNotStartWith("/login");
		browser.open("/settings/noark");
		assertThat(browser.status()).isEqualTo(200);
		axe.assertNoViolations("/settings/noark");
		period("2023-12-31", "2023-01-01");
		assertThat(browser.currentPath()).isEqualTo("/settings/noark");
		assertThat(browser.driver().findElement(By.id("to-error")).getText())
			.contains("Til-datoen kan ikke være før fra-datoen");
		assertThat(browser.driver().findElement(By.id("from")).getAttribute("value")).isEqualTo("2023-12-31");
		axe.assertNoViolations("/settings/noark (error)");

		period("2023-03-01", "2023-03-31");
		assertThat(browser.currentPath()).startsWith("/settings/noark/");
		assertThat(browser.driver().findElement(By.id("noark-status")).getAttribute("role")).isEqualTo("status");
		axe.assertNoViolations("/settings/noark/{id}");
		Eventually.until("the extraction reaches 100 % by htmx polling",
				() -> !browser.driver().findElements(By.id("noark-download")).isEmpty());
		assertThat(browser.driver().findElement(By.id("noark-status")).getText()).contains("100 %", "ferdig",
				"noark5-alrek-2023-03-01-2023-03-31.zip");
		axe.assertNoViolations("/settings/noark/{id} (done)");

		browser.viewport(390, 844);
		try {
			browser.open("/settings/noark");
			axe.assertNoViolations("/settings/noark at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.driver().findElement(By.cssSelector("table a.ds-link")).click();
			axe.assertNoViolations("/settings/noark/{id} at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

	private static void period(String from, String to) {
		// a date input takes typed digits in the browser's own order; set the ISO value
		for (var field : new String[][] { { "from", from }, { "to", to } }) {
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById(arguments[0]).value = arguments[1]", field[0], field[1]);
		}
		browser.submit(By.cssSelector("form[action='/settings/noark'] button[type=submit]"));
	}

}
