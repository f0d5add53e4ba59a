package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, requirements 1 and 6, in Chromium: a production start on an empty database
 * (profile {@code prod}, no demo data; its own Spring context and database). Every page
 * leads to the setup page; a wrong code is refused; the installer sets up the cluster
 * with its logo and first administrator; the setup page is then gone; and every page of
 * the fresh, empty cluster, crawled as its administrator and as anonymous, answers
 * without a 5xx and passes axe (WCAG 2.1 A/AA).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.profiles.active=prod", "logging.structured.format.console=",
				"klynge.setup.code=" + FirstRunBrowserTests.CODE,
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BrowserExtension.class)
class FirstRunBrowserTests {

	static final String CODE = "BROW-SERS-ETUP-0713";

	static final String PASSWORD = "Riktig hest batteri";

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots", "first-run");

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void everyPageOfAnEmptyInstallationLeadsToTheSetupPage() {
		for (String page : List.of("/", "/login", "/meetings", "/accounts")) {
			browser.open(page);
			assertThat(browser.currentPath()).as(page).isEqualTo("/setup");
			assertThat(browser.status()).as(page).isEqualTo(200);
		}
		new Axe(browser).assertNoViolations("/setup");
	}

	@Test
	@Order(2)
	void aWrongCodeIsRefusedBesideTheField() {
		browser.open("/setup");
		fill("WRONG-CODE");
		browser.submit(By.cssSelector("form[action$='/setup'] button[type=submit]"));
		assertThat(browser.status()).isEqualTo(422);
		assertThat(browser.driver().findElement(By.id("code-error")).getText())
			.isEqualTo("Oppsettkoden er feil eller allerede brukt.");
		new Axe(browser).assertNoViolations("/setup (wrong code)");
		assertThat(jdbc.sql("select count(*) from cluster").query(Long.class).single()).isZero();
	}

	@Test
	@Order(3)
	void theInstallerSetsUpTheClusterAndItsAdministrator() throws IOException {
		browser.open("/setup");
		fill(CODE);
		Path logo = Files.createTempFile("klynge-logo-", ".svg");
		Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
				+ "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#1f4e79\"/></svg>");
		browser.driver().findElement(By.id("logo")).sendKeys(logo.toAbsolutePath().toString());
		browser.submit(By.cssSelector("form[action$='/setup'] button[type=submit]"));
		Files.deleteIfExists(logo);

		assertThat(browser.currentPath()).startsWith("/login");
		assertThat(browser.driver().findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("Klyngen er opprettet. Logg inn som administrator.");
		assertThat(browser.driver().findElement(By.cssSelector(".brand-link")).getText()).isEqualTo("Helseklynge Vest");
		assertThat(browser.driver().findElements(By.cssSelector(".brand-link img"))).hasSize(1);

		browser.open("/setup");
		assertThat(browser.status()).as("the setup page is gone for good").isEqualTo(404);
		assertThat(browser.loginAs("vestadmin", PASSWORD)).isEqualTo("/");
		browser.logout();
	}

	@Test
	@Order(4)
	void everyPageOfTheFreshClusterWorksForItsAdministrator() {
		browser.logout();
		assertThat(browser.loginAs("vestadmin", PASSWORD)).isEqualTo("/");
		Crawler.Crawl crawl = new Crawler(browser, new Axe(browser)).crawl("vestadmin", "/", SCREENSHOTS);
		System.out.println(crawl.report());
		assertThat(crawl.paths()).contains("/", "/meetings", "/bodies", "/organisations", "/people", "/accounts",
				"/settings", "/installation/clusters", "/spreadsheets", "/accounts/invitations", "/settings/sign-on");
		assertThat(crawl.problems()).as("5xx, axe violations and console errors on the empty cluster").isEmpty();
		assertThat(crawl.pages()).as("no link of the empty cluster leads to an error")
			.allSatisfy(page -> assertThat(page.status()).as(page.label()).isLessThan(400));
		browser.open("/");
		assertThat(browser.driver().findElement(By.cssSelector(".empty-state")).getText()).contains("Kom i gang",
				"Legg inn partnerne", "Opprett organene");
	}

	@Test
	@Order(5)
	void everyPublicPageOfTheFreshClusterWorksForAnonymous() {
		browser.logout();
		Crawler.Crawl crawl = new Crawler(browser, new Axe(browser)).crawl("anonymous", "/", SCREENSHOTS);
		System.out.println(crawl.report());
		assertThat(crawl.paths()).contains("/", "/login", "/meetings", "/bodies", "/organisations");
		assertThat(crawl.problems()).as("5xx, axe violations and console errors on the empty cluster").isEmpty();
		assertThat(crawl.pages()).allSatisfy(page -> assertThat(page.status()).as(page.label()).isLessThan(400));
		browser.open("/");
		assertThat(browser.driver().findElement(By.cssSelector(".empty-state")).getText())
			.contains("Klyngen har ikke lagt inn organer og møter ennå.");
	}

	private void fill(String code) {
		browser.type(By.id("code"), code)
			.type(By.id("name"), "Helseklynge Vest")
			.type(By.id("shortName"), "vest")
			.type(By.id("username"), "vestadmin")
			.type(By.id("email"), "it@vest.example")
			.type(By.id("password"), PASSWORD)
			.type(By.id("repeat"), PASSWORD);
	}

}
