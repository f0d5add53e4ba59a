package klynge.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15: the applicant names participants (name, e-mail, organisation, role) in the
 * form's rows and through the API, removes one by emptying its row, gets a clear 422 for
 * a bad row with nothing lost; and a reviewer named there is recused when assigned.
 */
@KlyngeIntegrationTest
class ApplicationParticipantTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID call;

	UUID application;

	@BeforeEach
	void aDraftForAnOpenCall() throws Exception {
		Instant deadline = Instant.parse("2032-03-01T11:00:00Z").plusSeconds((long) (Math.random() * 1_000_000));
		call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deadline,
				       max_per_application, published_at)
				select f.cluster_id, f.id, 'Deltakerutlysning ' || gen_random_uuid(), 'PUBLISHED', b.body_id, ?,
				       150000, now()
				from fund f join body_name b on b.cluster_id = f.cluster_id and b.name = 'Vurderingskomiteen'
				where f.cluster_id = ? and f.name = 'Samarbeidsmidler 2022' returning id""")
			.params(Timestamp.from(deadline), ALREK)
			.query(UUID.class)
			.single();
		String location = mvc
			.perform(post("/calls/" + call + "/applications").with(httpBasic("soker", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		application = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	UUID org(String name) {
		return jdbc.sql("select id from organisation where cluster_id = ? and name = ?")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	MockHttpServletRequestBuilder form(String[] names, String[] emails, String[] organisations, String[] roles) {
		return post("/applications/" + application).with(httpBasic("soker", "demo"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("title", "Deltakerprosjekt")
			.param("leadName", "Sara Søkersen")
			.param("leadEmail", "sok@alrek.example.org")
			.param("leadOrganisationId", org("Høgskulen på Vestlandet").toString())
			.param("summary", "Et prosjekt.")
			.param("lineKind", "OTHER")
			.param("lineDescription", "Seminar")
			.param("lineOrganisation", "")
			.param("lineAmount", "50 000")
			.param("personName", names)
			.param("personEmail", emails)
			.param("personOrganisation", organisations)
			.param("personRole", roles);
	}

	String text(RequestBuilder request, int status) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	List<String> participants() {
		return jdbc.sql("""
				select name || '|' || coalesce(email, '') || '|' || coalesce(project_role, '') from application_person
				where application_id = ? and role = 'PARTICIPANT' order by name""")
			.param(application)
			.query(String.class)
			.list();
	}

	@Test
	void theApplicantAddsAndRemovesParticipantsInTheFormAndTheApi() throws Exception {
		String hvl = org("Høgskulen på Vestlandet").toString();
		// the form sends its empty rows too: they are left out
		text(form(new String[] { "Kari Deltaker", "Ola Brukerrepresentant", "" },
				new String[] { "kari@example.org", "", "" }, new String[] { hvl, "", "" },
				new String[] { "Forsker", "Brukerrepresentant", "" }), 200);
		assertThat(participants()).containsExactly("Kari Deltaker|kari@example.org|Forsker",
				"Ola Brukerrepresentant||Brukerrepresentant");
		String page = text(get("/applications/" + application).with(httpBasic("soker", "demo")), 200);
		assertThat(page).contains("Andre deltakere i prosjektet", "value=\"Kari Deltaker\"", "value=\"Forsker\"",
				"Navn, deltaker 3");

		// emptying a row removes the person
		text(form(new String[] { "", "Ola Brukerrepresentant", "" }, new String[] { "", "", "" },
				new String[] { "", "", "" }, new String[] { "", "Brukerrepresentant", "" }), 200);
		assertThat(participants()).containsExactly("Ola Brukerrepresentant||Brukerrepresentant");

		// a row without a name is refused in the user's language, and nothing is lost
		String refused = text(
				form(new String[] { "" }, new String[] { "per@example.org" }, new String[] { "" }, new String[] { "" }),
				422);
		assertThat(refused).contains("Skriv navnet til deltaker 1, eller tøm raden.");
		String badAddress = text(form(new String[] { "Per" }, new String[] { "per(at)example" }, new String[] { "" },
				new String[] { "" }), 422);
		assertThat(badAddress).contains("Deltaker 1: skriv en gyldig e-postadresse.");
		assertThat(participants()).containsExactly("Ola Brukerrepresentant||Brukerrepresentant");

		// the API reads and replaces the same list
		String json = text(get("/api/v1/applications/" + application).with(httpBasic("soker", "demo")), 200);
		assertThat(json).contains("\"participants\":[{\"name\":\"Ola Brukerrepresentant\"",
				"\"role\":\"Brukerrepresentant\"");
		int version = jdbc.sql("select version from application where id = ?")
			.param(application)
			.query(Integer.class)
			.single();
		text(put("/api/v1/applications/" + application).with(httpBasic("soker", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", "\"" + version + "\"")
			.content("""
					{"title":"Deltakerprosjekt","leadName":"Sara Søkersen","leadEmail":"sok@alrek.example.org",
					 "leadOrganisationId":"%s","summary":"Et prosjekt.",
					 "budget":[{"kind":"OTHER","description":"Seminar","amount":50000}],
					 "participants":[{"name":"Kari Deltaker","email":"kari@example.org","organisationId":"%s",
					                  "role":"Forsker"}]}""".formatted(hvl, hvl)), 200);
		assertThat(participants()).containsExactly("Kari Deltaker|kari@example.org|Forsker");
		text(put("/api/v1/applications/" + application).with(httpBasic("soker", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", "\"" + (version + 1) + "\"")
			.content("""
					{"title":"Deltakerprosjekt","participants":[{"name":"Kari","organisationId":"%s"}]}"""
				.formatted(UUID.randomUUID())), 422);
		assertThat(participants()).containsExactly("Kari Deltaker|kari@example.org|Forsker");
	}

	@Test
	void aReviewerNamedInTheFormIsRecusedWhenAssigned() throws Exception {
		text(form(new String[] { "F. Fagfelle" }, new String[] { "FAF@alrek.example.org" }, new String[] { "" },
				new String[] { "Rådgiver" }), 200);
		// submitted and closed (submission and closing are tested on their own)
		jdbc.sql("update application set status = 'SUBMITTED', submitted_at = now() where id = ?")
			.param(application)
			.update();
		jdbc.sql("update funding_call set status = 'CLOSED', closed_at = now() where id = ?").param(call).update();
		UUID fagfelle = jdbc.sql("select id from account where cluster_id = ? and username = 'fagfelle'")
			.param(ALREK)
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/funding/review-calls/" + call + "/assignments").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationId\":\"" + application + "\",\"accountId\":\"" + fagfelle + "\"}"))
			.andExpect(status().isCreated());
		String conflicts = text(
				get("/api/v1/funding/review-calls/" + call + "/conflicts").with(httpBasic("sekretariat", "demo")), 200);
		assertThat(conflicts).contains("\"kind\":\"NAMED_PERSON\"", "\"reviewer\":\"Finn Fagfelle\"");
		// the recused reviewer cannot open the application
		mvc.perform(get("/api/v1/funding/review/" + application).with(httpBasic("fagfelle", "demo")))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
	}

}
