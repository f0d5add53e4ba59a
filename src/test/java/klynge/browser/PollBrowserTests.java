package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import klynge.shared.SecretTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A date poll in Chromium with axe-core: an invitee answers through the personal link
 * without an account (by keyboard: Space on a focused radio), changes the answer, at desk
 * width and at 390 px phone width (no sideways scrolling, 44 px targets); the unknown
 * link's page; the secretariat's list and poll page with its matrix. 0 violations each.
 */
@BrowserTest
class PollBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final String DEMO = "da7e0000-0000-4000-8000-000000002021";

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInviteeAnswersWithoutAnAccountOnDeskAndPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		for (int width : new int[] { 1280, 390 }) {
			browser.viewport(width, 900);
			String token = link(width == 390 ? "AL" : "RS");
			browser.open("/polls/answer/" + token);
			assertThat(browser.status()).isEqualTo(200);
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Møtetider høsten 2021");
			axe.assertNoViolations("/polls/answer/{token} at " + width);
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
			List<WebElement> labels = browser.driver().findElements(By.cssSelector(".poll-choices label"));
			assertThat(labels).hasSize(18);
			assertThat(labels).allSatisfy(label -> assertThat(label.getSize().getHeight()).isGreaterThanOrEqualTo(44));

			// by keyboard: focus the first "yes" and press Space; the rest by click
			WebElement yes = browser.driver().findElement(By.id("a-da7e0101-0000-4000-8000-000000002021-YES"));
			browser.script("arguments[0].focus()", yes);
			yes.sendKeys(Keys.SPACE);
			assertThat(yes.isSelected()).isTrue();
			browser.click(By.cssSelector("label[for='a-da7e0102-0000-4000-8000-000000002021-IF_NEED_BE']"));
			browser.click(By.cssSelector("label[for='a-da7e0301-0000-4000-8000-000000002021-NO']"));
			browser.submit(By.cssSelector(".poll-answer form button[type=submit]"));
			assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Svaret ditt er lagret");
			axe.assertNoViolations("/polls/answer/{token} saved at " + width);
			assertThat(browser.driver().findElement(By.id("a-da7e0101-0000-4000-8000-000000002021-YES")).isSelected())
				.isTrue();
			// change it
			browser.click(By.cssSelector("label[for='a-da7e0101-0000-4000-8000-000000002021-NO']"));
			browser.submit(By.cssSelector(".poll-answer form button[type=submit]"));
			assertThat(browser.driver().findElement(By.id("a-da7e0101-0000-4000-8000-000000002021-NO")).isSelected())
				.isTrue();
		}
		browser.viewport(1280, 900);
		browser.open("/polls/answer/not-a-real-token");
		assertThat(browser.status()).isEqualTo(404);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Vi finner ikke denne lenken");
		axe.assertNoViolations("/polls/answer/{unknown}");
	}

	@Test
	void theSecretariatsPagesHaveNoAxeViolations() {
		Axe axe = new Axe(browser);
		browser.viewport(1280, 900);
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/polls");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Møtetider høsten 2021");
		axe.assertNoViolations("/polls");
		browser.open("/polls/new");
		axe.assertNoViolations("/polls/new");
		browser.open("/polls/" + DEMO);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("★ beste", "ikke svart",
				"Lukk avstemningen og opprett møtene");
		axe.assertNoViolations("/polls/{id}");
		browser.viewport(390, 844);
		browser.open("/polls/" + DEMO);
		axe.assertNoViolations("/polls/{id} at 390");
		browser.viewport(1280, 900);
		browser.logout();
	}

	/**
	 * A fresh link for the demo invitee with this code (the demo's own stay as they are).
	 */
	private String link(String code) {
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into poll_link (cluster_id, invitee_id, token_hash)
				select i.cluster_id, i.id, ? from poll_invitee i join person p on p.id = i.person_id
				where i.poll_id = ?::uuid and p.code = ?""").params(SecretTokens.hash(token), DEMO, code).update();
		return token;
	}

}
