package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XSS corpus through the event module's text fields: the event (title, summary,
 * place), its days (theme), sessions (title, room, speakers), co-organisers, questions
 * and options as staff type them, and a registration's name, organisation and answers as
 * the public types them; then every page that shows them, and the CSV export (formulas
 * neutralised). Inert text everywhere, never a 5xx.
 */
@KlyngeIntegrationTest
class EventXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCorpusIsInertOnEveryEventPage() throws Exception {
		List<String> problems = new ArrayList<>();
		String slug = "xss-" + System.nanoTime();
		String location = mvc
			.perform(post("/events").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("title", "XSS " + XssCorpus.ENTRIES.getFirst())
				.param("slug", slug)
				.param("summary", String.join("\n", XssCorpus.ENTRIES))
				.param("place", XssCorpus.ENTRIES.get(1))
				.param("startsAt", "2030-06-01T09:00")
				.param("endsAt", "2030-06-01T15:00")
				.param("capacity", "1")
				.param("status", "PUBLISHED")
				.param("retentionDays", "30"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/events/");
		UUID event = UUID.fromString(location.substring("/events/".length()));
		String base = "/events/" + event;
		int day = 1;
		for (String entry : XssCorpus.ENTRIES) {
			staff(base + "/days", "day", "2030-06-" + String.format("%02d", day++), "theme", entry);
			staff(base + "/organisers", "organiserName", entry);
			staff(base + "/questions", "questionText", entry, "kind", "CHOICE", "choices", entry + "\nNei");
		}
		UUID firstDay = jdbc.sql("select id from event_day where event_id = ? order by day limit 1")
			.param(event)
			.query(UUID.class)
			.single();
		for (String entry : XssCorpus.ENTRIES) {
			staff(base + "/sessions", "dayId", firstDay.toString(), "sessionStartsAt", "10:00", "sessionTitle", entry,
					"room", entry, "speakers", entry);
		}
		List<UUID> questions = jdbc.sql("select id from event_question where event_id = ?")
			.param(event)
			.query(UUID.class)
			.list();
		int n = 0;
		for (String entry : XssCorpus.ENTRIES) {
			var register = post("/arrangementer/" + slug + "/pamelding").with(csrf())
				.param("name", entry)
				.param("email", "xss" + n++ + "@example.org")
				.param("organisation", entry);
			for (UUID question : questions) {
				// a choice is one of its options: the corpus itself on its own question
				String text = jdbc.sql("select text from event_question where id = ?")
					.param(question)
					.query(String.class)
					.single();
				register.param("q-" + question, text.equals(entry) ? entry : "Nei");
			}
			var answer = mvc.perform(register).andReturn().getResponse();
			assertThat(answer.getStatus()).isLessThan(500);
			problems.addAll(XssCorpus.activeMarkup("register", answer.getContentAsString(StandardCharsets.UTF_8)));
		}
		assertThat(jdbc.sql("select count(*) from event_registration where event_id = ?")
			.param(event)
			.query(Integer.class)
			.single()).as("registrations with the corpus as answers").isEqualTo(XssCorpus.ENTRIES.size());
		for (String[] view : new String[][] { { "/arrangementer/" + slug, null }, { "/arrangementer", null },
				{ "/arrangementer/" + slug, "sekretariat" }, { base, "sekretariat" },
				{ base + "/participants", "sekretariat" }, { base + "/check-in", "sekretariat" },
				{ "/events", "sekretariat" } }) {
			var request = get(view[0]);
			if (view[1] != null) {
				request.with(httpBasic(view[1], "demo"));
			}
			var response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(view[0]).isEqualTo(200);
			problems.addAll(XssCorpus.activeMarkup(view[0], response.getContentAsString(StandardCharsets.UTF_8)));
		}
		String csv = mvc.perform(get(base + "/participants.csv").with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String line : csv.lines().skip(1).toList()) {
			for (String cell : line.split(";")) {
				String text = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(text).as("a CSV cell that a spreadsheet would evaluate").doesNotStartWith("=");
			}
		}
		assertThat(problems).isEmpty();
	}

	private void staff(String path, String... params) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(302);
	}

}
