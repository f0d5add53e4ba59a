package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a user can reach by following links, for each demo role, passes axe's WCAG
 * 2.1 A/AA rules on a desktop and on phones, and fits the phones without sideways
 * scrolling. New pages are covered as soon as something links to them. Screenshots of
 * failing pages go to target/browser-screenshots (phone/ and small-phone/ for those
 * widths).
 */
@BrowserTest
class AccessibilityTests {

	static final String PASSWORD = "demo";

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	static Browser browser;

	/** The desktop window every browser test starts with. */
	static final Crawler.View DESKTOP = new Crawler.View("1280×900", 1280, 900, null, SCREENSHOTS);

	/** A phone: nothing may scroll sideways (see {@link PhoneLayoutBrowserTests}). */
	static final Crawler.View PHONE = new Crawler.View("390×844", 390, 844, null, SCREENSHOTS.resolve("phone"));

	/**
	 * The smallest phones: no sideways scrolling and touch targets of at least 44 × 44 px
	 * (see {@link SmallPhoneBrowserTests}).
	 */
	static final Crawler.View SMALL_PHONE = new Crawler.View("360×740", 360, 740, SmallPhoneBrowserTests.SMALL_TARGETS,
			SCREENSHOTS.resolve("small-phone"));

	/**
	 * One crawl per role checks each page at every width on the same load (resizing in
	 * between costs far less than loading the page again and injecting axe anew): at 1280
	 * px axe's WCAG 2.1 A/AA rules; at 390 px (a phone) the same rules and no sideways
	 * scrolling (wide tables scroll inside their own container, which does not count); at
	 * 360 px, as anonymous and as the secretariat, issue 14's smallest phones: the same
	 * rules, no sideways scrolling and touch targets of 44 × 44 px.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "admin", "sekretariat", "leder", "medlem", "observator" })
	void everyPageReachableByLinksMeetsWcag21AAOnADesktopAndOnPhones(String who) {
		browser.viewport(DESKTOP.width(), DESKTOP.height());
		browser.logout();
		if (!"anonymous".equals(who)) {
			assertThat(browser.loginAs(who, PASSWORD)).as("where %s lands after logging in", who)
				.doesNotStartWith("/login");
		}
		boolean smallPhone = "anonymous".equals(who) || "sekretariat".equals(who);
		List<Crawler.View> views = smallPhone ? List.of(DESKTOP, PHONE, SMALL_PHONE) : List.of(DESKTOP, PHONE);

		List<Crawler.Crawl> crawls = new Crawler(browser, new Axe(browser)).crawl(who, "/", views);
		crawls.forEach(crawl -> System.out.println(crawl.report()));

		SoftAssertions softly = new SoftAssertions();
		Crawler.Crawl desktop = crawls.getFirst();
		softly.assertThat(desktop.paths()).as("pages checked as %s", who).contains("/", "/?lang=nn", "/?lang=en");
		if ("anonymous".equals(who)) {
			softly.assertThat(desktop.paths()).contains("/login");
		}
		softly.assertThat(desktop.problems()).as("problems found as %s", who).isEmpty();
		Crawler.Crawl phone = crawls.get(1);
		softly.assertThat(phone.overflows()).as("pages scrolling sideways at 390 px as %s", who).isEmpty();
		softly.assertThat(phone.problems()).as("problems found at 390 px as %s", who).isEmpty();
		if (smallPhone) {
			Crawler.Crawl small = crawls.get(2);
			softly.assertThat(small.overflows()).as("pages scrolling sideways at 360 px as %s", who).isEmpty();
			softly.assertThat(small.findings()).as("touch targets under 44 × 44 px at 360 px as %s", who).isEmpty();
			softly.assertThat(small.problems()).as("problems found at 360 px as %s", who).isEmpty();
		}
		softly.assertAll();
	}

	@Test
	void axeRunsDespiteTheContentSecurityPolicyAndFindsViolations() {
		browser.logout().open("/login");
		assertThat(browser.script("return document.querySelector('meta[name=_csrf]') !== null;")).isEqualTo(true);
		Axe axe = new Axe(browser);
		assertThat(axe.violations()).isEmpty();

		browser.script("var input = document.createElement('input'); input.id = 'unlabelled';"
				+ " document.querySelector('main').appendChild(input);"
				+ " document.documentElement.removeAttribute('lang');");

		List<Axe.Violation> violations = axe.violations();
		assertThat(violations).extracting(Axe.Violation::rule).contains("label", "html-has-lang");
		assertThat(violations).filteredOn(v -> v.rule().equals("label"))
			.singleElement()
			.satisfies(v -> assertThat(v.targets()).containsExactly("#unlabelled"));
		assertThat(Axe.describe("/login", violations)).contains("/login → label (critical): ");
	}

}
