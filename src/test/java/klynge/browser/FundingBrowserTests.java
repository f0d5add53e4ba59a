package klynge.browser;

import java.util.UUID;

import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: applying in a real browser (fill in, the draft saves itself, a rule message
 * appears, the applicant fixes it, submits, and the receipt is queued), and axe-core on
 * every funding page.
 */
@BrowserTest
class FundingBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID COMMENT_ROUND = UUID.fromString("ca110000-0000-4000-8000-000000002022");

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	UUID publishedCall() {
		return jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id,
				       deadline, max_per_application, municipal_partner_required, buyout_max_share, published_at)
				select cluster_id, fund_id, 'Nettleserutlysning ' || gen_random_uuid(), 'PUBLISHED', committee_body_id,
				       deciding_body_id, now() + interval '30 days', 150000, true, 0.5, now()
				from funding_call where id = ? returning id""").param(COMMENT_ROUND).query(UUID.class).single();
	}

	/** The autosave's status; "" while htmx swaps it (the old element is then stale). */
	String status() {
		try {
			return browser.driver().findElement(By.id("application-status")).getText();
		}
		catch (org.openqa.selenium.StaleElementReferenceException swapping) {
			return "";
		}
	}

	@Test
	void anApplicantFillsInSeesARuleFixesItAndSubmits() {
		UUID call = publishedCall();
		browser.logout().loginAs("soker", "demo");
		browser.open("/calls/" + call);
		new Axe(browser).assertNoViolations("/calls/{published}");
		browser.submit(By.cssSelector("form[action$='/applications'] button[type=submit]"));
		assertThat(browser.currentPath()).startsWith("/applications/");
		String application = browser.currentPath().substring("/applications/".length());
		new Axe(browser).assertNoViolations("/applications/{draft}");

		browser.type(By.id("title"), "Trygg heim med digital oppfølging");
		browser.type(By.id("summary"), "HVL og kommunen prøver ut digital oppfølging.");
		// a seminar is an operating cost; the first kind offered is buy-out (frikjøp)
		new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.cssSelector("select[name=lineKind]")))
			.selectByValue("OPERATING");
		browser.type(By.cssSelector("input[name=lineDescription]"), "Seminar");
		browser.type(By.cssSelector("input[name=lineAmount]"), "40 000");
		browser.driver().findElement(By.id("title")).click();
		Eventually.until("the draft saved itself with a rule message",
				() -> status().contains("Lagret kl.") && status().contains("kommune"));
		assertThat(jdbc.sql("select title from application where id = ?::uuid")
			.param(application)
			.query(String.class)
			.single()).isEqualTo("Trygg heim med digital oppfølging");

		WebElement bergen = browser.driver()
			.findElements(By.cssSelector("input[name=partnerOrganisationIds]"))
			.stream()
			.filter(box -> box.findElement(By.xpath("..")).getText().contains("Bergen kommune"))
			.findFirst()
			.orElseThrow();
		browser.click(bergen);
		try {
			Eventually.until("the rule is kept after the fix",
					() -> status().contains("Søknaden oppfyller vilkårene i utlysningen."));
		}
		catch (AssertionError timeout) {
			assertThat(status()).as("the status after the fix").contains("Søknaden oppfyller vilkårene i utlysningen.");
		}
		new Axe(browser).assertNoViolations("/applications/{draft} with messages");

		browser.submit(By.cssSelector("form.submit-application button[type=submit]"));
		new Axe(browser).assertNoViolations("submit confirmation");
		browser.submit(By.cssSelector("form input[name=confirm] ~ button[type=submit]"));
		assertThat(browser.driver().getPageSource()).contains("Søknaden er sendt inn.");
		assertThat(jdbc.sql("select status from application where id = ?::uuid")
			.param(application)
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
		assertThat(jdbc.sql("select count(*) from mail_outbox where idempotency_key = ?")
			.param("application-receipt:" + application)
			.query(Integer.class)
			.single()).as("the receipt is in the outbox").isEqualTo(1);
		browser.open("/applications/mine");
		new Axe(browser).assertNoViolations("/applications/mine");
	}

	@Test
	void everyFundingPagePassesAxe() {
		browser.logout();
		for (String path : new String[] { "/open-calls", "/register" }) {
			browser.open(path);
			new Axe(browser).assertNoViolations(path + " (anonymous)");
		}
		browser.loginAs("sekretariat", "demo");
		UUID section = jdbc.sql("select id from call_section where call_id = ? and position = 3")
			.param(COMMENT_ROUND)
			.query(UUID.class)
			.single();
		for (String path : new String[] { "/calls", "/calls/" + COMMENT_ROUND, "/calls/" + COMMENT_ROUND + "/edit",
				"/calls/" + COMMENT_ROUND + "/sections/" + section + "/versions", "/calls/new", "/funds",
				"/funds/new" }) {
			browser.open(path);
			assertThat(browser.status()).as(path).isEqualTo(200);
			new Axe(browser).assertNoViolations(path);
		}
	}

}
