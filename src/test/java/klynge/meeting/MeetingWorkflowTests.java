package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static klynge.meeting.MeetingTestData.itemForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * planlagt → innkalt → gjennomført → referat til kommentar → referat godkjent, and
 * avlyst.
 */
@KlyngeIntegrationTest
class MeetingWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	UUID body;

	static int day;

	@BeforeEach
	void ownBody() {
		body = MeetingTestData.newBody(jdbc, "Arbeidsflytgruppen");
		MeetingTestData.member(jdbc, body, "GY", "CHAIR", "Høgskulen på Vestlandet", 1);
	}

	static Stream<Arguments> transitions() {
		List<Arguments> all = new ArrayList<>();
		for (MeetingStatus from : MeetingStatus.values()) {
			for (MeetingStatus to : MeetingStatus.values()) {
				all.add(Arguments.of(from, to));
			}
		}
		return all.stream();
	}

	/** A meeting of the test's body brought to a status the way the secretariat would. */
	UUID meetingIn(MeetingStatus status) {
		UUID id = meetings.plan(form(body, LocalDate.of(2040, 1, 1).plusDays(day++)));
		switch (status) {
			case PLANNED -> {
			}
			case SUMMONED -> meetings.moveTo(id, MeetingStatus.SUMMONED);
			case HELD -> path(id, MeetingStatus.SUMMONED, MeetingStatus.HELD);
			case MINUTES_FOR_COMMENT ->
				path(id, MeetingStatus.SUMMONED, MeetingStatus.HELD, MeetingStatus.MINUTES_FOR_COMMENT);
			case MINUTES_APPROVED ->
				path(id, MeetingStatus.SUMMONED, MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED);
			case CANCELLED -> meetings.cancel(id, "Ikke nok saker");
		}
		assertThat(statusOf(id)).isEqualTo(status);
		return id;
	}

	private void path(UUID id, MeetingStatus... steps) {
		for (MeetingStatus step : steps) {
			meetings.moveTo(id, step);
		}
	}

	MeetingStatus statusOf(UUID id) {
		return MeetingStatus
			.valueOf(jdbc.sql("select status from meeting where id = ?").param(id).query(String.class).single());
	}

	static MockHttpServletRequestBuilder secretariat(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("sekretariat", "demo")).with(csrf());
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("sekretariat", "demo"));
	}

	/**
	 * The minutes' own steps: allowed for the meeting, but only through the minutes
	 * module.
	 */
	static boolean minutesStep(MeetingStatus to) {
		return to == MeetingStatus.MINUTES_FOR_COMMENT || to == MeetingStatus.MINUTES_APPROVED;
	}

	@ParameterizedTest(name = "{0} → {1} in HTML")
	@MethodSource("transitions")
	void everyTransitionThroughTheHtmlAction(MeetingStatus from, MeetingStatus to) throws Exception {
		UUID id = meetingIn(from);
		if (to == MeetingStatus.CANCELLED) {
			var result = mvc.perform(
					secretariat(post("/meetings/{id}/cancel", id).param("confirm", "true")).param("reason", "Sykdom"));
			if (from.canMoveTo(to)) {
				result.andExpect(status().is3xxRedirection());
				assertThat(statusOf(id)).isEqualTo(MeetingStatus.CANCELLED);
			}
			else {
				result.andExpect(status().isUnprocessableContent());
				assertThat(statusOf(id)).isEqualTo(from);
			}
			return;
		}
		var result = mvc.perform(
				secretariat(post("/meetings/{id}/status", id).param("confirm", "true")).param("target", to.name()));
		if (minutesStep(to) && from.canMoveTo(to)) {
			result.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("fra referatet på møtesiden")));
			assertThat(statusOf(id)).isEqualTo(from);
		}
		else if (from.canMoveTo(to)) {
			result.andExpect(status().is3xxRedirection());
			assertThat(statusOf(id)).isEqualTo(to);
		}
		else {
			result.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("kan ikke gå til")));
			assertThat(statusOf(id)).isEqualTo(from);
		}
	}

	@ParameterizedTest(name = "{0} → {1} in the API")
	@MethodSource("transitions")
	void everyTransitionThroughTheApi(MeetingStatus from, MeetingStatus to) throws Exception {
		UUID id = meetingIn(from);
		var result = mvc.perform(json(post("/api/v1/meetings/{id}/status", id),
				"{\"target\":\"" + to.name() + "\",\"reason\":\"Sykdom\"}"));
		if (minutesStep(to) && from.canMoveTo(to)) {
			result.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("urn:klynge:problem:meeting.status.viaMinutes"));
			assertThat(statusOf(id)).isEqualTo(from);
		}
		else if (from.canMoveTo(to)) {
			result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(to.name()));
			assertThat(statusOf(id)).isEqualTo(to);
		}
		else {
			result.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("urn:klynge:problem:meeting.status.forbidden"))
				.andExpect(jsonPath("$.detail", Matchers.containsString("kan ikke gå til")));
			assertThat(statusOf(id)).isEqualTo(from);
		}
	}

	@Test
	void forbiddenMoveNamesBothStatusesInTheReadersLanguage() throws Exception {
		UUID id = meetingIn(MeetingStatus.PLANNED);
		mvc.perform(json(post("/api/v1/meetings/{id}/status", id), "{\"target\":\"HELD\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Et møte med status Planlagt kan ikke gå til Gjennomført."));
		mvc.perform(secretariat(post("/meetings/{id}/status", id).param("confirm", "true"))
			.param("target", "MINUTES_APPROVED")
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.not(Matchers.containsString("MINUTES_APPROVED"))));
	}

	@Test
	void cancellingNeedsAReason() throws Exception {
		UUID id = meetingIn(MeetingStatus.PLANNED);
		mvc.perform(secretariat(post("/meetings/{id}/cancel", id).param("confirm", "true")).param("reason", "  "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Skriv en begrunnelse for avlysningen.")))
			.andExpect(content().string(Matchers.containsString("aria-describedby=\"reason-error\"")));
		mvc.perform(json(post("/api/v1/meetings/{id}/status", id), "{\"target\":\"CANCELLED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:meeting.cancel.reasonRequired"))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(
				secretariat(post("/meetings/{id}/status", id).param("confirm", "true")).param("target", "CANCELLED"))
			.andExpect(status().isUnprocessableContent());
		assertThat(statusOf(id)).isEqualTo(MeetingStatus.PLANNED);

		mvc.perform(
				secretariat(post("/meetings/{id}/cancel", id).param("confirm", "true")).param("reason", "For få saker"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(MeetingStatus.CANCELLED);
		mvc.perform(get("/meetings/{id}", id).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(Matchers.containsString("(For få saker)")));
	}

	@Test
	void reschedulingAfterTheSummonsNeedsAReasonThatTheHistoryKeeps() throws Exception {
		UUID id = meetingIn(MeetingStatus.SUMMONED);
		Meeting before = meetings.meeting(id);
		mvc.perform(secretariat(post("/meetings/{id}", id)).param("bodyId", body.toString())
			.param("meetingDate", before.meetingDate().plusDays(7).toString())
			.param("startsAt", "10:00")
			.param("endsAt", "12:00")
			.param("version", String.valueOf(before.version())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Skriv en begrunnelse for endringen")));
		assertThat(meetings.meeting(id).meetingDate()).isEqualTo(before.meetingDate());

		mvc.perform(secretariat(post("/meetings/{id}", id)).param("bodyId", body.toString())
			.param("meetingDate", before.meetingDate().plusDays(7).toString())
			.param("startsAt", "10:00")
			.param("endsAt", "12:00")
			.param("reason", "Kollisjon med Alrekdagene")
			.param("version", String.valueOf(before.version()))).andExpect(status().is3xxRedirection());
		assertThat(meetings.meeting(id).meetingDate()).isEqualTo(before.meetingDate().plusDays(7));
		assertThat(meetings.history(id)).anySatisfy(entry -> {
			assertThat(entry.kind()).isEqualTo("RESCHEDULED");
			assertThat(entry.reason()).isEqualTo("Kollisjon med Alrekdagene");
			assertThat(entry.fromDate()).isEqualTo(before.meetingDate());
		});
		mvc.perform(get("/meetings/{id}", id).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(Matchers.containsString("(Kollisjon med Alrekdagene)")));
	}

	@Test
	void nothingCanBeEditedOnceTheMinutesAreApproved() throws Exception {
		UUID id = meetings.plan(form(body, LocalDate.of(2041, 3, 3)));
		UUID item = agenda.add(id, itemForm("Godkjenning"));
		path(id, MeetingStatus.SUMMONED, MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED);
		UUID attendee = jdbc.sql("select id from attendance where meeting_id = ? limit 1")
			.param(id)
			.query(UUID.class)
			.single();
		String itemVersion = String.valueOf(agenda.item(item).version());
		Meeting meeting = meetings.meeting(id);

		mvc.perform(secretariat(post("/meetings/{id}/items", id)).param("type", "DISCUSSION")
			.param("title", "Ny sak")
			.param("_raisedAtMeeting", "on")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Referatet er godkjent og låst")));
		mvc.perform(secretariat(post("/items/{id}", item)).param("type", "DISCUSSION")
			.param("title", "Endret")
			.param("_raisedAtMeeting", "on")
			.param("version", itemVersion)).andExpect(status().isUnprocessableContent());
		mvc.perform(secretariat(post("/items/{id}/delete", item))).andExpect(status().isUnprocessableContent());
		mvc.perform(secretariat(post("/items/{id}/documents", item)).param("title", "Vedlegg")
			.param("url", "https://alrekhelseklynge.no/")
			.param("access", "PUBLIC")).andExpect(status().isUnprocessableContent());
		mvc.perform(secretariat(post("/attendance/{id}", attendee)).param("meetingId", id.toString())
			.param("status", "ABSENT")
			.param("version", "0")).andExpect(status().isUnprocessableContent());
		mvc.perform(secretariat(post("/meetings/{id}/guests", id)).param("guestName", "Gjest"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(secretariat(post("/meetings/{id}", id)).param("bodyId", body.toString())
			.param("meetingDate", "2041-03-04")
			.param("reason", "Feil dato")
			.param("version", String.valueOf(meeting.version()))).andExpect(status().isUnprocessableContent());
		mvc.perform(secretariat(post("/meetings/{id}/chair", id)).param("chairPersonId",
				MeetingTestData.person(jdbc, "EH").toString()))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(json(post("/api/v1/meetings/{id}/items", id), "{\"type\":\"DISCUSSION\",\"title\":\"Ny\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:meeting.agenda.locked"));
		mvc.perform(json(put("/api/v1/items/{id}", item), "{\"type\":\"DISCUSSION\",\"title\":\"Endret\"}")
			.header("If-Match", "\"" + itemVersion + "\"")).andExpect(status().isUnprocessableContent());
		mvc.perform(json(put("/api/v1/attendance/{id}", attendee), "{\"summoned\":true,\"status\":\"ABSENT\"}")
			.header("If-Match", "\"0\"")).andExpect(status().isUnprocessableContent());

		assertThat(agenda.items(id)).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("Godkjenning"));
		assertThat(jdbc.sql("select status from attendance where id = ?").param(attendee).query(String.class).single())
			.isEqualTo("PRESENT");
		assertThat(meetings.meeting(id).meetingDate()).isEqualTo(LocalDate.of(2041, 3, 3));
		mvc.perform(get("/meetings/{id}", id).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/items/new"))));
	}

}
