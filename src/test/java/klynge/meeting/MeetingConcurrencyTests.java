package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two writers of one item or one meeting: the second is told, nothing is silently
 * overwritten.
 */
@KlyngeIntegrationTest
class MeetingConcurrencyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	UUID body;

	UUID meeting;

	UUID item;

	@BeforeEach
	void meetingWithAnItem() {
		body = MeetingTestData.newBody(jdbc, "Samtidighetsgruppen");
		meeting = meetings.plan(form(body, LocalDate.of(2047, 4, 7)));
		item = agenda.add(meeting, MeetingTestData.itemForm("Årsmelding"));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("sekretariat", "demo"));
	}

	@Test
	void secondApiWriterOfAnItemGetsConflict() throws Exception {
		mvc.perform(get("/api/v1/items/{id}", item)).andExpect(header().string("ETag", "\"0\""));
		mvc.perform(json(put("/api/v1/items/{id}", item), "{\"type\":\"DECISION\",\"title\":\"Årsmelding 2046\"}")
			.header("If-Match", "\"0\"")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
		mvc.perform(json(put("/api/v1/items/{id}", item), "{\"type\":\"DECISION\",\"title\":\"Årsmelding – annen\"}")
			.header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:edit-conflict"));
		assertThat(agenda.item(item).title()).isEqualTo("Årsmelding 2046");
	}

	@Test
	void secondApiWriterOfAMeetingGetsConflict() throws Exception {
		String change = "{\"bodyId\":\"" + body
				+ "\",\"meetingDate\":\"2047-04-07\",\"startsAt\":\"%s\",\"endsAt\":\"16:00\",\"room\":\"%s\"}";
		mvc.perform(json(put("/api/v1/meetings/{id}", meeting), change.formatted("13:00", "Tarlebø")).header("If-Match",
				"\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		mvc.perform(json(put("/api/v1/meetings/{id}", meeting), change.formatted("12:00", "Kantina")).header("If-Match",
				"\"0\""))
			.andExpect(status().isConflict());
		assertThat(meetings.meeting(meeting).room()).isEqualTo("Tarlebø");
	}

	@Test
	void secondHtmlWriterOfAnItemSeesBothVersions() throws Exception {
		mvc.perform(post("/items/{id}", item).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("type", "DECISION")
			.param("title", "Årsmelding 2046 – utkast")
			.param("presenterText", "BA")
			.param("proposedDecision", "Partnermøtet godkjenner årsmeldingen.")
			.param("_raisedAtMeeting", "on")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/items/{id}", item).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("type", "DECISION")
			.param("title", "Årsmelding – min versjon")
			.param("presenterText", "KS")
			.param("proposedDecision", "Saken utsettes.")
			.param("_raisedAtMeeting", "on")
			.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("Noen andre lagret saken mens du skrev")))
			.andExpect(content().string(Matchers.containsString("Årsmelding 2046 – utkast")))
			.andExpect(content().string(Matchers.containsString("Partnermøtet godkjenner årsmeldingen.")))
			.andExpect(content().string(Matchers.containsString("value=\"&Aring;rsmelding &ndash; min versjon\"")))
			.andExpect(content().string(Matchers.containsString("Saken utsettes.")))
			.andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")));
		AgendaItem saved = agenda.item(item);
		assertThat(saved.title()).isEqualTo("Årsmelding 2046 – utkast");
		assertThat(saved.proposedDecision()).isEqualTo("Partnermøtet godkjenner årsmeldingen.");
	}

	@Test
	void secondHtmlWriterOfTheMeetingSeesTheSavedTimeAndPlace() throws Exception {
		mvc.perform(post("/meetings/{id}", meeting).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("bodyId", body.toString())
			.param("meetingDate", "2047-04-07")
			.param("startsAt", "10:00")
			.param("endsAt", "12:00")
			.param("room", "Tarlebø")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/meetings/{id}", meeting).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("bodyId", body.toString())
			.param("meetingDate", "2047-04-08")
			.param("startsAt", "09:00")
			.param("endsAt", "11:00")
			.param("room", "Kantina")
			.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("Slik er møtet lagret nå")))
			.andExpect(content().string(Matchers.containsString("10:00")))
			.andExpect(content().string(Matchers.containsString("value=\"Kantina\"")));
		assertThat(meetings.meeting(meeting).room()).isEqualTo("Tarlebø");
		assertThat(meetings.meeting(meeting).meetingDate()).isEqualTo(LocalDate.of(2047, 4, 7));
	}

}
