package klynge.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.shared.SecretTokens;
import klynge.browser.Axe;
import klynge.browser.Browser;
import klynge.browser.BrowserTest;
import klynge.cluster.ClusterScope;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The anchoring pages in Chromium with axe-core: the overview, the tracking table, the
 * reminder confirmation, "mine", the answer page (empty, refused with the message, and
 * answered), the 409 of a second answer and the 410 of a used link. The representative
 * (leder, UiB) answers through the real form.
 */
@BrowserTest
class AnchoringBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static Browser browser;

	@Autowired
	Anchorings anchorings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyAnchoringPageHasNoAxeViolations() {
		UUID subject = UUID.randomUUID();
		String title = "Budsjett nettlesertest " + subject.toString().substring(0, 8);
		List<UUID> partners = List.of(organisation("Universitetet i Bergen"), organisation("Høgskulen på Vestlandet"),
				organisation("Vestland fylkeskommune"));
		AnchoringCase anchoring = ClusterScope.call(ALREK, () -> anchorings
			.open(new AnchoringSubject("budget", subject, title, "/budgets/" + subject), partners, LocalDate.now()));
		UUID uib = anchoring.requests()
			.stream()
			.filter(r -> r.organisationName().equals("Universitetet i Bergen"))
			.findFirst()
			.orElseThrow()
			.id();
		Axe axe = new Axe(browser);

		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/anchoring");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(title);
		axe.assertNoViolations("/anchoring");
		browser.open("/anchoring/" + anchoring.id());
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("mangler representant");
		axe.assertNoViolations("/anchoring/{id}");
		browser.submit(By.cssSelector("form[action$='/reminders'] button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Send påminnelse?");
		axe.assertNoViolations("/anchoring/{id}/reminders (confirmation)");
		browser.open("/anchoring/a4c40000-0000-4000-8000-000000002022");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("avslått av Bergen kommune",
				"4 av 10 har bekreftet");
		axe.assertNoViolations("/anchoring/{demo}");

		browser.logout();
		assertThat(browser.loginAs("leder", "demo")).doesNotStartWith("/login");
		browser.open("/anchoring/mine");
		axe.assertNoViolations("/anchoring/mine");
		browser.open("/anchoring/request/" + uib);
		axe.assertNoViolations("/anchoring/request/{id}");
		browser.driver().findElement(By.id("choice-decline")).click();
		browser.submit(By.cssSelector("form[action$='/answer'] button[type=submit]"));
		assertThat(browser.driver().findElement(By.id("answer-error")).getText())
			.isEqualTo("Skriv hvorfor dere avslår.");
		axe.assertNoViolations("/anchoring/request/{id} refused");
		browser.driver().findElement(By.id("choice-confirm")).click();
		browser.submit(By.cssSelector("form[action$='/answer'] button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Takk, svaret er registrert.");
		axe.assertNoViolations("/anchoring/request/{id} answered");

		// A link of the answered request: 410 with its own page.
		String token = "browser-" + UUID.randomUUID();
		jdbc.sql("insert into anchoring_link (cluster_id, request_id, token_hash) values (?, ?, ?)")
			.params(ALREK, uib, SecretTokens.hash(token))
			.update();
		browser.open("/anchoring/link/" + token);
		assertThat(browser.status()).isEqualTo(410);
		axe.assertNoViolations("/anchoring/link/{token} (gone)");
	}

	private UUID organisation(String name) {
		return jdbc.sql("select id from organisation where cluster_id = ? and name = ?")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

}
