package klynge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees participants: the list, its exports, check-in and the registrations API are
 * for Alrek's staff only (members, the chair, applicants and anonymous visitors are
 * refused, the other cluster's administrator gets 404), while the public event page and
 * API show the program and the places left but nobody's name. Drafts are for staff.
 */
@KlyngeIntegrationTest
class EventAccessTests {

	static final String OPEN = "e7e00000-0000-4000-8000-000000002027";

	static final String PARTICIPANT = "Ingrid Solheim";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse as(String user, String path) throws Exception {
		var request = get(path).accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void participantsAreForTheClustersStaffOnly() throws Exception {
		List<String> paths = List.of("/events/" + OPEN + "/participants", "/events/" + OPEN + "/participants.csv",
				"/events/" + OPEN + "/participants.xlsx", "/events/" + OPEN + "/check-in",
				"/api/v1/events/" + OPEN + "/registrations", "/events/" + OPEN, "/events");
		for (String path : paths) {
			for (String staff : List.of("sekretariat", "admin")) {
				MockHttpServletResponse response = as(staff, path);
				assertThat(response.getStatus()).as(path + " as " + staff).isEqualTo(200);
			}
			assertThat(
					as("sekretariat", "/events/" + OPEN + "/participants").getContentAsString(StandardCharsets.UTF_8))
				.contains(PARTICIPANT, "Bachelor i sykepleie");
			for (String other : List.of("medlem", "leder", "observator", "soker", "fagfelle")) {
				MockHttpServletResponse response = as(other, path);
				assertThat(response.getStatus()).as(path + " as " + other).isEqualTo(403);
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(PARTICIPANT);
			}
			MockHttpServletResponse anonymous = as(null, path);
			assertThat(anonymous.getStatus() == 401 || anonymous.getStatus() == 403
					|| anonymous.getStatus() / 100 == 3 && anonymous.getRedirectedUrl().contains("/login"))
				.as(path + " anonymously: " + anonymous.getStatus())
				.isTrue();
			assertThat(anonymous.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(PARTICIPANT);
			if (!path.equals("/events")) {
				MockHttpServletResponse nord = as("nord", path);
				assertThat(nord.getStatus()).as(path + " as the other cluster's administrator").isEqualTo(404);
				assertThat(nord.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(PARTICIPANT);
			}
		}
		assertThat(as("nord", "/events").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Studentkonferansen 2027");
	}

	@Test
	void thePublicSeesTheProgramAndThePlacesButNobodysName() throws Exception {
		String page = as(null, "/arrangementer/studentkonferansen-2027").getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("Studentkonferansen 2027", "Studieprogram", "plasser ledige", "Posterutstilling og samtale",
					"Meld meg på")
			.doesNotContain(PARTICIPANT, "student.example.org", "Bachelor i sykepleie");
		String alrekdagene = as(null, "/arrangementer/alrekdagene-2021").getContentAsString(StandardCharsets.UTF_8);
		assertThat(alrekdagene).contains("Partnerdag", "Film og plenumssamtale",
				"Polyfon kunnskapsklynge for musikkterapi", "Idrettsklynge Vest", "Forskningsdagene i Bergen",
				"Påmeldingen er stengt.");
		String json = as(null, "/api/v1/events/" + OPEN).getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"Studieprogram\"", "\"placesLeft\"").doesNotContain(PARTICIPANT);
		assertThat(as(null, "/arrangementer").getContentAsString(StandardCharsets.UTF_8))
			.contains("Digital helse-dager 2023", "Alrekdagene 2021");
		// the other cluster has none of Alrek's events
		assertThat(as("nord", "/arrangementer/studentkonferansen-2027").getStatus()).isEqualTo(404);
		assertThat(as("nord", "/api/v1/events/" + OPEN).getStatus()).isEqualTo(404);
		assertThat(as("nord", "/api/v1/events").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Studentkonferansen");
	}

	@Test
	void draftsAreForStaffOnly() throws Exception {
		String slug = "utkast-" + System.nanoTime();
		UUID draft = jdbc.sql("""
				insert into event (cluster_id, title, slug, starts_at, ends_at, status)
				values ('a1ec0000-0000-4000-8000-000000000001', 'Hemmelig utkast', ?, now() + interval '40 days',
				        now() + interval '41 days', 'DRAFT') returning id""").param(slug).query(UUID.class).single();
		assertThat(as(null, "/arrangementer/" + slug).getStatus()).isEqualTo(404);
		assertThat(as("medlem", "/arrangementer/" + slug).getStatus()).isEqualTo(404);
		assertThat(as(null, "/api/v1/events/" + draft).getStatus()).isEqualTo(404);
		assertThat(as(null, "/arrangementer").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Hemmelig utkast");
		assertThat(as(null, "/api/v1/events").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Hemmelig utkast");
		assertThat(as("sekretariat", "/arrangementer/" + slug).getStatus()).isEqualTo(200);
		assertThat(as("sekretariat", "/arrangementer").getContentAsString(StandardCharsets.UTF_8))
			.contains("Hemmelig utkast");
	}

}
