package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The strategy in Chromium with axe-core: the public strategy page with its lights (text
 * and shape, not colour only) and a goal's history, on a desktop and on a 390 px phone
 * without sideways scrolling; staff make a strategy through the forms, a refused light
 * comes back with its messages beside the fields and the comment kept, a light is set and
 * an input from sak 21-21 (found by its number) recorded. No axe violations anywhere.
 */
@BrowserTest
class StrategyBrowserTests {

	static final String GOAL_5 = "57a76000-0000-4000-8000-000000000005";

	static Browser browser;

	String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	@Test
	void thePublicReadsTheLightsOnADesktopAndAPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		browser.open("/strategi");
		assertThat(main()).contains("Strategi for Alrek helseklynge 2021–2025", "Grønn: i rute", "Rød: ikke i rute",
				"Bærekraftsmål 10: Mindre ulikhet", "Sak 21-21 Rapportering fra strategiarbeidet");
		axe.assertNoViolations("/strategi");
		browser.open("/strategi/mal/" + GOAL_5);
		assertThat(main()).contains("Rød: ikke i rute", "20.11.2023");
		axe.assertNoViolations("/strategi/mal/{id}");
		browser.viewport(390, 844);
		try {
			browser.open("/strategi");
			axe.assertNoViolations("/strategi at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.open("/strategi/mal/" + GOAL_5);
			axe.assertNoViolations("/strategi/mal/{id} at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

	@Test
	void staffBuildAStrategyThroughTheForms() {
		Axe axe = new Axe(browser);
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/strategi/admin");
		axe.assertNoViolations("/strategi/admin");
		browser.type(By.id("new-name"), "Nettleserstrategi " + System.nanoTime());
		browser.type(By.id("new-fromYear"), "2004");
		browser.type(By.id("new-toYear"), "2006");
		browser.submit(By.cssSelector("form.strategy-form button[type=submit]"));
		assertThat(browser.currentPath()).startsWith("/strategi/admin/");
		String admin = browser.currentPath();
		axe.assertNoViolations("/strategi/admin/{id} (empty)");

		browser.click(By.xpath("//summary[normalize-space()='Nytt fokusområde']"));
		browser.type(By.id("na-name"), "Folkehelse i nettleseren");
		browser.submit(By.xpath("//button[normalize-space()='Nytt fokusområde']"));
		browser.click(By.xpath("//summary[normalize-space()='Nytt mål']"));
		browser.type(By.cssSelector("textarea[id^='ng-'][id$='-text']"), "Flere kommuner med");
		browser.click(By.cssSelector("input[id^='ng-'][id$='-sdg-10']"));
		browser.submit(By.xpath("//details[@open]//form[contains(@action, '/mal')]//button[@type='submit']"));
		assertThat(main()).contains("Flere kommuner med", "Bærekraftsmål 10: Mindre ulikhet", "Ikke vurdert");

		// a light without its colour: refused, the comment kept, the message beside the
		// field
		browser.click(By.xpath("//summary[normalize-space()='Sett trafikklys']"));
		browser.type(By.cssSelector("textarea[id^='l-'][id$='-comment']"), "Godt i gang");
		browser.submit(By.xpath("//details[@open]//form[contains(@action, '/lys')]//button[@type='submit']"));
		assertThat(browser.status()).isEqualTo(422);
		assertThat(browser.driver().findElement(By.cssSelector("[id^='l-'][id$='-light-error']")).getText())
			.isEqualTo("Må fylles ut.");
		assertThat(browser.driver().findElement(By.cssSelector("textarea[id^='l-'][id$='-comment']")).getText())
			.isEqualTo("Godt i gang");
		axe.assertNoViolations("/strategi/admin/mal/{id}/lys (refused)");
		browser.click(By.cssSelector("input[type=radio][id$='-GREEN']"));
		browser.submit(By.xpath("//details[@open]//form[contains(@action, '/lys')]//button[@type='submit']"));
		assertThat(main()).contains("Grønn: i rute");

		// the input form's item list narrowed to sak 21-21
		browser.open(admin + "?sak=21-21");
		browser.type(By.id("ni-text"), "Tverrfaglighet bør nevnes spesielt.");
		browser.type(By.id("ni-givenBy"), "Arbeidsgruppen");
		browser.script("document.getElementById('ni-givenOn').value = '2021-06-03'");
		new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("ni-itemId"))).selectByIndex(1);
		browser.submit(By.xpath("//form[contains(@action, '/innspill')]//button[@type='submit']"));
		assertThat(main()).contains("Tverrfaglighet bør nevnes spesielt.",
				"Sak 21-21 Rapportering fra strategiarbeidet");
		axe.assertNoViolations("/strategi/admin/{id} (built)");
		browser.open("/strategi/admin/57a70000-0000-4000-8000-000000002021");
		axe.assertNoViolations("/strategi/admin/{id} (demo)");
		browser.viewport(390, 844);
		try {
			browser.open("/strategi/admin/57a70000-0000-4000-8000-000000002021");
			axe.assertNoViolations("/strategi/admin/{id} at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

}
