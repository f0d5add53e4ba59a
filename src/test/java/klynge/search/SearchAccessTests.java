package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Search never shows what a reader may not read, in the page or the API, as text, title
 * or snippet: a members-only item of Partnermøtet is found by its members (the chair
 * "leder", the member "medlem" and the facilitator "observator") and staff; an exempt
 * item by those with a voting seat and staff, and by everyone else only by its public
 * title, and never by a word of its internal title or text; draft minutes by the body and
 * staff; people by the cluster's users (not applicants); and the other cluster's
 * administrator finds none of it.
 */
@KlyngeIntegrationTest
class SearchAccessTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex index;

	/** A word of its own per run, so the demo and other tests' data never match. */
	String tag;

	@BeforeEach
	void meetingWithRestrictedItems() {
		tag = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		LocalDate day = TestYears.uniqueDay();
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, status)
				values (?, ?, ?, '10:00', '12:00', 'HELD') returning id""")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		item(meeting, body, day, 1, "Åpen " + tag + "offentlig sak", "Forslag " + tag + "opentekst", "PUBLIC", null,
				null);
		item(meeting, body, day, 2, "Medlemssak " + tag + "medlem", "Forslag " + tag + "medlemtekst", "MEMBERS", null,
				null);
		UUID exempt = item(meeting, body, day, 3, "Tilsetting " + tag + "unntatt", "Forslag " + tag + "unntatttekst",
				"EXEMPT", "Offl. § 25", "Personalsak " + tag + "offentlig");
		UUID minutes = jdbc.sql("insert into minutes (cluster_id, meeting_id) values (?, ?) returning id")
			.params(ALREK, meeting)
			.query(UUID.class)
			.single();
		jdbc.sql("insert into item_minutes (cluster_id, minutes_id, item_id, notes) values (?, ?, ?, ?)")
			.params(ALREK, minutes, exempt, "Drøftet " + tag + "unntattreferat")
			.update();
		UUID open = jdbc.sql("select id from agenda_item where meeting_id = ? and position = 1")
			.param(meeting)
			.query(UUID.class)
			.single();
		jdbc.sql("insert into item_minutes (cluster_id, minutes_id, item_id, notes) values (?, ?, ?, ?)")
			.params(ALREK, minutes, open, "Utkast " + tag + "utkast")
			.update();
		index.rebuild(ALREK);
	}

	UUID item(UUID meeting, UUID body, LocalDate day, int position, String title, String proposal, String access,
			String basis, String publicTitle) {
		return jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
				                         proposed_decision, access, exemption_basis, public_title)
				values (?, ?, ?, ?, ?, ?, 'DECISION', ?, ?, ?, ?, ?) returning id""")
			.params(ALREK, meeting, body, position, day.getYear(), position, title, proposal, access, basis,
					publicTitle)
			.query(UUID.class)
			.single();
	}

	/** The page and the API's answer for a reader (null: anonymous). */
	String search(String user, String q) throws Exception {
		StringBuilder both = new StringBuilder();
		for (String path : List.of("/sok", "/api/v1/search")) {
			MockHttpServletRequestBuilder request = get(path).param("q", q)
				.accept(path.startsWith("/api") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
			if (user != null) {
				request.with(httpBasic(user, "demo"));
			}
			var response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(path + " " + q + " as " + user).isEqualTo(200);
			both.append(response.getContentAsString(StandardCharsets.UTF_8));
		}
		return both.toString();
	}

	int total(String user, String q) throws Exception {
		return total(user, q, null);
	}

	int total(String user, String q, String type) throws Exception {
		var request = get("/api/v1/search").param("q", q).accept(MediaType.APPLICATION_JSON);
		if (type != null) {
			request.param("type", type);
		}
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return JsonPath.read(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.total");
	}

	@Test
	void thePublicFindsPublicContentAndTheExemptItemByItsPublicTitleOnly() throws Exception {
		for (String outsider : new String[] { null, "soker" }) {
			assertThat(total(outsider, tag + "offentlig")).as("open item and the exempt one's public title")
				.isEqualTo(2);
			String found = search(outsider, tag + "offentlig");
			assertThat(found).contains("Personalsak").doesNotContain(tag + "unntatt", "Tilsetting ");
			for (String secret : List.of(tag + "unntatt", tag + "unntatttekst", tag + "unntattreferat", tag + "medlem",
					tag + "medlemtekst", tag + "utkast", "tilsetting " + tag)) {
				assertThat(total(outsider, secret)).as(secret + " as " + outsider).isZero();
				assertThat(search(outsider, secret)).doesNotContain("Medlemssak", "Tilsetting " + tag);
			}
			assertThat(total(outsider, tag + "opentekst")).isEqualTo(1);
		}
	}

	@Test
	void membersFindMembersOnlyContentButOnlyVotingSeatsTheExemptText() throws Exception {
		for (String member : new String[] { "medlem", "leder", "observator" }) {
			assertThat(total(member, tag + "medlemtekst")).as(member).isEqualTo(1);
			assertThat(search(member, tag + "medlem")).contains("Medlemssak");
			assertThat(total(member, tag + "utkast")).as("draft minutes, " + member).isEqualTo(1);
		}
		for (String voting : new String[] { "medlem", "leder" }) {
			assertThat(search(voting, tag + "unntatttekst")).as(voting).contains("Tilsetting");
			assertThat(total(voting, tag + "unntattreferat")).as(voting).isEqualTo(1);
		}
		// the facilitator has no vote: the exempt item by its public title only
		assertThat(total("observator", tag + "unntatttekst")).isZero();
		assertThat(total("observator", tag + "unntattreferat")).isZero();
		assertThat(search("observator", tag + "offentlig")).contains("Personalsak").doesNotContain("Tilsetting " + tag);
	}

	@Test
	void staffFindEverything() throws Exception {
		for (String staff : new String[] { "sekretariat", "admin" }) {
			for (String word : List.of(tag + "unntatttekst", tag + "unntattreferat", tag + "medlemtekst",
					tag + "utkast")) {
				assertThat(total(staff, word)).as(word + " as " + staff).isEqualTo(1);
			}
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		for (String word : List.of(tag + "offentlig", tag + "unntatt", tag + "medlem", tag + "opentekst", "budsjett")) {
			assertThat(total("nord", word)).as(word).isZero();
		}
		// Nord may have a Gunnar Yttri of its own (the import tests make one): never
		// Alrek's
		UUID alreksGunnar = jdbc.sql("select id from person where cluster_id = ? and code = 'GY'")
			.param(ALREK)
			.query(UUID.class)
			.single();
		assertThat(search("nord", "Gunnar Yttri")).doesNotContain(alreksGunnar.toString());
	}

	@Test
	void peopleAreFoundByLoggedInUsersOnlyAndNeverByContactData() throws Exception {
		assertThat(search("medlem", "Gunnar Yttri")).contains("Gunnar Yttri");
		// the people pages (public minutes may name him: imported ones do)
		assertThat(total(null, "Gunnar Yttri", "PERSON")).isZero();
		assertThat(total("soker", "Gunnar Yttri", "PERSON")).as("an applicant is no user of the people pages").isZero();
		assertThat(total("medlem", "Gunnar Yttri", "PERSON")).isPositive();
		assertThat(total("sekretariat", "gy@alrek.example.org")).isZero();
		assertThat(search("sekretariat", "Gunnar")).doesNotContain("gy@alrek.example.org");
	}

}
