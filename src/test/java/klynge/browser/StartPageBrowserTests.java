package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Each role's start page and the "Møter" list pass axe at desktop width and on a phone
 * (390 × 844) without sideways scrolling; the desktop start pages are saved as
 * docs/images/start-&lt;role&gt;.png for the README. March 2023 is two clicks from the
 * start page: "Møter", then the year.
 */
@BrowserTest
class StartPageBrowserTests {

	static final Path IMAGES = Path.of("docs", "images");

	static Browser browser;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "medlem", "leder", "sekretariat", "admin" })
	void eachRolesStartPageIsAccessibleAtDesktopAndPhoneWidth(String who) {
		browser.logout();
		if (!"anonymous".equals(who)) {
			assertThat(browser.loginAs(who, "demo")).doesNotStartWith("/login");
		}
		try {
			browser.viewport(1280, 1000).open("/");
			new Axe(browser).assertNoViolations("/ as " + who + " (desktop)");
			assertThat(browser.horizontalOverflow()).as("sideways scrolling of / as %s (desktop)", who).isZero();
			browser.screenshot(IMAGES.resolve("start-" + who + ".png"));

			browser.viewport(390, 844).open("/");
			new Axe(browser).assertNoViolations("/ as " + who + " (390 px)");
			assertThat(browser.horizontalOverflow()).as("sideways scrolling of / as %s (390 px)", who).isZero();
			browser.open("/meetings");
			new Axe(browser).assertNoViolations("/meetings as " + who + " (390 px)");
			assertThat(browser.horizontalOverflow()).as("sideways scrolling of /meetings as %s (390 px)", who).isZero();
			assertThat(browser.driver().findElement(By.cssSelector("table.month-grid")).isDisplayed())
				.as("the month grid on a phone (the agenda list below replaces it)")
				.isFalse();
		}
		finally {
			browser.viewport(1280, 1000);
		}
	}

	/** The elements that stick out to the right, for the failure message. */
	private static Object widest() {
		return browser.script("var w = document.documentElement.clientWidth; return Array.from("
				+ "document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > w + 1)"
				+ ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
				+ ".join(', ');");
	}

	@Test
	void march2023IsTwoClicksFromTheStartPage() {
		browser.logout().viewport(1280, 1000).open("/").resetClicks();
		browser.click(By.cssSelector(".main-nav a[href='/meetings']"));
		new Axe(browser).assertNoViolations("/meetings (desktop)");
		assertThat(browser.horizontalOverflow()).isZero();
		browser.click(By.cssSelector(".meetings-years a[href='/meetings?year=2023']"));
		assertThat(browser.driver().findElement(By.cssSelector(".meeting-list")).getText())
			.contains("mandag 27.03.2023");
		assertThat(browser.clicks()).isEqualTo(2);
		new Axe(browser).assertNoViolations("/meetings?year=2023");
	}

}
