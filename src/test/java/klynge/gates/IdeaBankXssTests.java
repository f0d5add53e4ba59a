package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XSS corpus through the idea bank's text fields: a call's topics as staff type them;
 * a submission's name, title, abstract, study programme, institution, supervisor, topic
 * and file name as the public types them (also refused, shown again in the form); the
 * decision comment and the slot's session and room; a thesis idea's fields. Then every
 * page that shows them, the event's program among them, and the API: inert text
 * everywhere, never a 5xx.
 */
@KlyngeIntegrationTest
class IdeaBankXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	OffsetDateTime startedAt;

	@BeforeEach
	void start() {
		startedAt = jdbc.sql("select now()").query(OffsetDateTime.class).single();
	}

	@AfterEach
	void failLeftovers() {
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(startedAt)
			.update();
	}

	@Test
	void theCorpusIsInertOnEveryIdeaBankPage() throws Exception {
		List<String> problems = new ArrayList<>();
		String slug = "xss-idebank-" + System.nanoTime();
		UUID event = jdbc.sql("""
				insert into event (cluster_id, title, slug, starts_at, ends_at, status)
				values (?, ?, ?, '2032-06-09 09:00+02', '2032-06-09 15:00+02', 'PUBLISHED') returning id""")
			.params(ALREK, "XSS idébank", slug)
			.query(UUID.class)
			.single();
		staff("/ideabank/cfp", "eventId", event.toString(), "opensAt", "2020-01-01T09:00", "closesAt",
				"2099-01-01T09:00", "topics", String.join("\n", XssCorpus.ENTRIES));
		UUID call = jdbc.sql("select id from ideabank_call where event_id = ?").param(event).query(UUID.class).single();
		int n = 0;
		for (String entry : XssCorpus.ENTRIES) {
			var submit = multipart("/idebank/innsending/" + slug)
				.file(new MockMultipartFile("poster", entry + ".pdf", "application/pdf", PDF))
				.param("name", entry)
				.param("email", "xss" + n++ + "@example.org")
				.param("title", "XSS " + entry)
				.param("summary", entry)
				.param("studyProgramme", entry)
				.param("institution", entry)
				.param("supervisor", entry)
				.param("topic", entry)
				.param("showName", "true")
				.param("thesisIdea", "true")
				.with(csrf());
			var answer = mvc.perform(submit).andReturn().getResponse();
			assertThat(answer.getStatus()).as(entry).isEqualTo(200);
			problems.addAll(XssCorpus.activeMarkup("submit", answer.getContentAsString(StandardCharsets.UTF_8)));
			// refused (no e-mail): the typed corpus comes back in the form
			var refused = mvc
				.perform(multipart("/idebank/innsending/" + slug).param("name", entry)
					.param("title", entry)
					.param("summary", entry)
					.with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(422);
			problems.addAll(XssCorpus.activeMarkup("refused", refused.getContentAsString(StandardCharsets.UTF_8)));
		}
		List<UUID> submissions = jdbc.sql("select id from ideabank_submission where call_id = ?")
			.param(call)
			.query(UUID.class)
			.list();
		assertThat(submissions).hasSize(XssCorpus.ENTRIES.size());
		int i = 0;
		for (UUID id : submissions) {
			String entry = XssCorpus.ENTRIES.get(i++);
			staff("/ideabank/submissions/" + id + "/decision", "decision", "APPROVED", "comment", entry, "thesisIdea",
					"true");
			staff("/ideabank/submissions/" + id + "/slot", "slotDay", "2032-06-09", "slotStartsAt", "10:00",
					"slotSession", entry, "slotRoom", entry);
			staff("/ideabank/ideas", "ideaTitle", "XSS " + entry, "ideaDescription", entry, "ideaOrganisation", entry,
					"ideaTopic", entry);
		}
		List<String[]> views = new ArrayList<>();
		views.add(new String[] { "/ideabank", "sekretariat" });
		views.add(new String[] { "/ideabank/cfp/" + call, "sekretariat" });
		views.add(new String[] { "/arrangementer/" + slug, null });
		for (UUID id : submissions) {
			views.add(new String[] { "/ideabank/submissions/" + id, "sekretariat" });
		}
		staff("/ideabank/cfp/" + call + "/publish");
		views.add(new String[] { "/idebank", null });
		views.add(new String[] { "/idebank?q=XSS", null });
		views.add(new String[] { "/idebank/oppgaveideer", null });
		views.add(new String[] { "/api/v1/ideabank/posters?q=XSS", null });
		views.add(new String[] { "/api/v1/ideabank/ideas", null });
		for (UUID id : submissions) {
			views.add(new String[] { "/idebank/poster/" + id, null });
		}
		for (String entry : XssCorpus.ENTRIES) {
			views.add(
					new String[] {
							"/idebank?tema=" + java.net.URLEncoder.encode(entry, StandardCharsets.UTF_8)
									+ "&institusjon=" + java.net.URLEncoder.encode(entry, StandardCharsets.UTF_8),
							null });
		}
		for (String[] view : views) {
			var request = get(view[0]);
			if (view[1] != null) {
				request.with(httpBasic(view[1], "demo"));
			}
			var response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(view[0]).isEqualTo(200);
			if (!view[0].startsWith("/api/")) {
				problems.addAll(XssCorpus.activeMarkup(view[0], response.getContentAsString(StandardCharsets.UTF_8)));
			}
			else {
				assertThat(response.getContentType()).startsWith("application/json");
			}
		}
		// the file name of a download is a safe one
		var download = mvc.perform(get("/idebank/poster/" + submissions.getFirst() + "/pdf")).andReturn().getResponse();
		assertThat(download.getHeader("Content-Disposition")).doesNotContain("<", "\"\"", "\n");
		assertThat(problems).isEmpty();
	}

	private void staff(String path, String... params) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + " " + response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
	}

}
