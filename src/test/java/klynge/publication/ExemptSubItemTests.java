package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.meeting.MeetingTestData;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An exempt sub-item under a public item, on the two pages that share the agenda item's
 * markup (meeting/agenda-item.html): a reader who may not see it gets its public title
 * and legal basis, and nothing of its own text (prior handling, proposed decision), which
 * the item's view still carries; staff read it all.
 */
@KlyngeIntegrationTest
class ExemptSubItemTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExemptSubItemShowsOnlyItsPublicTitleAndBasis() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Tilsettingsutvalget");
		MeetingTestData.member(jdbc, body, "BA", "OBSERVER", "Klyngefasilitator", 20);
		LocalDate day = TestYears.uniqueDay();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'SUMMONED') returning id")
			.params(MeetingTestData.ALREK, body, day)
			.query(UUID.class)
			.single();
		UUID parent = jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title)
				values (?, ?, ?, 1, ?, 1, 'DECISION', 'Bemanning i sekretariatet') returning id""")
			.params(MeetingTestData.ALREK, meeting, body, day.getYear())
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, parent_id, position, type, title,
				                         prior_handling, proposed_decision, access, exemption_basis, public_title)
				values (?, ?, ?, ?, 1, 'DECISION', 'Tilsetting av rådgiver', 'Drøftet lønnsnivå i forrige møte',
				        'Søker nr. 2 tilbys stillingen', 'EXEMPT', 'Offl. § 25', 'Personalsak')""")
			.params(MeetingTestData.ALREK, meeting, body, parent)
			.update();

		String[] secrets = { "Tilsetting av rådgiver", "Drøftet lønnsnivå", "Søker nr. 2" };
		String slug = PublicSlug
			.of(jdbc.sql("select name from body_name where body_id = ?").param(body).query(String.class).single());
		String journal = read("/offentlig/" + slug + "/" + day, null);
		assertThat(journal).contains("Bemanning i sekretariatet", "Personalsak", "Offl. § 25").doesNotContain(secrets);
		String page = "/meetings/" + meeting;
		for (String reader : new String[] { null, "observator" }) {
			assertThat(read(page, reader)).as(reader)
				.contains("Bemanning i sekretariatet", "Personalsak", "Offl. § 25")
				.doesNotContain(secrets);
		}
		assertThat(read(page, "sekretariat")).contains(secrets);
	}

	String read(String path, String user) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
