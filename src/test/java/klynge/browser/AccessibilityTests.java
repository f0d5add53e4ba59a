package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a user can reach by following links, for each demo role, passes axe's WCAG
 * 2.1 A/AA rules. New pages are covered as soon as something links to them. Screenshots
 * of failing pages go to target/browser-screenshots.
 */
@BrowserTest
class AccessibilityTests {

	static final String PASSWORD = "demo";

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	static Browser browser;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "admin", "sekretariat", "leder", "medlem", "observator" })
	void everyPageReachableByLinksMeetsWcag21AA(String who) {
		browser.logout();
		if (!"anonymous".equals(who)) {
			assertThat(browser.loginAs(who, PASSWORD)).as("where %s lands after logging in", who)
				.doesNotStartWith("/login");
		}

		Crawler.Crawl crawl = new Crawler(browser, new Axe(browser)).crawl(who, "/", SCREENSHOTS);
		System.out.println(crawl.report());

		assertThat(crawl.paths()).as("pages checked as %s", who).contains("/", "/?lang=nn", "/?lang=en");
		if ("anonymous".equals(who)) {
			assertThat(crawl.paths()).contains("/login");
		}
		assertThat(crawl.problems()).as("problems found as %s", who).isEmpty();
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
