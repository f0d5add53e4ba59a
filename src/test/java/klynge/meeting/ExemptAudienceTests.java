package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding 13 (Offl. § 25): exempt items are for the secretariat and members with a voting
 * seat; observers, the facilitator and deputies see them only once the body has decided
 * so on its form. Members-only items stay open to everyone on the body. The item says who
 * may see it.
 */
@KlyngeIntegrationTest
class ExemptAudienceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String read(String path, String user) throws Exception {
		return mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void observersSeeExemptItemsOnlyWhenTheBodyOpensThemAndMembersOnlyItemsAlways() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Ansettelsesutvalget");
		String bodyName = jdbc.sql("select name from body_name where body_id = ?")
			.param(body)
			.query(String.class)
			.single();
		MeetingTestData.member(jdbc, body, "GY", "MEMBER", "Høgskulen på Vestlandet", 1);
		MeetingTestData.member(jdbc, body, "BA", "OBSERVER", "Klyngefasilitator", 20);
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'PLANNED') returning id")
			.params(MeetingTestData.ALREK, body, LocalDate.of(2048, 5, 4))
			.query(UUID.class)
			.single();
		jdbc.sql(
				"""
						insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access,
						                         exemption_basis, public_title)
						values (?, ?, ?, 1, 2048, 1, 'DECISION', 'Tilsetting av daglig leder', 'EXEMPT', 'Offl. § 25', 'Personalsak'),
						       (?, ?, ?, 2, 2048, 2, 'DECISION', 'Budsjettforslag til drøfting', 'MEMBERS', null, null)""")
			.params(MeetingTestData.ALREK, meeting, body, MeetingTestData.ALREK, meeting, body)
			.update();
		String page = "/meetings/" + meeting;
		String items = "/api/v1/meetings/" + meeting + "/items";

		// the observer reads the members-only item, the exempt one by its public title
		// only
		assertThat(read(page, "observator")).contains("Budsjettforslag til drøfting", "Personalsak", "Offl. § 25")
			.doesNotContain("Tilsetting av daglig leder");
		assertThat(read(items, "observator")).contains("Budsjettforslag til drøfting")
			.doesNotContain("Tilsetting av daglig leder");
		// a member with a vote reads both, and is told who else may
		assertThat(read(page, "medlem")).contains("Tilsetting av daglig leder", "Budsjettforslag til drøfting")
			.contains("Synlig for: sekretariatet og medlemmer med stemmerett i " + bodyName)
			.contains("Synlig for: sekretariatet og alle medlemmer og observatører i " + bodyName);
		assertThat(read(items, "medlem")).contains("Tilsetting av daglig leder");
		assertThat(read(page, "sekretariat")).contains("Tilsetting av daglig leder");

		// the body decides (on its form) that its observers see exempt items
		int version = jdbc.sql("select version from body where id = ?").param(body).query(Integer.class).single();
		int status = mvc
			.perform(post("/bodies/" + body).with(httpBasic("admin", "demo"))
				.with(csrf())
				.param("type", "OTHER")
				.param("name", bodyName)
				.param("establishedOn", "2000-01-01")
				.param("sortOrder", "99")
				.param("version", String.valueOf(version))
				.param("observersSeeExempt", "true"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		assertThat(read("/bodies/" + body + "/edit", "admin")).contains("observersSeeExempt").contains("checked");
		assertThat(read(page, "observator")).contains("Tilsetting av daglig leder")
			.contains(
					"Synlig for: sekretariatet, medlemmer med stemmerett, varamedlemmer, observatører og fasilitator i "
							+ bodyName);
		assertThat(read(items, "observator")).contains("Tilsetting av daglig leder");
		// still nothing for those outside the body
		assertThat(read(page, "soker")).doesNotContain("Tilsetting av daglig leder").doesNotContain("Budsjettforslag");
		assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Tilsetting av daglig leder");
	}

}
