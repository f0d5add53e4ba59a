package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The secretariat registers a person through the form at /people/new (organisation
 * module), and registering the same initials code again is refused beside the code field.
 * Works whether the form posts as a whole page or through htmx: {@link Browser#submit}
 * waits for the button to be replaced either way. (The 422 status of the refused form is
 * for the module's MockMvc tests.)
 */
@BrowserTest
class SecretariatAddsPersonBrowserTests {

	static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	static Browser browser;

	@Test
	void secretariatAddsAPersonAndCannotReuseTheirCode() {
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		Axe axe = new Axe(browser);
		WebDriver driver = browser.driver();

		browser.open("/people/new");
		assertThat(browser.status()).as("status of /people/new").isEqualTo(200);
		axe.assertNoViolations("/people/new");
		fillAndSubmit("Test Testesen", "TTX", "tt@example.org", "Høgskulen på Vestlandet");

		assertThat(browser.currentPath()).matches("/people/" + UUID);
		assertThat(driver.findElement(By.cssSelector(".code")).getText()).isEqualTo("TTX");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Test Testesen",
				"Høgskulen på Vestlandet");
		axe.assertNoViolations("/people/{id}");

		browser.open("/people/new");
		fillAndSubmit("Tove Tangen", "TTX", "tove@example.org", "Høgskulen på Vestlandet");

		WebElement error = driver.findElement(By.id("code-error"));
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).isNotBlank();
		WebElement code = driver.findElement(By.id("code"));
		assertThat(code.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(code.getDomAttribute("aria-describedby")).contains("code-error");
		assertThat(code.getDomProperty("value")).isEqualTo("TTX");
		assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Tove Tangen");
		axe.assertNoViolations("/people/new with an error beside the code");
	}

	private void fillAndSubmit(String name, String code, String email, String organisation) {
		browser.type(By.id("name"), name).type(By.id("code"), code).type(By.id("email"), email);
		new Select(browser.driver().findElement(By.cssSelector("select#organisationId")))
			.selectByVisibleText(organisation);
		WebElement form = browser.driver().findElement(By.id("code")).findElement(By.xpath("ancestor::form"));
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
	}

}
