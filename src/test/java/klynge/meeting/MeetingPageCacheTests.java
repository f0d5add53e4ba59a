package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, requirement 8: the meeting page answers 304 to an unchanged page's tag and
 * comes from the server's copy, but an access decision is never stale: an item made
 * exempt is gone for anonymous readers at the very next request, with or without the old
 * tag.
 */
@KlyngeIntegrationTest
class MeetingPageCacheTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnchangedPageIsNotModifiedAndAnItemMadeExemptVanishesAtOnce() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String title = "Buffer-sak personalsaker " + tag;
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		LocalDate day = TestYears.uniqueDay();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'SUMMONED') returning id")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		UUID item = jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, 1, ?, 1, 'DISCUSSION', ?, 'PUBLIC') returning id""")
			.params(ALREK, meeting, body, day.getYear(), title)
			.query(UUID.class)
			.single();
		String page = "/meetings/" + meeting;

		// Other work in the test JVM (the outbox sender, other classes' writers) may
		// commit
		// between two requests, and any commit rightly changes the tag; so the claim is
		// "an unchanged database answers 304", tried until two requests see the same
		// data.
		MockHttpServletResponse first = null;
		String etag = null;
		boolean notModified = false;
		for (int attempt = 0; attempt < 20 && !notModified; attempt++) {
			first = anonymous(page, null);
			assertThat(first.getStatus()).isEqualTo(200);
			etag = first.getHeader("ETag");
			MockHttpServletResponse again = anonymous(page, etag);
			if (again.getStatus() == 304) {
				assertThat(again.getContentAsByteArray()).isEmpty();
				notModified = true;
			}
			else {
				assertThat(again.getStatus()).isEqualTo(200);
				assertThat(again.getHeader("ETag")).as("a 200 after a commit carries a new tag").isNotEqualTo(etag);
			}
		}
		assertThat(notModified).as("unchanged: 304").isTrue();
		assertThat(text(first)).contains(title).doesNotContain("name=\"_csrf\"");
		assertThat(etag).as("a weak tag").startsWith("W/\"");
		assertThat(first.getHeader("Cache-Control")).contains("no-cache").doesNotContain("no-store");
		assertThat(first.getCookies()).as("an anonymous reader gets no cookie (no CSRF token, no session)").isEmpty();
		MockHttpServletResponse copy = anonymous(page, null);
		assertThat(copy.getStatus()).isEqualTo(200);
		assertThat(text(copy)).isEqualTo(text(first));

		// another viewer has another tag: a member's page is not the public one
		MockHttpServletResponse member = mvc
			.perform(get(page).header("If-None-Match", etag).with(httpBasic("medlem", "demo")))
			.andReturn()
			.getResponse();
		assertThat(member.getStatus()).isEqualTo(200);
		assertThat(member.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(member.getHeader("Cache-Control")).as("members' pages are not stored by the browser")
			.contains("no-store");

		// the secretariat makes the item exempt (no public title): at once it is gone for
		// anonymous readers
		int version = jdbc.sql("select version from agenda_item where id = ?")
			.param(item)
			.query(Integer.class)
			.single();
		MockHttpServletResponse changed = mvc
			.perform(put("/api/v1/items/" + item).with(httpBasic("sekretariat", "demo"))
				.header("If-Match", "\"" + version + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"type":"DISCUSSION","title":"%s","access":"EXEMPT","exemptionBasis":"Offl. § 25"}"""
					.formatted(title)))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);

		MockHttpServletResponse revalidated = anonymous(page, etag);
		assertThat(revalidated.getStatus()).as("no 304 with the old tag").isEqualTo(200);
		assertThat(revalidated.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(text(revalidated)).doesNotContain(title).contains("Offl. § 25");
		assertThat(text(anonymous(page, null))).doesNotContain(title);
		assertThat(text(mvc.perform(get(page).with(httpBasic("medlem", "demo"))).andReturn().getResponse()))
			.as("a voting member still reads it")
			.contains(title);
	}

	private MockHttpServletResponse anonymous(String page, String ifNoneMatch) throws Exception {
		var request = get(page);
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
