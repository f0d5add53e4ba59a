package klynge.userpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.shared.RecordNamer;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The user panel through its pages and API: staff add, edit and delete periods and
 * assignments, an overlapping period is refused with its message and the form kept, the
 * public page and API show names and organisations but no contact data or notes, the
 * other cluster sees none of it, and nobody else writes.
 */
@KlyngeIntegrationTest
class UserPanelWebTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final String PERIOD_2023 = "b9a00000-0000-4000-8000-000000002023";

	static final String ASSIGNMENT_2021 = "b9a10000-0000-4000-8000-000000002021";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserPanelRecordNames names;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	static String text(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	String person(String code) {
		return jdbc.sql("select id::text from person where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(String.class)
			.single();
	}

	long periodsNamed(String name) {
		return jdbc.sql("select count(*) from user_panel_period where name = ?").param(name).query(Long.class).single();
	}

	MockHttpServletRequestBuilder period(String path, String name, String from, String to) {
		return post(path).param("name", name)
			.param("validFrom", from)
			.param("validTo", to)
			.param("constitutingMeetingId", "")
			.param("mandate", "Mandat for " + name);
	}

	@Test
	void staffAddEditAndDeleteAPeriod() throws Exception {
		int year = TestYears.uniqueDay().getYear();
		String name = "Brukerpanel " + year;
		MockHttpServletResponse created = send(period("/brukerpanel/perioder", name, year + "-01-01", year + "-12-31"),
				"sekretariat");
		assertThat(created.getStatus()).isEqualTo(302);
		String path = created.getRedirectedUrl();
		assertThat(path).startsWith("/brukerpanel/perioder/");
		MockHttpServletResponse page = send(get(path), "sekretariat");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(text(page)).contains(name, "Mandat for " + name);

		assertThat(send(period(path, name + " endret", year + "-02-01", year + "-12-31"), "admin").getStatus())
			.isEqualTo(302);
		assertThat(periodsNamed(name + " endret")).isOne();
		assertThat(text(send(get("/brukerpanel"), "admin"))).contains(name + " endret");

		assertThat(send(post(path + "/slett"), "sekretariat").getStatus()).isEqualTo(302);
		assertThat(periodsNamed(name + " endret")).isZero();
		assertThat(send(get(path), "sekretariat").getStatus()).isEqualTo(404);
	}

	@Test
	void anOverlappingPeriodIsRefusedWithItsMessageAndTheFormKept() throws Exception {
		int year = TestYears.uniqueDay().getYear();
		String first = "Brukerpanel " + year + "–" + (year + 1);
		assertThat(send(period("/brukerpanel/perioder", first, year + "-01-01", (year + 1) + "-12-31"), "sekretariat")
			.getStatus()).isEqualTo(302);
		String second = "Overlappende " + year;
		MockHttpServletResponse refused = send(
				period("/brukerpanel/perioder", second, (year + 1) + "-06-01", (year + 2) + "-12-31"), "sekretariat");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(text(refused)).contains("Perioden overlapper med «" + first + "»", "value=\"" + second + "\"",
				"value=\"" + (year + 1) + "-06-01\"", "Mandat for " + second);
		assertThat(periodsNamed(second)).isZero();
		// in English too
		MockHttpServletResponse english = send(
				period("/brukerpanel/perioder", second, (year + 1) + "-06-01", (year + 2) + "-12-31").param("lang",
						"en"),
				"sekretariat");
		assertThat(english.getStatus()).isEqualTo(422);
		assertThat(text(english)).contains("The period overlaps “" + first + "”");
		// the demo's own period cannot be stretched into the earlier one
		MockHttpServletResponse stretched = send(
				period("/brukerpanel/perioder/" + PERIOD_2023, "Brukerpanel 2023–2025", "2022-06-01", "2025-12-31"),
				"sekretariat");
		assertThat(stretched.getStatus()).isEqualTo(422);
		assertThat(text(stretched)).contains("Brukerpanel 2020–2022");
		// and through the API: 422 with the message
		MockHttpServletResponse api = send(post("/api/v1/user-panel/periods").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + second + "\",\"validFrom\":\"" + (year + 1) + "-06-01\",\"validTo\":\""
					+ (year + 2) + "-12-31\"}"),
				"sekretariat");
		assertThat(api.getStatus()).isEqualTo(422);
		assertThat(text(api)).contains(first);
		assertThat(periodsNamed(second)).isZero();
	}

	@Test
	void anAssignmentMovesThroughItsStatusesWithDatedHistory() throws Exception {
		int year = TestYears.uniqueDay().getYear();
		String body = "Nasjonalt brukerråd " + year;
		MockHttpServletResponse created = send(post("/brukerpanel/oppdrag").param("personId", person("SDAL"))
			.param("externalBody", body)
			.param("requestedBy", "Helsedirektoratet")
			.param("validFrom", "")
			.param("validTo", "")
			.param("note", "Intern merknad " + year)
			.param("meetingItemId", ""), "sekretariat");
		assertThat(created.getStatus()).isEqualTo(302);
		String path = created.getRedirectedUrl();
		assertThat(text(send(get(path), "sekretariat"))).contains(body, "Solveig Dale", "forespurt",
				"Intern merknad " + year);

		// a step that is not allowed is refused, nothing changes
		MockHttpServletResponse ended = send(
				post(path + "/status").param("status", "ENDED").param("effectiveOn", year + "-03-01").param("note", ""),
				"sekretariat");
		assertThat(ended.getStatus()).isEqualTo(422);
		assertThat(text(ended)).contains("Oppdraget kan ikke gå til den statusen herfra.");

		assertThat(send(post(path + "/status").param("status", "ASSIGNED")
			.param("effectiveOn", year + "-03-01")
			.param("note", "Oppnevnt av panelet"), "sekretariat").getStatus()).isEqualTo(302);
		assertThat(send(
				post(path + "/status").param("status", "ENDED").param("effectiveOn", year + "-11-30").param("note", ""),
				"sekretariat")
			.getStatus()).isEqualTo(302);
		String id = path.substring(path.lastIndexOf('/') + 1);
		assertThat(jdbc
			.sql("select status || ' ' || valid_from || ' ' || valid_to from user_panel_assignment where id = ?::uuid")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("ENDED " + year + "-03-01 " + year + "-11-30");
		assertThat(jdbc.sql("""
				select string_agg(status || ' ' || effective_on, ', ' order by effective_on)
				from user_panel_assignment_status where assignment_id = ?::uuid""")
			.param(id)
			.query(String.class)
			.single()).endsWith("ASSIGNED " + year + "-03-01, ENDED " + year + "-11-30").startsWith("REQUESTED ");
		String page = text(send(get(path), "sekretariat"));
		assertThat(page).contains("01.03." + year, "30.11." + year, "Oppnevnt av panelet", "avsluttet");

		// edit, then delete
		assertThat(send(post(path).param("personId", person("SDAL"))
			.param("externalBody", body + " (endret)")
			.param("requestedBy", "Helsedirektoratet")
			.param("validFrom", year + "-03-01")
			.param("validTo", year + "-11-30")
			.param("note", "")
			.param("meetingItemId", ""), "admin").getStatus()).isEqualTo(302);
		assertThat(text(send(get("/brukerpanel"), "sekretariat"))).contains(body + " (endret)");
		assertThat(send(post(path + "/slett"), "sekretariat").getStatus()).isEqualTo(302);
		assertThat(send(get(path), "sekretariat").getStatus()).isEqualTo(404);
	}

	@Test
	void anAssignmentForSomeoneNotOnThePanelIsRefusedWithTheFormKept() throws Exception {
		String body = "Referansegruppe " + UUID.randomUUID();
		MockHttpServletResponse refused = send(post("/brukerpanel/oppdrag").param("personId", person("GY"))
			.param("externalBody", body)
			.param("requestedBy", "")
			.param("validFrom", "")
			.param("validTo", "")
			.param("note", "")
			.param("meetingItemId", ""), "sekretariat");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(text(refused)).contains("Brukerrepresentanten må ha sittet i brukerpanelet.",
				"value=\"" + body + "\"");
		MockHttpServletResponse badDate = send(post("/brukerpanel/oppdrag").param("personId", person("KTVE"))
			.param("externalBody", body)
			.param("validFrom", "1. mars")
			.param("meetingItemId", "not-an-id"), "sekretariat");
		assertThat(badDate.getStatus()).isEqualTo(422);
		assertThat(text(badDate)).contains("value=\"1. mars\"");
		assertThat(jdbc.sql("select count(*) from user_panel_assignment where external_body = ?")
			.param(body)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePublicPageShowsPeriodMembersAndAssignmentsButNoContactDataOrNotes() throws Exception {
		MockHttpServletResponse page = send(get("/brukerpanelet"), null);
		assertThat(page.getStatus()).isEqualTo(200);
		String html = text(page);
		assertThat(html).contains("Brukerpanel 2023–2025", "Konstituert i møtet 29.03.2023", "Solveig Dale",
				"FFO Vestland", "Ragnhild Sæther", "Eldrerådet i Bergen kommune", "Pasientens legemiddelliste",
				"Kjell Tveit", "Direktoratet for e-helse", "Brukerpanel 2020–2022");
		assertThat(html).contains("Meldt i sak 20-21 (03.06.2021)");
		assertThat(html).doesNotContain("@brukerpanel.example.org", "+47 900", "Forespørsel fra direktoratet i april");
		assertThat(html).doesNotContain("href=\"/brukerpanel\"");
		String api = text(send(get("/api/v1/user-panel").accept(MediaType.APPLICATION_JSON), null));
		assertThat(api).contains("Brukerpanel 2023–2025", "Solveig Dale", "FFO Vestland", "Pasientens legemiddelliste")
			.doesNotContain("@brukerpanel.example.org", "+47 900", "Forespørsel fra direktoratet i april",
					"Direktoratet for e-helse ber om");
		String assignments = text(send(get("/api/v1/user-panel/assignments").accept(MediaType.APPLICATION_JSON), null));
		assertThat(assignments).contains("Pasientens legemiddelliste").doesNotContain("Forespørsel fra direktoratet");
		String period = text(
				send(get("/api/v1/user-panel/periods/" + PERIOD_2023).accept(MediaType.APPLICATION_JSON), null));
		assertThat(period).contains("\"constitutingMeetingDate\":\"2023-03-29\"", "Arne Myklebust")
			.doesNotContain("@brukerpanel.example.org");
		// described in the OpenAPI document
		assertThat(text(send(get("/v3/api-docs"), null))).contains("/api/v1/user-panel/assignments/{id}/status",
				"User panel");
		// staff see the note
		assertThat(text(send(get("/api/v1/user-panel/assignments").accept(MediaType.APPLICATION_JSON), "sekretariat")))
			.contains("Forespørsel fra direktoratet i april");
		assertThat(text(send(get("/brukerpanel/oppdrag/" + ASSIGNMENT_2021), "sekretariat")))
			.contains("Forespørsel fra direktoratet i april", "sak 20-21 (03.06.2021)");
	}

	@Test
	void theOtherClusterSeesNoneOfAlreksPanel() throws Exception {
		for (String path : List.of("/brukerpanel/perioder/" + PERIOD_2023, "/brukerpanel/oppdrag/" + ASSIGNMENT_2021,
				"/api/v1/user-panel/periods/" + PERIOD_2023)) {
			MockHttpServletResponse response = send(get(path), "nord");
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(text(response)).doesNotContain("Solveig Dale", "Pasientens legemiddelliste");
		}
		for (String path : List.of("/brukerpanel", "/brukerpanelet", "/api/v1/user-panel/assignments",
				"/api/v1/user-panel")) {
			MockHttpServletResponse response = send(get(path), "nord");
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(text(response)).doesNotContain("Solveig Dale", "Pasientens legemiddelliste",
					"Brukerpanel 2023–2025");
		}
		MockHttpServletResponse write = send(
				post("/brukerpanel/oppdrag/" + ASSIGNMENT_2021 + "/status").param("status", "ENDED"), "nord");
		assertThat(write.getStatus()).isEqualTo(404);
		assertThat(send(post("/brukerpanel/perioder/" + PERIOD_2023 + "/slett"), "nord").getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select status from user_panel_assignment where id = ?::uuid")
			.param(ASSIGNMENT_2021)
			.query(String.class)
			.single()).isEqualTo("ASSIGNED");
		assertThat(periodsNamed("Brukerpanel 2023–2025")).isOne();
	}

	@Test
	void onlyStaffWrite() throws Exception {
		String name = "Uautorisert " + UUID.randomUUID();
		for (String user : new String[] { null, "medlem", "leder", "observator", "soker", "fagfelle" }) {
			MockHttpServletResponse response = send(period("/brukerpanel/perioder", name, "2990-01-01", "2990-12-31"),
					user);
			assertThat(response.getStatus() == 401 || response.getStatus() == 403
					|| response.getStatus() == 302 && response.getRedirectedUrl().contains("/login"))
				.as(user + ": " + response.getStatus())
				.isTrue();
			assertThat(send(get("/brukerpanel"), user).getStatus()).as(user).isIn(401, 403, 302);
			MockHttpServletResponse api = send(
					post("/api/v1/user-panel/periods").contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"" + name + "\",\"validFrom\":\"2990-01-01\",\"validTo\":\"2990-12-31\"}"),
					user);
			assertThat(api.getStatus()).as(user).isIn(401, 403, 302);
		}
		assertThat(send(post("/brukerpanel/oppdrag/" + ASSIGNMENT_2021 + "/status").param("status", "ENDED"), null)
			.getStatus()).isIn(401, 403, 302);
		assertThat(periodsNamed(name)).isZero();
		assertThat(jdbc.sql("select status from user_panel_assignment where id = ?::uuid")
			.param(ASSIGNMENT_2021)
			.query(String.class)
			.single()).isEqualTo("ASSIGNED");
	}

	@Test
	void theAuditLogNamesPeriodsAndAssignmentsInTheirClusterOnly() {
		UUID period = UUID.fromString(PERIOD_2023);
		UUID assignment = UUID.fromString(ASSIGNMENT_2021);
		UUID status = jdbc.sql("select id from user_panel_assignment_status where assignment_id = ? limit 1")
			.param(assignment)
			.query(UUID.class)
			.single();
		assertThat(ClusterScope.call(ALREK, () -> names.name("user_panel_period", period)))
			.contains(new RecordNamer.RecordName("Brukerpanel 2023–2025", "/brukerpanel/perioder/" + PERIOD_2023));
		assertThat(ClusterScope.call(ALREK, () -> names.name("user_panel_assignment_status", status))).contains(
				new RecordNamer.RecordName("Pasientens legemiddelliste", "/brukerpanel/oppdrag/" + ASSIGNMENT_2021));
		UUID nord = UUID.fromString("40d00000-0000-4000-8000-000000000002");
		assertThat(ClusterScope.call(nord, () -> names.name("user_panel_assignment", assignment))).isEmpty();
	}

}
