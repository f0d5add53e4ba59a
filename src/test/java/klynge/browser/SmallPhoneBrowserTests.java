package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.cluster.ClusterScope;
import klynge.meeting.attendance.Attendance;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, requirement 7, on the smallest phones: at 360 × 740 no page reached by links
 * scrolls sideways and every control in the header and in {@code main} is a touch target
 * of at least 44 × 44 px (or a link inline in a paragraph's text, WCAG 2.5.8's exception)
 * — checked with {@link #SMALL_TARGETS} by {@link AccessibilityTests}'s crawl as
 * anonymous and as the secretariat, on the same page loads as the desktop check; and
 * here: attendance, on the meeting page and in the grid that records it, is one card per
 * person on a 390 px phone, which still saves.
 */
@BrowserTest
class SmallPhoneBrowserTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static Browser browser;

	WebDriver driver;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Attendance attendance;

	/**
	 * The visible links, buttons and form fields of the header (menu opened, as a phone
	 * user would) and of {@code main} whose box is smaller than 44 × 44 px, unless they
	 * are links inline in a paragraph's text. A checkbox or radio button counts with its
	 * label around it (tapping the label ticks it).
	 */
	static final String SMALL_TARGETS = """
			var menu = document.getElementById('site-menu'), toggle = document.querySelector('.menu-toggle');
			var opened = menu && toggle && toggle.getClientRects().length && !menu.classList.contains('open');
			if (opened) { menu.classList.add('open'); }
			var small = [];
			document.querySelectorAll('.site-header :is(a[href], button, select, input), '
			    + 'main :is(a[href], button, select, input, textarea, summary)').forEach(function (e) {
			  if (e.type === 'hidden' || !e.getClientRects().length) { return; }
			  var s = getComputedStyle(e);
			  if (s.visibility === 'hidden') { return; }
			  var box = (e.type === 'checkbox' || e.type === 'radio') && e.closest('label') ? e.closest('label') : e;
			  var r = box.getBoundingClientRect();
			  if (r.width <= 2 || r.height <= 2 || r.right <= 0 || r.left >= innerWidth) { return; }
			  if (r.width >= 43.5 && r.height >= 43.5) { return; }
			  if (e.tagName === 'A' && s.display === 'inline' && e.closest('p')) { return; }
			  var name = (e.textContent || e.value || e.name || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
			  small.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
			      + ' "' + name + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
			});
			if (opened) { menu.classList.remove('open'); }
			return small.slice(0, 8);
			""";

	/**
	 * The meeting page's attendance list, the attendance page's grid and the one-page
	 * minutes editor's grid are one card per person on a 390 px phone: no box to scroll
	 * sideways, each row a block, each cell labelled, each select the card's width and 44
	 * px high; axe finds nothing, and choosing a status in a card still saves it.
	 */
	@Test
	void attendanceIsOneCardPerPersonOnAPhoneAndTheGridStillSaves() {
		driver = browser.driver();
		UUID meeting = heldMeeting();
		browser.viewport(390, 844);
		browser.logout();
		assertThat(browser.loginAs("sekretariat", AccessibilityTests.PASSWORD)).doesNotStartWith("/login");
		Axe axe = new Axe(browser);

		browser.open("/meetings/" + meeting);
		assertThat(cards("table.attendance")).as("the meeting page's attendance at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isZero();
		axe.assertNoViolations("meeting page, attendance as cards");

		browser.submit(By.linkText("Registrer oppmøte"));
		assertThat(cards("table.attendance-edit")).as("the attendance grid at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isZero();
		axe.assertNoViolations("attendance page, grid as cards");
		browser.chooseAttendance(0, "ABSENT");
		assertThat(cards("table.attendance-edit")).as("the grid as swapped in after saving").isEmpty();

		browser.open("/meetings/" + meeting + "/minutes/edit");
		assertThat(cards("table.attendance-edit")).as("the one-page minutes editor's grid at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isZero();
		axe.assertNoViolations("one-page minutes editor, grid as cards");
		browser.chooseAttendance(1, "REMOTE");
		assertThat(jdbc.sql("select status from attendance where meeting_id = ? and section = 'MEMBER'")
			.params(meeting)
			.query(String.class)
			.list()).contains("ABSENT", "REMOTE");
		browser.viewport(1280, 900);
	}

	/** What keeps the table from being one card per person at this width. */
	@SuppressWarnings("unchecked")
	private List<String> cards(String table) {
		return (List<String>) browser.script(
				"""
						var table = document.querySelector(arguments[0]), out = [];
						if (!table) { return ['no ' + arguments[0]]; }
						var box = table.closest('.table-scroll');
						if (box && box.scrollWidth > box.clientWidth) {
						  out.push('scrolls sideways in its box: ' + box.scrollWidth + ' > ' + box.clientWidth); }
						table.querySelectorAll('tbody tr:not(.section-row)').forEach(function (tr, i) {
						  var row = getComputedStyle(tr).display;
						  if (row !== 'block') { out.push('row ' + i + ' displays as ' + row); }
						  tr.querySelectorAll('td').forEach(function (td, j) {
						    if (!td.dataset.label) { out.push('row ' + i + ' cell ' + j + ' has no data-label'); } });
						  var card = tr.getBoundingClientRect();
						  tr.querySelectorAll('select').forEach(function (select) {
						    var r = select.getBoundingClientRect();
						    if (r.width < card.width * 0.8) {
						      out.push(select.name + ' ' + Math.round(r.width) + ' px wide in a ' + Math.round(card.width) + ' px card'); }
						    if (r.height < 43.5) { out.push(select.name + ' ' + Math.round(r.height) + ' px high'); }
						    if (r.right > document.documentElement.clientWidth) { out.push(select.name + ' sticks out'); } });
						});
						return out.slice(0, 10);
						""",
				table);
	}

	/** A held Partnermøte with its summons list, in a year of its own. */
	private UUID heldMeeting() {
		LocalDate day = TestYears.uniqueDay();
		UUID body = jdbc.sql("""
				select body_id from body_name where cluster_id = ? and name = 'Partnermøtet'
				order by valid_from desc limit 1""").params(ALREK).query(UUID.class).single();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		ClusterScope.run(ALREK, () -> attendance.generateSummonsList(meeting));
		assertThat(jdbc.sql("select count(*) from attendance where meeting_id = ? and section = 'MEMBER'")
			.params(meeting)
			.query(Integer.class)
			.single()).as("Partnermøtet's members are summoned").isGreaterThanOrEqualTo(2);
		return meeting;
	}

}
