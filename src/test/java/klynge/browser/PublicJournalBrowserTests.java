package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public journal (issue 17) in Chromium with axe-core, as an anonymous visitor: from
 * the start page to the entry, a body, the approved minutes of Styringsgruppen 20.03.2023
 * (the exempt item by public title and basis) and the decisions; at 1280 and 390 px,
 * without sideways scrolling on the phone. No axe violations.
 */
@BrowserTest
class PublicJournalBrowserTests {

	static final List<String> PAGES = List.of("/offentlig", "/offentlig/styringsgruppen",
			"/offentlig/arbeidsgruppen/2021-06-03", "/offentlig/styringsgruppen/2023-03-20", "/offentlig/vedtak");

	static Browser browser;

	String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	@Test
	void aVisitorReadsThePublicJournalOnADesktopAndAPhone() {
		Axe axe = new Axe(browser);
		browser.logout();
		browser.open("/");
		browser.click(By.cssSelector("main a[href='/offentlig']"));
		assertThat(browser.currentPath()).isEqualTo("/offentlig");
		browser.open("/offentlig/styringsgruppen/2023-03-20");
		assertThat(main())
			.contains("Protokoll Styringsgruppen 20.03.2023", "Personalsak", "Unntatt offentlighet, Offl. § 25.")
			.doesNotContain("Tilsetting i sekretariatet");
		for (String page : PAGES) {
			browser.open(page);
			axe.assertNoViolations(page);
		}
		browser.viewport(390, 844);
		try {
			for (String page : PAGES) {
				browser.open(page);
				axe.assertNoViolations(page + " at 390 px");
				assertThat(browser.horizontalOverflow()).as(page + " at 390 px").isZero();
			}
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

}
