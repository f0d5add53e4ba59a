package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual report in Chromium with axe-core: the secretariat generates a year from the
 * data, writes the introduction, exports the PDF/A and follows the progress (htmx) to the
 * download, and reads the report on a 390 px phone without sideways scrolling; the public
 * reads the published 2022 report. No axe violations on any page.
 */
@BrowserTest
class AnnualReportBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatGeneratesEditsAndExportsAndThePublicReads() {
		Axe axe = new Axe(browser);
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/arsmelding");
		assertThat(browser.status()).isEqualTo(200);
		axe.assertNoViolations("/arsmelding");
		new Select(browser.driver().findElement(By.id("year"))).selectByValue("2024");
		browser.submit(By.cssSelector("#generate-form button[type=submit]"));
		assertThat(browser.currentPath()).isEqualTo("/arsmelding/2024/rediger");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Årsmelding 2024",
				"Organer og medlemmer");
		axe.assertNoViolations("/arsmelding/{year}/rediger");

		String introduction = "Nettlesertest: et år med godt samarbeid.";
		browser.driver().findElement(By.id("introduction")).clear();
		browser.type(By.id("introduction"), introduction);
		browser.submit(By.id("save-texts"));
		assertThat(browser.driver().findElement(By.id("introduction")).getAttribute("value")).isEqualTo(introduction);
		assertThat(browser.driver().findElement(By.cssSelector(".annual-preview")).getText()).contains(introduction);
		assertThat(jdbc.sql("select introduction from annual_report where cluster_id = ? and year = 2024")
			.param(ALREK)
			.query(String.class)
			.single()).isEqualTo(introduction);
		axe.assertNoViolations("/arsmelding/{year}/rediger (saved)");

		browser.submit(By.id("export-pdf"));
		assertThat(browser.currentPath()).startsWith("/arsmelding/eksport/");
		assertThat(browser.driver().findElement(By.id("export-status")).getAttribute("role")).isEqualTo("status");
		axe.assertNoViolations("/arsmelding/eksport/{id}");
		Eventually.until("the export reaches 100 % by htmx polling",
				() -> !browser.driver().findElements(By.id("export-download")).isEmpty());
		assertThat(browser.driver().findElement(By.id("export-status")).getText()).contains("100 %", "ferdig",
				"arsmelding-2024.pdf");
		assertThat(browser.driver().findElement(By.id("export-progress")).getAttribute("value")).isEqualTo("100");
		axe.assertNoViolations("/arsmelding/eksport/{id} (done)");

		browser.viewport(390, 844);
		try {
			browser.open("/arsmelding/2024/rediger");
			axe.assertNoViolations("/arsmelding/{year}/rediger at 390 px");
			assertThat(browser.horizontalOverflow()).isZero();
		}
		finally {
			browser.viewport(1280, 900);
		}

		browser.logout();
		browser.open("/arsmelding/2022");
		assertThat(browser.status()).isEqualTo(200);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Årsmelding 2022",
				"Partnermøtet tar årsmeldingen for 2022 til etterretning", "Møter og vedtak per organ");
		assertThat(browser.driver().findElement(By.cssSelector(".annual-chart img")).getAttribute("alt"))
			.startsWith("Stolpediagram: Møter og vedtak per organ");
		axe.assertNoViolations("/arsmelding/{year} (public)");
		browser.viewport(390, 844);
		try {
			browser.open("/arsmelding/2022");
			assertThat(browser.horizontalOverflow()).isZero();
			axe.assertNoViolations("/arsmelding/{year} (public) at 390 px");
		}
		finally {
			browser.viewport(1280, 900);
		}
	}

}
