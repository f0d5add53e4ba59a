package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A 390 × 844 phone. That every page reachable by links, for each demo role, fits it
 * without sideways scrolling and passes axe at that width is checked by
 * {@link AccessibilityTests}'s crawl, on the same page loads as the desktop check; here
 * the header's contrast with the phone menu open, and the README's screenshots.
 */
@BrowserTest
class PhoneLayoutBrowserTests {

	static Browser browser;

	@BeforeAll
	static void phoneWidth() {
		browser.viewport(390, 844);
	}

	/**
	 * The header's text (cluster name, menu, who is logged in, the logout button) reads
	 * at 4.5:1 on the cluster colour, with the phone menu open and on a desktop: a later
	 * rule once painted the logout button in the header's own colour. axe alone missed
	 * it.
	 */
	@Test
	void everythingInTheHeaderReadsOnTheClusterColourOnAPhoneAndADesktop() {
		browser.logout();
		browser.loginAs("sekretariat", AccessibilityTests.PASSWORD);
		browser.viewport(390, 844).open("/");
		browser.click(By.cssSelector(".menu-toggle"));
		assertThat(browser.script(HEADER_CONTRAST)).as("header text under 4.5:1 at 390 px, menu open")
			.asList()
			.isEmpty();
		assertThat(new Axe(browser).violations()).as("axe with the phone menu open").isEmpty();
		browser.viewport(1280, 800).open("/");
		assertThat(browser.script(HEADER_CONTRAST)).as("header text under 4.5:1 at 1280 px").asList().isEmpty();
		browser.viewport(390, 844);
	}

	/**
	 * The visible text-bearing elements of the header whose colour has less than 4.5:1
	 * against the nearest background behind them (colours resolved by a canvas, so any
	 * CSS colour syntax works).
	 */
	private static final String HEADER_CONTRAST = """
			var ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
			function rgb(color) { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 1, 1);
			  ctx.fillStyle = color; ctx.fillRect(0, 0, 1, 1); return ctx.getImageData(0, 0, 1, 1).data; }
			function lum(c) { var l = [0, 1, 2].map(function (i) { var v = c[i] / 255;
			  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
			  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; }
			function background(e) { for (; e; e = e.parentElement) { var b = getComputedStyle(e).backgroundColor;
			  if (b !== 'transparent' && b !== 'rgba(0, 0, 0, 0)') { return b; } } return '#fff'; }
			var bad = [];
			document.querySelectorAll('.site-header :is(a, button, span)').forEach(function (e) {
			  if (!e.textContent.trim() || !e.getClientRects().length) { return; }
			  var s = getComputedStyle(e); if (s.visibility === 'hidden') { return; }
			  var a = lum(rgb(s.color)), b = lum(rgb(background(e)));
			  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			  if (ratio < 4.5) { bad.push(e.textContent.trim() + ' ' + s.color + ' on ' + background(e) + ' = ' + ratio.toFixed(2)); }
			});
			return bad;
			""";

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
