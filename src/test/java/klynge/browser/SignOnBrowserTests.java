package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import klynge.security.TestOpenIdProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on in a real browser against a real OpenID Connect provider that the test
 * starts ({@link TestOpenIdProvider}: Spring Authorization Server, one for the class):
 * "Logg inn med …" on Klynge's login page, the provider's own login form, back in Klynge
 * as the member whose verified address it is, member-only pages, logout; an address
 * without an account, or an unverified one, ends on a clear page without a session.
 */
@BrowserTest
@BrowserHost("127.0.0.1")
class SignOnBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static TestOpenIdProvider provider;

	static Browser browser;

	static UUID providerId;

	static JdbcClient jdbc;

	@BeforeAll
	static void start(@Autowired JdbcClient jdbcClient) {
		jdbc = jdbcClient;
		provider = TestOpenIdProvider.start();
		String secret = "browser-" + UUID.randomUUID();
		providerId = jdbc.sql("""
				insert into sign_on_provider (cluster_id, name, issuer, client_id, client_secret)
				values (?, 'Testleverandør', ?, 'klynge-browser', ?) returning id""")
			.params(ALREK, provider.issuer(), secret)
			.query(UUID.class)
			.single();
		provider.client("klynge-browser", secret, browser.baseUrl() + "/login/oauth2/code/" + providerId);
	}

	@AfterAll
	static void stop() {
		if (jdbc != null && providerId != null) {
			jdbc.sql("delete from sign_on_provider where id = ?").param(providerId).update();
		}
		if (provider != null) {
			provider.close();
		}
	}

	/** Logged out of Klynge and of the provider, so every test logs in afresh. */
	@BeforeEach
	void loggedOutEverywhere() {
		browser.open(provider.issuer() + "/login");
		browser.driver().manage().deleteAllCookies();
		browser.logout();
	}

	@Test
	void aMemberLogsInThroughTheProviderSeesMemberPagesAndLogsOut() {
		logInAtProvider("gunnar");

		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(browser.driver().findElement(By.cssSelector(".site-header .account .who")).getText())
			.isEqualTo("Gunnar Yttri");
		browser.open("/people");
		assertThat(browser.currentPath()).isEqualTo("/people");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Gunnar Yttri");

		browser.open("/");
		browser.submit(By.cssSelector("form[action$='/logout'] button[type=submit]"));
		assertThat(browser.currentPath()).isEqualTo("/login?logout");
		assertThat(browser.driver().findElements(By.cssSelector(".account .who"))).isEmpty();
		browser.open("/people");
		assertThat(browser.currentPath()).as("member pages ask for a login again").isEqualTo("/login");
	}

	@Test
	void anAddressWithoutAnAccountGetsAClearPageAndNoSession() {
		logInAtProvider("stranger");

		assertThat(browser.currentPath()).isEqualTo("/login/sso/refused");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Ingen konto for denne e-postadressen");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("sekretariatet");
		assertThat(browser.driver().findElements(By.cssSelector(".account .who"))).isEmpty();
		new Axe(browser).assertNoViolations("/login/sso/refused");
		browser.open("/people");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

	@Test
	void anUnverifiedAddressIsRefused() {
		logInAtProvider("unverified");

		assertThat(browser.currentPath()).isEqualTo("/login/sso/refused?unverified");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("E-postadressen er ikke bekreftet");
		assertThat(browser.driver().findElements(By.cssSelector(".account .who"))).isEmpty();
	}

	@Test
	void theLoginPageOffersTheProviderBesideThePasswordForm() {
		browser.open("/login");
		assertThat(browser.driver().findElements(By.id("password"))).hasSize(1);
		assertThat(browser.driver().findElements(By.linkText("Logg inn med Testleverandør"))).hasSize(1);
		new Axe(browser).assertNoViolations("/login with single sign-on");
	}

	/** Klynge's button, then the provider's own login form, then back to Klynge. */
	private void logInAtProvider(String username) {
		browser.open("/login");
		browser.driver().findElement(By.linkText("Logg inn med Testleverandør")).click();
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(browser.driver().getCurrentUrl()).startsWith(provider.issuer() + "/login");
		browser.type(By.id("username"), username).type(By.id("password"), TestOpenIdProvider.PASSWORD);
		browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(driver -> driver.getCurrentUrl().startsWith(browser.baseUrl())
				&& !driver.getCurrentUrl().contains("/login/oauth2/code/"));
		wait.until(driver -> "complete".equals(browser.script("return document.readyState")));
	}

}
