package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The JSON API: create, list and read meetings, items and attendance; problem details for
 * bad input.
 */
@KlyngeIntegrationTest
class MeetingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID body;

	@BeforeEach
	void ownBody() {
		body = MeetingTestData.newBody(jdbc, "API-gruppen");
		MeetingTestData.member(jdbc, body, "GY", "CHAIR", "Høgskulen på Vestlandet", 1);
		MeetingTestData.member(jdbc, body, "EH", "MEMBER", "Helse Bergen", 2);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("Accept-Language", "nb")
			.with(httpBasic("sekretariat", "demo"));
	}

	String meetingJson(String date, String starts, String ends, String onlineUrl) {
		return "{\"bodyId\":\"" + body + "\",\"meetingDate\":\"" + date + "\",\"startsAt\":\"" + starts
				+ "\",\"endsAt\":\"" + ends + "\",\"address\":\"Årstadveien 17\""
				+ (onlineUrl == null ? "" : ",\"onlineUrl\":\"" + onlineUrl + "\"") + "}";
	}

	/** The user panel's constituting meeting (userpanel demo). */
	static final String BRUKERPANEL_2023_03_29 = "ab42822c-c862-1b1b-592b-69600abacc27";

	String create(String date) throws Exception {
		return mvc
			.perform(json(post("/api/v1/meetings"),
					meetingJson(date, "14:00", "16:00", "https://teams.microsoft.com/l/x")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.bodyId").value(body.toString()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	@Test
	void meetingsAreCreatedListedAndReadWithEtags() throws Exception {
		String location = create("2048-03-06");
		assertThat(location).startsWith("/api/v1/meetings/");
		String id = location.substring("/api/v1/meetings/".length());
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.date").value("2048-03-06"))
			.andExpect(jsonPath("$.startsAt").value(Matchers.startsWith("14:00")))
			.andExpect(jsonPath("$.onlineUrl").value("https://teams.microsoft.com/l/x"));
		mvc.perform(get("/api/v1/meetings").param("bodyId", body.toString()))
			.andExpect(jsonPath("$[*].id", Matchers.contains(id)));
		mvc.perform(get("/api/v1/meetings").param("from", "2023-03-01").param("to", "2023-03-31"))
			.andExpect(jsonPath("$[*].id", Matchers.containsInAnyOrder(MeetingTestData.SG_2023_03_20.toString(),
					MeetingTestData.PM_2023_03_27.toString(), BRUKERPANEL_2023_03_29)));
		mvc.perform(json(put(location), meetingJson("2048-03-06", "13:00", "15:00", null)).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.startsAt").value(Matchers.startsWith("13:00")));
		mvc.perform(get(location + "/attendance"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendees[*].code", Matchers.contains("GY", "EH")))
			.andExpect(jsonPath("$.memberSeats").value(2));
	}

	@Test
	void itemsAreCreatedListedReadAndUpdatedWithIfMatch() throws Exception {
		String meeting = create("2048-05-08");
		String item = mvc.perform(json(post(meeting + "/items"),
				"{\"type\":\"DECISION\",\"title\":\"Budsjett 2049\",\"proposedDecision\":\"Budsjettet vedtas.\",\"plannedMinutes\":20}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.number").value("01-48"))
			.andExpect(jsonPath("$.proposedDecision").value("Budsjettet vedtas."))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(item).startsWith("/api/v1/items/");
		String itemId = item.substring("/api/v1/items/".length());
		mvc.perform(json(post(meeting + "/items"),
				"{\"type\":\"INFORMATION\",\"title\":\"Underpunkt\",\"parentId\":\"" + itemId + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value("a"));
		mvc.perform(get(meeting + "/items"))
			.andExpect(jsonPath("$[0].title").value("Budsjett 2049"))
			.andExpect(jsonPath("$[0].subItems[0].title").value("Underpunkt"));
		mvc.perform(get(item))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.plannedMinutes").value(20));
		mvc.perform(json(put(item), "{\"type\":\"DECISION\",\"title\":\"Budsjett 2049 – revidert\"}").header("If-Match",
				"W/\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Budsjett 2049 – revidert"));
		mvc.perform(json(put(item), "{\"type\":\"DECISION\",\"title\":\"Foreldet\"}").header("If-Match", "\"0\""))
			.andExpect(status().isConflict());
		mvc.perform(json(put(item), "{\"type\":\"DECISION\",\"title\":\"Tull\"}").header("If-Match", "\"abc\""))
			.andExpect(status().isConflict());
	}

	ResultActions expectProblem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
			.andExpect(jsonPath("$.status").value(status));
	}

	@Test
	void badInputGivesProblemDetailsNeverServerErrors() throws Exception {
		String meeting = create("2048-09-04");
		expectProblem(mvc.perform(json(post("/api/v1/meetings"),
				meetingJson("2048-09-05", "14:00", "16:00", null).replace(body.toString(),
						UUID.randomUUID().toString()))),
				422)
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:meeting.body.unknown"))
			.andExpect(jsonPath("$.errors[0].field").value("bodyId"));
		expectProblem(mvc.perform(json(post("/api/v1/meetings"), meetingJson("2048-09-05", "16:00", "14:00", null))),
				400)
			.andExpect(jsonPath("$.errors[0].field").value("endsAfterStart"))
			.andExpect(jsonPath("$.errors[0].message").value("Slutt må være etter start."));
		expectProblem(mvc.perform(json(post("/api/v1/meetings"),
				meetingJson("2048-09-05", "14:00", "16:00", "http://teams.microsoft.com/l/x"))), 400)
			.andExpect(jsonPath("$.errors[0].field").value("onlineUrl"))
			.andExpect(jsonPath("$.errors[0].message").value("Lenken må begynne med https://"));
		expectProblem(mvc.perform(json(post("/api/v1/meetings"), "{\"bodyId\":\"" + body + "\"}")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("meetingDate"));
		expectProblem(
				mvc.perform(
						json(post("/api/v1/meetings"), "{\"bodyId\":\"ikke-en-uuid\",\"meetingDate\":\"2048-09-05\"}")),
				400);
		expectProblem(mvc.perform(json(post("/api/v1/meetings"), "{\"bodyId\":")), 400);
		expectProblem(mvc.perform(
				json(post(meeting + "/items"), "{\"type\":\"DECISION\",\"title\":\"" + "x".repeat(501) + "\"}")), 400)
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		expectProblem(mvc.perform(json(post(meeting + "/items"), "{\"type\":\"VOTE\",\"title\":\"Ukjent type\"}")),
				400);
		expectProblem(mvc.perform(
				json(post(meeting + "/items"), "{\"type\":\"DECISION\",\"title\":\"Unntatt\",\"access\":\"EXEMPT\"}")),
				422)
			.andExpect(jsonPath("$.errors[0].field").value("exemptionBasis"));
		expectProblem(mvc.perform(json(post(meeting + "/items"),
				"{\"type\":\"DECISION\",\"title\":\"Innleder\",\"presenterPersonId\":\"" + UUID.randomUUID() + "\"}")),
				422)
			.andExpect(jsonPath("$.errors[0].field").value("presenterPersonId"));
		expectProblem(mvc.perform(json(post(meeting + "/status"), "{\"target\":\"DONE\"}")), 400);
		expectProblem(mvc.perform(json(post("/api/v1/meetings/{id}/items", UUID.randomUUID()),
				"{\"type\":\"DECISION\",\"title\":\"Ingen møte\"}")), 404);
		expectProblem(mvc.perform(get("/api/v1/meetings/{id}", UUID.randomUUID())), 404);
		expectProblem(mvc.perform(get("/api/v1/items/{id}", UUID.randomUUID())), 404);
		mvc.perform(get("/api/v1/meetings").param("from", "ikke-dato")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/meetings").param("from", "2023-03-01").param("to", "2023-03-31"))
			.andExpect(status().isOk());
	}

}
