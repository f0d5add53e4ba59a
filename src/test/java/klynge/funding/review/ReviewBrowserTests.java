package klynge.funding.review;

import java.util.List;

import klynge.browser.Axe;
import klynge.browser.Browser;
import klynge.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewing in a real browser: fagfelle (Høgskulen på Vestlandet) sees the HVL
 * application as recused, with nothing of it, and scores and submits Helse Bergen's; the
 * committee's chair reads the ranking. Every page without axe-core violations.
 */
@BrowserTest
class ReviewBrowserTests {

	static Browser browser;

	@Test
	void fagfelleIsRecusedFromTheHvlApplicationAndScoresAnother() {
		browser.logout();
		browser.loginAs("fagfelle", "demo");
		browser.open("/funding/review");
		String list = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(list).contains("Digital hjemmeoppfølging etter utskriving (eksempel)", "Inhabil",
				"Felles kompetanseløft i legemiddelgjennomgang (eksempel)");
		new Axe(browser).assertNoViolations("/funding/review as fagfelle");

		browser.open("/funding/review/" + ReviewFixtures.HVL_APPLICATION);
		String recused = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(recused).contains("Du er inhabil", "Egen organisasjon søker: Høgskulen på Vestlandet")
			.doesNotContain("sykepleiestudenter", "Frikjøp prosjektleder");
		assertThat(browser.driver().findElements(By.cssSelector("form.review-form"))).isEmpty();
		new Axe(browser).assertNoViolations("/funding/review/{id} recused");

		browser.open("/funding/review/" + ReviewFixtures.HB_APPLICATION);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("legemiddelgjennomgang");
		new Axe(browser).assertNoViolations("/funding/review/{id} to score");
		List<WebElement> scores = browser.driver().findElements(By.cssSelector("form.review-form select"));
		assertThat(scores).hasSize(3);
		int[] given = { 6, 5, 4 };
		for (int i = 0; i < scores.size(); i++) {
			new Select(scores.get(i)).selectByValue(String.valueOf(given[i]));
		}
		browser.type(By.cssSelector("form.review-form textarea"), "Godt forankret i kommunen.");
		browser.submit(By.cssSelector("form.review-form button[value=submit]"));

		String done = browser.driver().findElement(By.tagName("main")).getText();
		// (6·40 + 5·35 + 4·25) / 100 = 5,15
		assertThat(done).contains("Vurderingen er levert og låst.", "5,15");
		assertThat(browser.driver().findElements(By.cssSelector("form.review-form button"))).isEmpty();
		new Axe(browser).assertNoViolations("/funding/review/{id} submitted");
	}

	@Test
	void theCommitteesChairReadsTheRanking() {
		browser.logout();
		browser.loginAs("leder", "demo");
		browser.open("/funding/review-calls/" + ReviewFixtures.DEMO_CALL);
		String page = browser.driver().findElement(By.tagName("main")).getText();
		// (whether fagfelle has submitted yet depends on the order of the tests: no tie
		// asserted)
		assertThat(page).contains("Rangering", "Digital hjemmeoppfølging etter utskriving (eksempel)", "5,65",
				"Finn Fagfelle", "Egen organisasjon søker");
		new Axe(browser).assertNoViolations("/funding/review-calls/{id} as leder");
	}

}
