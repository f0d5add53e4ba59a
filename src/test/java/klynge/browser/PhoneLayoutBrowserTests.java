package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page a user can reach by following links, for each demo role, fits a 390 × 844
 * phone: nothing scrolls sideways (wide tables scroll inside their own container, which
 * does not count), and axe finds no WCAG 2.1 A/AA violations at that width either.
 * Screenshots of failing pages go to target/browser-screenshots/phone.
 */
@BrowserTest
class PhoneLayoutBrowserTests {

	static final Path SCREENSHOTS = AccessibilityTests.SCREENSHOTS.resolve("phone");

	static Browser browser;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = Browser.start(port);
		browser.viewport(390, 844);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "admin", "sekretariat", "leder", "medlem", "observator" })
	void everyPageReachableByLinksFitsAPhoneWithoutSidewaysScrolling(String who) {
		browser.logout();
		if (!"anonymous".equals(who)) {
			assertThat(browser.loginAs(who, AccessibilityTests.PASSWORD)).as("where %s lands after logging in", who)
				.doesNotStartWith("/login");
		}

		Crawler.Crawl crawl = new Crawler(browser, new Axe(browser)).crawl(who, "/", SCREENSHOTS);
		System.out.println("[phone 390×844] " + crawl.report());

		assertThat(crawl.paths()).as("pages checked as %s", who).contains("/");
		assertThat(crawl.overflows()).as("pages scrolling sideways at 390 px as %s", who).isEmpty();
		assertThat(crawl.problems()).as("problems found at 390 px as %s", who).isEmpty();
	}

	/**
	 * The README's screenshots, only when asked for:
	 * {@code -Dtest=PhoneLayoutBrowserTests -Dklynge.screenshots=docs/images}.
	 */
	@Test
	void screenshotsForTheReadme() {
		String directory = System.getProperty("klynge.screenshots");
		Assumptions.assumeTrue(directory != null, "set -Dklynge.screenshots=docs/images to take them");
		Path images = Path.of(directory);
		browser.logout();
		browser.loginAs("sekretariat", AccessibilityTests.PASSWORD);
		browser.viewport(390, 844).open("/");
		browser.screenshot(images.resolve("phone-start.png"));
		browser.open("/bodies");
		String body = browser.driver()
			.findElement(By.cssSelector("main a[href^='/bodies/']:not([href$='/new'])"))
			.getAttribute("href");
		browser.open(body.substring(browser.baseUrl().length()));
		browser.screenshot(images.resolve("phone-body.png"));
		browser.click(By.cssSelector(".menu-toggle"));
		browser.screenshot(images.resolve("phone-menu.png"));
		browser.viewport(1280, 800).open(browser.currentPath());
		browser.screenshot(images.resolve("desktop-body.png"));
		browser.viewport(390, 844);
	}

}
