package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Logging in through the real form in a real browser. */
@BrowserTest
class LoginBrowserTests {

	static Browser browser;

	@BeforeEach
	void loggedOut() {
		browser.logout();
	}

	@Test
	void wrongPasswordShowsAnAccessibleErrorMessage() {
		String landed = browser.loginAs("observator", "not-the-password");

		assertThat(landed).isEqualTo("/login?error");
		WebElement alert = browser.driver().findElement(By.cssSelector("[role=alert]"));
		assertThat(alert.isDisplayed()).isTrue();
		assertThat(alert.getText()).isEqualTo("Feil brukernavn eller passord.");
		assertThat(browser.driver().findElements(By.cssSelector(".account .who"))).isEmpty();
		new Axe(browser).assertNoViolations("/login?error");
	}

	@Test
	void rightPasswordShowsThePersonsNameInTheHeader() {
		String landed = browser.loginAs("medlem", "demo");

		assertThat(landed).isEqualTo("/");
		WebElement who = browser.driver().findElement(By.cssSelector(".site-header .account .who"));
		assertThat(who.getText()).isEqualTo("Gunnar Yttri");
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/logout'] button"))).hasSize(1);
		new Axe(browser).assertNoViolations("/ as medlem");
	}

	@Test
	void loggingOutShowsTheLoginPageWithAStatusMessage() {
		browser.loginAs("medlem", "demo");
		browser.submit(By.cssSelector("form[action$='/logout'] button[type=submit]"));

		assertThat(browser.currentPath()).isEqualTo("/login?logout");
		assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Du er logget ut.");
		assertThat(browser.driver().findElements(By.cssSelector(".account .who"))).isEmpty();
	}

}
