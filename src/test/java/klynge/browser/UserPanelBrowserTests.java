package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The user panel in Chromium with axe-core: the public page anonymously and the
 * secretariat's overview, period and assignment pages (with a refused overlapping
 * period), at desk width and at 390 px phone width without sideways scrolling. 0
 * violations each.
 */
@BrowserTest
class UserPanelBrowserTests {

	static final String PERIOD_2023 = "b9a00000-0000-4000-8000-000000002023";

	static final String ASSIGNMENT_2021 = "b9a10000-0000-4000-8000-000000002021";

	static Browser browser;

	String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	@Test
	void thePublicPageOnDeskAndPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			browser.open("/brukerpanelet");
			assertThat(browser.status()).isEqualTo(200);
			assertThat(main()).contains("Brukerpanel 2023–2025", "Solveig Dale", "FFO Vestland",
					"Pasientens legemiddelliste");
			axe.assertNoViolations("/brukerpanelet at " + width);
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
		}
		browser.viewport(1280, 900);
	}

	@Test
	void theSecretariatsPagesOnDeskAndPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			browser.open("/brukerpanel");
			assertThat(main()).contains("Brukerpanel 2020–2022", "Kjell Tveit", "Nytt oppdrag");
			axe.assertNoViolations("/brukerpanel at " + width);
			assertThat(browser.horizontalOverflow()).as("/brukerpanel at %d px", width).isLessThanOrEqualTo(0);
			browser.open("/brukerpanel/perioder/" + PERIOD_2023);
			assertThat(main()).contains("Konstituert i møtet 29.03.2023", "Arne Myklebust");
			axe.assertNoViolations("/brukerpanel/perioder/{id} at " + width);
			assertThat(browser.horizontalOverflow()).as("period at %d px", width).isLessThanOrEqualTo(0);
			browser.open("/brukerpanel/oppdrag/" + ASSIGNMENT_2021);
			assertThat(main()).contains("Pasientens legemiddelliste", "Direktoratet for e-helse", "01.05.2021");
			axe.assertNoViolations("/brukerpanel/oppdrag/{id} at " + width);
			assertThat(browser.horizontalOverflow()).as("assignment at %d px", width).isLessThanOrEqualTo(0);
		}
		browser.viewport(1280, 900);
		// stretching the period into the earlier one is refused, the form kept
		browser.open("/brukerpanel/perioder/" + PERIOD_2023);
		WebElement from = browser.driver().findElement(By.id("period-validFrom"));
		browser.script("arguments[0].value = '2022-06-01'", from);
		browser.submit(By.cssSelector("form[action$='" + PERIOD_2023 + "'] button[type=submit]"));
		assertThat(browser.status()).isEqualTo(422);
		assertThat(browser.driver().findElement(By.id("period-error")).getText())
			.contains("overlapper med «Brukerpanel 2020–2022»");
		assertThat(browser.driver().findElement(By.id("period-validFrom")).getAttribute("value"))
			.isEqualTo("2022-06-01");
		axe.assertNoViolations("/brukerpanel/perioder/{id} refused");
		browser.logout();
	}

}
