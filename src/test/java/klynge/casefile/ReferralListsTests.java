package klynge.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11.9: a matter raised under "Eventuelt" gets a title of its own in the other
 * body's backlog and a link back to the item it came from; the expected-meeting list says
 * why it is empty.
 */
@KlyngeIntegrationTest
class ReferralListsTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID body(String name) {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = ? order by valid_from desc limit 1")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	/**
	 * A Partnermøte far in the future (no other body meets within two years of it) with
	 * an Eventuelt item.
	 */
	UUID eventueltItem(int year) {
		UUID pm = body("Partnermøtet");
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'HELD') returning id")
			.params(ALREK, pm, LocalDate.of(year, 3, 27))
			.query(UUID.class)
			.single();
		return jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, 1, ?, 5, 'OTHER_BUSINESS', 'Eventuelt', 'PUBLIC') returning id""")
			.params(ALREK, meeting, pm, year)
			.query(UUID.class)
			.single();
	}

	@Test
	void aMatterFromEventueltIsTitledAndLinksBack() throws Exception {
		UUID item = eventueltItem(2601);
		UUID sg = body("Styringsgruppen");
		String refused = mvc
			.perform(post("/items/{id}/referrals", item).with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("toBodyId", sg.toString())
				.param("description", "Helsepersonellkommisjonen: Alreks rolle"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Skriv en tittel");

		mvc.perform(post("/items/{id}/referrals", item).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("toBodyId", sg.toString())
			.param("description", "Helsepersonellkommisjonen: Alreks rolle")
			.param("title", "Helsepersonellkommisjonen 2601")).andExpect(status().is3xxRedirection());
		String backlog = mvc.perform(get("/bodies/{id}/backlog", sg).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(backlog).contains("Helsepersonellkommisjonen 2601")
			.contains("Oversendt fra Partnermøtet 27.03.2601, sak 05-01");
		UUID meeting = jdbc.sql("select meeting_id from agenda_item where id = ?")
			.param(item)
			.query(UUID.class)
			.single();
		assertThat(backlog).contains("href=\"/meetings/" + meeting + "#sak-05-01\"");
	}

	@Test
	void anEmptyExpectedMeetingListSaysWhy() throws Exception {
		UUID item = eventueltItem(2701);
		String form = mvc.perform(get("/items/{id}/referrals/new", item).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Ingen av de andre organene har planlagte møter");
	}

}
