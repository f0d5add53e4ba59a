package klynge.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.YearInReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The appointment pages through real requests on the demo data: staff see positions with
 * a term ending soon highlighted and the demo process of sak 04-23; an overlapping term
 * is refused with 422 and the form kept, nothing written; a process runs its steps in
 * order and its decision registers the membership; the public list shows names, positions
 * and terms without contact data, per host cluster; anonymous and members cannot write;
 * the other cluster finds nothing.
 */
@KlyngeIntegrationTest
class AppointmentWebTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	static final String STYRINGSGRUPPEN_LEADER = "a7700000-0000-4000-8000-000000000001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppointmentYear year;

	@Test
	void staffSeeTheDemoPositionsWithTheEndingTermAndTheProcessOfSak0423() throws Exception {
		String list = page(get("/verv").with(httpBasic("sekretariat", "demo")), 200);
		assertThat(list).contains("Leder for Styringsgruppen", "Leder for Brukerpanelet", "Klyngefasilitator",
				"Frøydis Kristine Bruvik", "term-ending", "slutter snart", "2024–2026: Nominasjon");
		String position = page(get("/verv/" + STYRINGSGRUPPEN_LEADER).with(httpBasic("sekretariat", "demo")), 200);
		assertThat(position).contains("Karsten Specht", "01.09.2022–31.12.2023",
				"UiB avklarer om de ønsker å beholde ledelsen. GG følger opp saken.",
				"Sak 04-23 Leder for Styringsgruppen 2024-2026, aktuell prosess", "Registrer steget: Nominasjon");
		String home = page(get("/").with(httpBasic("sekretariat", "demo")), 200);
		assertThat(home).contains("id=\"start-terms\"", "Leder for Brukerpanelet: Frøydis Kristine Bruvik",
				"slutter 15.03.2027");
	}

	@Test
	void anOverlappingTermIsRefusedWith422AndTheFormKeptNothingWritten() throws Exception {
		String id = createPosition("Kommunikasjonsansvarlig " + UUID.randomUUID(), null, null);
		String gy = person("GY");
		String eh = person("EH");
		assertThat(status(post("/verv/" + id + "/terms").param("personId", gy)
			.param("validFrom", "2020-01-01")
			.param("validTo", "2030-12-31"))).isEqualTo(302);
		MockHttpServletResponse refused = mvc
			.perform(staff(post("/verv/" + id + "/terms")).param("personId", eh)
				.param("validFrom", "2025-01-01")
				.param("validTo", ""))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		String body = refused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("id=\"term-error\"",
				"Perioden overlapper perioden til Gunnar Yttri (01.01.2020–31.12.2030)",
				"value=\"" + eh + "\" selected", "value=\"2025-01-01\"");
		assertThat(jdbc.sql("select count(*) from appointment_term where position_id = ?::uuid")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// a body's position: its terms are the memberships, Specht's included
		long memberships = memberships();
		assertThat(status(post("/verv/" + STYRINGSGRUPPEN_LEADER + "/terms").param("personId", eh)
			.param("validFrom", "2023-06-01"))).isEqualTo(422);
		assertThat(memberships()).isEqualTo(memberships);
		// a date the browser did not send as a date: 422 with the form, not a 500
		assertThat(status(post("/verv/" + id + "/terms").param("personId", eh).param("validFrom", "1. mai")))
			.isEqualTo(422);
	}

	@Test
	void aProcessRunsItsStepsInOrderAndItsDecisionRegistersTheMembership() throws Exception {
		String body = jdbc.sql(
				"select body_id::text from body_name where cluster_id = ? and name like 'Arbeidsgruppe for utredning%'")
			.param(ALREK)
			.query(String.class)
			.single();
		String partnermotet = jdbc
			.sql("select body_id::text from body_name where cluster_id = ? and name = 'Partnermøtet'")
			.param(ALREK)
			.query(String.class)
			.single();
		String id = createPosition("Nestleder for utredningsgruppen", body, "DEPUTY_CHAIR");
		String gy = person("GY");
		String eh = person("EH");
		assertThat(status(post("/verv/" + id + "/terms").param("personId", gy).param("validFrom", "2024-01-01")))
			.isEqualTo(302);
		assertThat(status(post("/verv/" + id + "/prosesser").param("termFrom", "2026-01-01"))).isEqualTo(302);
		String process = jdbc.sql("select id::text from appointment_process where position_id = ?::uuid")
			.param(id)
			.query(String.class)
			.single();
		String steps = "/verv/" + id + "/prosesser/" + process + "/steg";
		assertThat(status(post(steps).param("step", "NEED_IDENTIFIED")
			.param("happenedOn", "2025-03-27")
			.param("note", "Behovet er meldt.")
			.param("itemBodyId", partnermotet)
			.param("cases", "04-23"))).isEqualTo(302);
		// a decision before the nomination, or an unknown case, is refused and changes
		// nothing
		assertThat(
				status(post(steps).param("step", "DECISION").param("happenedOn", "2025-06-01").param("personId", eh)))
			.isEqualTo(422);
		assertThat(status(post(steps).param("step", "NOMINATION")
			.param("happenedOn", "2025-05-01")
			.param("itemBodyId", partnermotet)
			.param("cases", "99-23"))).isEqualTo(422);
		assertThat(
				status(post(steps).param("step", "NOMINATION").param("happenedOn", "2025-05-01").param("personId", eh)))
			.isEqualTo(302);
		assertThat(
				status(post(steps).param("step", "DECISION").param("happenedOn", "2025-10-20").param("personId", eh)))
			.isEqualTo(302);
		assertThat(jdbc.sql("select step from appointment_process where id = ?::uuid")
			.param(process)
			.query(String.class)
			.single()).isEqualTo("DONE");
		// Yttri's open term ends the day before; Hansen holds the standard two years
		assertThat(jdbc.sql("""
				select p.code || ' ' || m.valid_from || ' ' || coalesce(m.valid_to::text, '-') from membership_v m
				join person_v p on p.person_id = m.person_id
				where m.body_id = ?::uuid and m.role = 'DEPUTY_CHAIR' order by m.valid_from""")
			.param(body)
			.query(String.class)
			.list()).containsExactly("GY 2024-01-01 2025-12-31", "EH 2026-01-01 2027-12-31");
		String page = page(staff(get("/verv/" + id)), 200);
		assertThat(page).contains("Sak 04-23 Leder for Styringsgruppen 2024-2026, aktuell prosess", "Ferdig",
				"Eivind Hansen");
		// the annual report of 2025 names the appointment
		YearInReview.Chapter chapter = year.chapter(ALREK, 2025, Locale.forLanguageTag("nb")).orElseThrow();
		assertThat(chapter.paragraphs().getFirst()).contains("Eivind Hansen – Nestleder for utredningsgruppen");
		assertThat(chapter.tables().getFirst().rows())
			.anyMatch(row -> row.contains("Gunnar Yttri") && row.contains("Sluttet"));
	}

	@Test
	void thePublicListShowsNamePositionAndTermButNoContactData() throws Exception {
		String holders = page(get("/vervinnehavere"), 200);
		assertThat(holders).contains("Leder for Brukerpanelet", "Frøydis Kristine Bruvik", "01.01.2026–15.03.2027",
				"Klyngefasilitator", "Berit Angelskår");
		assertThat(holders).doesNotContain("@alrek.example.org", "fkb@", "Karsten Specht", "UiB avklarer");
		String json = page(get("/api/v1/appointments/holders"), 200);
		assertThat(json).contains("Frøydis Kristine Bruvik").doesNotContain("@", "personId");
	}

	@Test
	void theOtherClusterSeesNoneOfAlreksAppointments() throws Exception {
		String host = "verv-" + UUID.randomUUID() + ".nord.test";
		jdbc.sql("update cluster set host_name = ? where id = ?").params(host, NORD).update();
		String nordHost;
		try {
			nordHost = page(get("/vervinnehavere").with(request -> {
				request.setServerName(host);
				return request;
			}), 200);
		}
		finally {
			jdbc.sql("update cluster set host_name = null where id = ?").param(NORD).update();
		}
		assertThat(nordHost).contains("Helseklynge Nord");
		assertThat(nordHost).doesNotContain("Brukerpanelet", "Bruvik", "Angelskår");
		assertThat(page(get("/verv").with(httpBasic("nord", "demo")), 200)).doesNotContain("Styringsgruppen");
		assertThat(page(get("/api/v1/appointments").with(httpBasic("nord", "demo")), 200))
			.doesNotContain("Styringsgruppen");
		page(get("/verv/" + STYRINGSGRUPPEN_LEADER).with(httpBasic("nord", "demo")), 404);
		page(get("/api/v1/appointments/" + STYRINGSGRUPPEN_LEADER).with(httpBasic("nord", "demo")), 404);
		long memberships = memberships();
		assertThat(mvc
			.perform(post("/verv/" + STYRINGSGRUPPEN_LEADER + "/terms").with(httpBasic("nord", "demo"))
				.with(csrf())
				.param("personId", person("GY"))
				.param("validFrom", "2030-01-01"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(memberships()).isEqualTo(memberships);
	}

	@Test
	void anonymousAndMembersCannotWrite() throws Exception {
		long positions = jdbc.sql("select count(*) from appointment_position").query(Long.class).single();
		MockHttpServletResponse anonymous = mvc.perform(post("/verv").with(csrf()).param("name", "Anonym"))
			.andReturn()
			.getResponse();
		assertThat(anonymous.getStatus()).isIn(302, 401);
		assertThat(anonymous.getRedirectedUrl()).satisfiesAnyOf(url -> assertThat(url).isNull(),
				url -> assertThat(url).endsWith("/login"));
		for (String member : new String[] { "medlem", "leder", "observator" }) {
			page(get("/verv").with(httpBasic(member, "demo")), 403);
			assertThat(mvc
				.perform(post("/verv").with(httpBasic(member, "demo")).with(csrf()).param("name", "Medlemmets verv"))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		assertThat(mvc
			.perform(post("/api/v1/appointments").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"API\"}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from appointment_position").query(Long.class).single())
			.isEqualTo(positions);
	}

	@Test
	void theApiCreatesAPositionAndRefusesAnOverlappingTermWithAProblem() throws Exception {
		MockHttpServletResponse created = mvc
			.perform(post("/api/v1/appointments").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Nettredaktør\",\"termYears\":3}"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		String id = created.getHeader("Location").substring(created.getHeader("Location").lastIndexOf('/') + 1);
		String term = "{\"personId\":\"%s\",\"validFrom\":\"%s\"}";
		assertThat(api("/api/v1/appointments/" + id + "/terms", term.formatted(person("GY"), "2022-01-01")).getStatus())
			.isEqualTo(201);
		MockHttpServletResponse overlap = api("/api/v1/appointments/" + id + "/terms",
				term.formatted(person("EH"), "2024-01-01"));
		assertThat(overlap.getStatus()).isEqualTo(422);
		assertThat(overlap.getContentAsString(StandardCharsets.UTF_8)).contains("Gunnar Yttri");
		// the process's decision ends the open term the day before the next begins
		assertThat(api("/api/v1/appointments/" + id + "/processes", "{\"termFrom\":\"2027-01-01\"}").getStatus())
			.isEqualTo(201);
		String process = jdbc.sql("select id::text from appointment_process where position_id = ?::uuid")
			.param(id)
			.query(String.class)
			.single();
		String steps = "/api/v1/appointments/" + id + "/processes/" + process + "/steps";
		String item = jdbc.sql("select md5('item:pm-2023-03-27/04')").query(String.class).single();
		assertThat(api(steps, "{\"step\":\"NEED_IDENTIFIED\",\"happenedOn\":\"2026-09-01\",\"itemIds\":[\""
				+ UUID.fromString(item.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")) + "\"]}")
			.getStatus()).isEqualTo(201);
		assertThat(api(steps,
				"{\"step\":\"NOMINATION\",\"happenedOn\":\"2026-10-01\",\"personId\":\"" + person("EH") + "\"}")
			.getStatus()).isEqualTo(201);
		MockHttpServletResponse decided = api(steps,
				"{\"step\":\"DECISION\",\"happenedOn\":\"2026-11-01\",\"personId\":\"" + person("EH") + "\"}");
		assertThat(decided.getStatus()).isEqualTo(201);
		assertThat(decided.getContentAsString(StandardCharsets.UTF_8)).contains("\"step\":\"DONE\"",
				"\"validTo\":\"2026-12-31\"", "\"validFrom\":\"2027-01-01\",\"validTo\":\"2029-12-31\"",
				"\"caseNumber\":\"04-23\"");
	}

	private MockHttpServletResponse api(String path, String json) throws Exception {
		return mvc.perform(
				post(path).with(httpBasic("sekretariat", "demo")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
	}

	private String createPosition(String name, String bodyId, String role) throws Exception {
		MockHttpServletRequestBuilder request = staff(post("/verv")).param("name", name).param("termYears", "2");
		if (bodyId != null) {
			request.param("bodyId", bodyId).param("role", role);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
		return response.getRedirectedUrl().substring(response.getRedirectedUrl().lastIndexOf('/') + 1);
	}

	private String person(String code) {
		return jdbc.sql("select person_id::text from person_v where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(String.class)
			.single();
	}

	private long memberships() {
		return jdbc.sql("select count(*) from membership_v").query(Long.class).single();
	}

	private MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("sekretariat", "demo")).with(csrf());
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(staff(request)).andReturn().getResponse().getStatus();
	}

	private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
