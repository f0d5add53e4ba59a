package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import klynge.shared.TestYears;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the comment conversation page and the audit log pass axe's WCAG 2.1 A/AA
 * rules on a desktop and on a 390 × 844 phone, without sideways scrolling.
 */
@BrowserTest
class CommentConversationBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static Browser browser;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Minutes for comment with a comment of Gunnar Yttri's and the secretariat's answer.
	 */
	String conversation() {
		LocalDate day = TestYears.uniqueDay();
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'MINUTES_FOR_COMMENT') returning id")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		UUID item = jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, 1, ?, 1, 'DECISION', 'Årsmelding', 'PUBLIC') returning id""")
			.params(ALREK, meeting, body, day.getYear())
			.query(UUID.class)
			.single();
		UUID minutes = jdbc.sql(
				"insert into minutes (cluster_id, meeting_id, status, comment_deadline) values (?, ?, 'FOR_COMMENT', ?) returning id")
			.params(ALREK, meeting, day.plusDays(14))
			.query(UUID.class)
			.single();
		UUID gunnar = person("medlem");
		UUID comment = jdbc.sql("""
				insert into minutes_comment (cluster_id, minutes_id, item_id, author, author_person_id, text)
				values (?, ?, ?, 'medlem', ?, 'Stavefeil i andre avsnitt; skriv «vedtatt enstemmig».') returning id""")
			.params(ALREK, minutes, item, gunnar)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into minutes_comment_reply (cluster_id, comment_id, author, author_person_id, text)
				values (?, ?, 'sekretariat', ?, 'Takk, rettet.')""")
			.params(ALREK, comment, person("sekretariat"))
			.update();
		return "/minutes/" + minutes + "/comments/" + comment;
	}

	UUID person(String username) {
		return jdbc.sql("select person_id from account where cluster_id = ? and username = ?")
			.params(ALREK, username)
			.query(UUID.class)
			.single();
	}

	@ParameterizedTest(name = "{0} at {1}×{2}")
	@CsvSource({ "sekretariat, 1280, 900", "sekretariat, 390, 844", "medlem, 1280, 900", "medlem, 390, 844" })
	void theConversationPageIsAccessibleAndFitsAPhone(String who, int width, int height) {
		String path = conversation();
		browser.logout();
		browser.loginAs(who, "demo");
		browser.viewport(width, height).open(path);
		assertThat(browser.driver().getPageSource()).contains("Gunnar Yttri").contains("Takk, rettet.");
		new Axe(browser).assertNoViolations(path + " (" + who + ", " + width + ")");
		assertThat(browser.horizontalOverflow()).as("sideways scrolling of %s at %d px", path, width).isZero();
		if ("sekretariat".equals(who)) {
			browser.open(path + "/apply");
			new Axe(browser).assertNoViolations(path + "/apply (" + width + ")");
			assertThat(browser.horizontalOverflow()).as("sideways scrolling of the apply page at %d px", width)
				.isZero();
		}
	}

	@ParameterizedTest(name = "audit log at {0}×{1}")
	@CsvSource({ "1280, 900", "390, 844" })
	void theAuditLogIsAccessibleAndFitsAPhone(int width, int height) {
		browser.logout();
		browser.loginAs("admin", "demo");
		browser.viewport(width, height).open("/audit");
		new Axe(browser).assertNoViolations("/audit (" + width + ")");
		assertThat(browser.horizontalOverflow()).as("sideways scrolling of /audit at %d px", width).isZero();
		String entry = browser.driver()
			.findElement(org.openqa.selenium.By.cssSelector("#audit-results tbody a"))
			.getAttribute("href");
		browser.open(entry.substring(entry.indexOf("/audit/")));
		new Axe(browser).assertNoViolations("/audit/… (" + width + ")");
		assertThat(browser.horizontalOverflow()).as("sideways scrolling of an audit entry at %d px", width).isZero();
	}

}
