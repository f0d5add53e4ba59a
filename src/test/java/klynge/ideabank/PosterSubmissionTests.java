package klynge.ideabank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import klynge.KlyngeIntegrationTest;
import klynge.shared.SecretTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The call for presentations through the web: bad posters (not a PDF, a PDF sent as text,
 * too large) and a closed call are refused with a 422 and the typed fields kept, nothing
 * stored; a good submission is stored with a receipt in the outbox, hidden from the
 * public until staff approve it, slot it (it shows in the event's program) and publish
 * the call; then it is in the idea bank, its page, its PDF download and the API, without
 * the e-mail, which publishing cleared. The other cluster sees none of it.
 */
@KlyngeIntegrationTest
class PosterSubmissionTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final AtomicInteger SEQ = new AtomicInteger();

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdeaBankYear year;

	OffsetDateTime startedAt;

	@BeforeEach
	void start() {
		startedAt = jdbc.sql("select now()").query(OffsetDateTime.class).single();
	}

	@AfterEach
	void failLeftovers() {
		// the receipts this test queued stay out of other tests' outbox runs
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(startedAt)
			.update();
	}

	record Fixture(UUID event, String slug, UUID call) {
	}

	/** A published event of one day in 2031 with a call open now (or closed). */
	Fixture conference(boolean open) {
		String slug = "studentkonferansen-test-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
		UUID event = jdbc.sql("""
				insert into event (cluster_id, title, slug, starts_at, ends_at, status)
				values (?, ?, ?, '2031-06-11 09:00+02', '2031-06-11 15:30+02', 'PUBLISHED') returning id""")
			.params(ALREK, "Studentkonferansen " + slug, slug)
			.query(UUID.class)
			.single();
		UUID call = jdbc.sql("""
				insert into ideabank_call (cluster_id, event_id, year, opens_at, closes_at, topics)
				values (?, ?, 2031, now() - interval '10 days', now() + (? * interval '1 day'), ?) returning id""")
			.params(ALREK, event, open ? 30 : -1, "Samhandling\nDigital helse")
			.query(UUID.class)
			.single();
		return new Fixture(event, slug, call);
	}

	MockMultipartHttpServletRequestBuilder submission(Fixture f, String title, MockMultipartFile poster) {
		var request = multipart("/idebank/innsending/" + f.slug());
		if (poster != null) {
			request.file(poster);
		}
		request.param("name", "Ola Student")
			.param("email", "ola." + f.slug() + "@student.example.org")
			.param("title", title)
			.param("summary", "Et sammendrag om samhandling mellom legevakt og fastlege.")
			.param("studyProgramme", "Bachelor i sykepleie")
			.param("institution", "Høgskulen på Vestlandet")
			.param("supervisor", "Kari Nordvik")
			.param("topic", "Samhandling")
			.param("showName", "true")
			.param("thesisIdea", "true")
			.with(csrf());
		return request;
	}

	static MockMultipartFile pdf(byte[] content, String type) {
		return new MockMultipartFile("poster", "poster.pdf", type, content);
	}

	int submissions(Fixture f) {
		return jdbc.sql("select count(*) from ideabank_submission where call_id = ?")
			.param(f.call())
			.query(Integer.class)
			.single();
	}

	String refusedPage(Fixture f, String title, MockMultipartFile poster) throws Exception {
		MockHttpServletResponse response = mvc.perform(submission(f, title, poster)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aFileThatIsNoPdfIsRefusedAndTheTypedFieldsAreKept() throws Exception {
		Fixture f = conference(true);
		String page = refusedPage(f, "Tittel som skal bli stående",
				pdf("this is plain text, not a PDF".getBytes(StandardCharsets.UTF_8), "application/pdf"));
		assertThat(page).contains("Filen er ikke en PDF", "Tittel som skal bli stående", "Kari Nordvik",
				"Et sammendrag om samhandling", "ola." + f.slug());
		// a real PDF's bytes, but sent as something else, is refused too
		assertThat(refusedPage(f, "Som tekst", pdf(PDF, "text/plain"))).contains("Filen er ikke en PDF");
		// no file at all
		assertThat(refusedPage(f, "Uten fil", null)).contains("Last opp posteren som PDF.");
		assertThat(submissions(f)).isZero();
	}

	@Test
	void aPosterOverTwentyMegabytesIsRefused() throws Exception {
		Fixture f = conference(true);
		byte[] big = Arrays.copyOf(PDF, IdeaBankRules.MAX_POSTER_BYTES + 1);
		String page = refusedPage(f, "En stor poster", pdf(big, "application/pdf"));
		assertThat(page).contains("Filen er for stor", "En stor poster");
		assertThat(submissions(f)).isZero();
	}

	@Test
	void aClosedCallRefusesSubmissions() throws Exception {
		Fixture f = conference(false);
		assertThat(mvc.perform(get("/idebank/innsending/" + f.slug()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Fristen for innsending er ute.");
		assertThat(refusedPage(f, "For sent", pdf(PDF, "application/pdf"))).contains("Fristen for innsending er ute.");
		assertThat(submissions(f)).isZero();
	}

	@Test
	void submittedApprovedSlottedAndPublishedItShowsInTheIdeaBank() throws Exception {
		Fixture f = conference(true);
		String title = "Overganger mellom legevakt og fastlege " + SEQ.incrementAndGet();
		String email = "ola." + f.slug() + "@student.example.org";
		String done = mvc.perform(submission(f, title, pdf(PDF, "application/pdf")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(done).contains("Takk for innsendingen", email);
		UUID id = jdbc.sql("select id from ideabank_submission where call_id = ?")
			.param(f.call())
			.query(UUID.class)
			.single();
		// the receipt: queued to the student, the personal link hidden in the outbox
		String receipt = jdbc.sql("select body from mail_outbox where recipient = ?")
			.param(email)
			.query(String.class)
			.single();
		assertThat(receipt).contains(title).contains("[lenke skjult]").doesNotContain("/idebank/status/");
		// the status link (its token as the mail had it) shows the state
		String token = SecretTokens.newToken();
		jdbc.sql("update ideabank_submission set token_hash = ? where id = ?")
			.params(SecretTokens.hash(token), id)
			.update();
		assertThat(anonymous("/idebank/status/" + token).getContentAsString(StandardCharsets.UTF_8))
			.contains("Til vurdering", title);

		// not public before it is approved and published
		// (the search field shows the words searched for: look for the poster's link)
		assertThat(anonymous("/idebank?q=" + title).getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("/idebank/poster/" + id);
		assertThat(anonymous("/idebank/poster/" + id).getStatus()).isEqualTo(404);
		assertThat(anonymous("/idebank/poster/" + id + "/pdf").getStatus()).isEqualTo(404);
		assertThat(anonymous("/api/v1/ideabank/posters").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(title);
		assertThat(anonymous("/ideabank/submissions/" + id).getStatus()).isIn(302, 401);

		// staff see it with the e-mail, approve it and give it a slot
		assertThat(staff("/ideabank/cfp/" + f.call())).contains(title);
		assertThat(staff("/ideabank/submissions/" + id)).contains(email);
		staffPost("/ideabank/submissions/" + id + "/decision", "decision", "APPROVED", "comment", "Velkommen!",
				"thesisIdea", "true");
		// a slot outside the event's day is refused with a message
		assertThat(mvc
			.perform(post("/ideabank/submissions/" + id + "/slot").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("slotDay", "2031-06-12")
				.param("slotStartsAt", "13:00"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
		staffPost("/ideabank/submissions/" + id + "/slot", "slotDay", "2031-06-11", "slotStartsAt", "13:00",
				"slotEndsAt", "13:20", "slotSession", "Posterutstilling", "slotRoom", "Vestibylen");
		assertThat(anonymous("/arrangementer/" + f.slug()).getContentAsString(StandardCharsets.UTF_8))
			.contains("Posterutstilling: " + title, "Ola Student (Høgskulen på Vestlandet)", "13:00");
		assertThat(anonymous("/idebank/status/" + token).getContentAsString(StandardCharsets.UTF_8))
			.contains("Godkjent", "Velkommen!");
		// approved but not yet published: still not public
		assertThat(anonymous("/idebank/poster/" + id).getStatus()).isEqualTo(404);

		staffPost("/ideabank/cfp/" + f.call() + "/publish");
		String bank = anonymous("/idebank?q=" + title.substring(0, 20) + "&tema=Samhandling&aar=2031")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bank).contains("/idebank/poster/" + id).doesNotContain(email);
		assertThat(anonymous("/idebank?institusjon=Universitetet i Bergen&aar=2031")
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title);
		String poster = anonymous("/idebank/poster/" + id).getContentAsString(StandardCharsets.UTF_8);
		assertThat(poster).contains(title, "Et sammendrag om samhandling", "Ola Student").doesNotContain(email);
		MockHttpServletResponse download = anonymous("/idebank/poster/" + id + "/pdf");
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(anonymous("/api/v1/ideabank/posters?q=" + title.substring(0, 20))
			.getContentAsString(StandardCharsets.UTF_8)).contains(title).doesNotContain(email);
		assertThat(anonymous("/idebank/oppgaveideer").getContentAsString(StandardCharsets.UTF_8)).contains(title);
		// publishing cleared the e-mail and the link; a second publish is refused
		assertThat(jdbc
			.sql("select count(*) from ideabank_submission where id = ? and email is null " + "and token_hash is null")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(anonymous("/idebank/status/" + token).getStatus()).isEqualTo(410);
		assertThat(mvc
			.perform(post("/ideabank/cfp/" + f.call() + "/publish").with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(409);
		// the form is closed now
		assertThat(refusedPage(f, "Etter publisering", pdf(PDF, "application/pdf")))
			.contains("posterne er publisert i idébanken");

		// the other cluster sees none of it
		assertThat(as("nord", "/idebank/poster/" + id).getStatus()).isEqualTo(404);
		assertThat(as("nord", "/ideabank/submissions/" + id).getStatus()).isEqualTo(404);
		assertThat(as("nord", "/ideabank/cfp/" + f.call()).getStatus()).isEqualTo(404);
		assertThat(as("nord", "/idebank").getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title);
		assertThat(as("nord", "/api/v1/ideabank/posters").getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(title);
		assertThat(as("nord", "/idebank/innsending/" + f.slug()).getStatus()).isEqualTo(404);
	}

	@Test
	void theDemoIdeaBankHasPublishedPostersAndThesisIdeasButNoAddresses() throws Exception {
		String bank = anonymous("/idebank").getContentAsString(StandardCharsets.UTF_8);
		assertThat(bank).contains("Velferdsteknologi i hjemmetjenesten", "Studentkonferansen 2027")
			.doesNotContain("Hva er arbeidsliv? Studenters bilde")
			.doesNotContain("@student.example.org");
		assertThat(anonymous("/idebank?institusjon=VID vitenskapelige høgskole")
			.getContentAsString(StandardCharsets.UTF_8)).contains("Brukerens stemme i kommunal rusomsorg")
			.doesNotContain("Velferdsteknologi i hjemmetjenesten");
		// without consent the student's name stays off the page
		assertThat(anonymous("/idebank/poster/1dea5000-0000-4000-8000-000000000002")
			.getContentAsString(StandardCharsets.UTF_8)).contains("Legevakt og fastlege").doesNotContain("Jonas");
		assertThat(anonymous("/idebank/oppgaveideer").getContentAsString(StandardCharsets.UTF_8))
			.contains("Hvordan bruker kommunene pasientforløp for eldre?", "Musikk i demensomsorgen");
		assertThat(anonymous("/idebank/poster/1dea5000-0000-4000-8000-000000000005").getStatus()).isEqualTo(404);
	}

	@Test
	void theAnnualReportChapterCountsThePublishedPostersByInstitution() {
		var chapter = year.chapter(ALREK, 2023, java.util.Locale.forLanguageTag("nb")).orElseThrow();
		assertThat(year.order()).isEqualTo(55);
		assertThat(chapter.paragraphs().getFirst()).contains("4 postere fra 3 institusjoner");
		assertThat(chapter.tables().getFirst().rows()).containsExactly(List.of("Høgskulen på Vestlandet", "2"),
				List.of("Universitetet i Bergen", "1"), List.of("VID vitenskapelige høgskole", "1"));
		assertThat(chapter.toString()).doesNotContain("Ingrid", "Jonas", "@");
		// the 2027 call is not published, and the other cluster has none
		assertThat(year.chapter(ALREK, 2027, java.util.Locale.forLanguageTag("nb"))).isEmpty();
		assertThat(year.chapter(UUID.fromString("40d00000-0000-4000-8000-000000000002"), 2023,
				java.util.Locale.forLanguageTag("nb")))
			.isEmpty();
	}

	MockHttpServletResponse anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

	MockHttpServletResponse as(String user, String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
	}

	String staff(String path) throws Exception {
		MockHttpServletResponse response = as("sekretariat", path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	void staffPost(String path, String... params) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
	}

}
