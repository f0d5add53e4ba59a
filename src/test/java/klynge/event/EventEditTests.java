package klynge.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff edit an event's program through the forms: a new event, a day, a session that is
 * then changed and moved to another day; bad input comes back as 422 with the message in
 * the user's language and changes nothing; another event's session is 404.
 */
@KlyngeIntegrationTest
class EventEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffCreateAnEventAndEditItsProgram() throws Exception {
		String slug = "redigering-" + System.nanoTime();
		String location = mvc
			.perform(post("/events").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("title", "Redigeringsdagene")
				.param("slug", slug)
				.param("startsAt", "2031-09-22T09:00")
				.param("endsAt", "2031-09-23T16:00")
				.param("status", "DRAFT")
				.param("retentionDays", "90"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String base = location;
		UUID event = UUID.fromString(base.substring("/events/".length()));
		staff(base + "/days", "day", "2031-09-22", "theme", "Partnerdag").andExpect(status().is3xxRedirection());
		staff(base + "/days", "day", "2031-09-23", "theme", "Formidlingsdag").andExpect(status().is3xxRedirection());
		// the same day twice: refused
		assertThat(staff(base + "/days", "day", "2031-09-22").andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Dagen er allerede i programmet.");
		UUID first = day(event, "2031-09-22");
		UUID second = day(event, "2031-09-23");
		staff(base + "/sessions", "dayId", first.toString(), "sessionStartsAt", "09:00", "sessionEndsAt", "10:00",
				"sessionTitle", "Åpning", "room", "Aula", "speakers", "Klyngefasilitator")
			.andExpect(status().is3xxRedirection());
		UUID session = jdbc
			.sql("select s.id from event_session s join event_day d on d.id = s.day_id where d.event_id = ?")
			.param(event)
			.query(UUID.class)
			.single();

		staff(base + "/sessions/" + session, "dayId", second.toString(), "sessionStartsAt", "13:00", "sessionEndsAt",
				"14:30", "sessionTitle", "Panelsamtale", "room", "", "speakers", "Partnerne")
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = jdbc
			.sql("select day_id, starts_at::text, ends_at::text, title, room, speakers "
					+ "from event_session where id = ?")
			.param(session)
			.query()
			.singleRow();
		assertThat(row).containsEntry("day_id", second)
			.containsEntry("starts_at", "13:00:00")
			.containsEntry("ends_at", "14:30:00")
			.containsEntry("title", "Panelsamtale")
			.containsEntry("room", null)
			.containsEntry("speakers", "Partnerne");

		// ends before it starts, no title: 422 with both messages, nothing changed
		String refused = staff(base + "/sessions/" + session, "dayId", second.toString(), "sessionStartsAt", "15:00",
				"sessionEndsAt", "14:00", "sessionTitle", " ")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Slutten kan ikke være før starten.", "Skriv en tittel.");
		assertThat(jdbc.sql("select title from event_session where id = ?").param(session).query(String.class).single())
			.isEqualTo("Panelsamtale");
		// a session of another event, or a day of another event: 404 and 422
		staff("/events/e7e00000-0000-4000-8000-000000002027/sessions/" + session, "dayId",
				day(UUID.fromString("e7e00000-0000-4000-8000-000000002027"), "2027-06-09").toString(),
				"sessionStartsAt", "09:00", "sessionTitle", "Kapret")
			.andExpect(status().isNotFound());
		staff(base + "/sessions/" + session, "dayId",
				day(UUID.fromString("e7e00000-0000-4000-8000-000000002027"), "2027-06-09").toString(),
				"sessionStartsAt", "09:00", "sessionTitle", "Flyttet ut")
			.andExpect(status().isUnprocessableContent());
		// a bad event form keeps what was typed
		String bad = staff(base, "title", "Redigeringsdagene", "slug", "Ikke Gyldig", "startsAt", "2031-09-22T09:00",
				"endsAt", "2031-09-21T09:00", "status", "DRAFT", "retentionDays", "-1")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("Adressen kan ha små bokstaver", "Slutten kan ikke være før starten.",
				"Skriv et helt tall innenfor grensene.", "value=\"Ikke Gyldig\"");
	}

	private org.springframework.test.web.servlet.ResultActions staff(String path, String... params) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private UUID day(UUID event, String day) {
		return jdbc.sql("select id from event_day where event_id = ? and day = ?::date")
			.params(event, day)
			.query(UUID.class)
			.single();
	}

}
