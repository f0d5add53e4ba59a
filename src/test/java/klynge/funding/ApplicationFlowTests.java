package klynge.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.mail.OutboxSender;
import klynge.shared.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application from start to receipt, through the pages: registration by e-mail, a
 * draft saved as it is typed with the call's rules as messages, attachments (PDF only, by
 * size), submission at the deadline (an injected clock either side of it), the receipt in
 * GreenMail; and applicants who reach only their own applications.
 */
@KlyngeIntegrationTest
class ApplicationFlowTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID COMMENT_ROUND_CALL = UUID.fromString("ca110000-0000-4000-8000-000000002022");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FundingClock clock;

	@Autowired
	OutboxSender sender;

	/** The deadline of this test's own call: in a year no other test uses. */
	Instant deadline;

	UUID call;

	@BeforeEach
	void aPublishedCall() {
		deadline = Instant.parse("2031-03-01T11:00:00Z").plusSeconds((long) (Math.random() * 1_000_000));
		clock.set(Clock.fixed(deadline.minusSeconds(3600), ZoneOffset.UTC));
		UUID fund = jdbc.sql("select id from fund where cluster_id = ? and name = 'Samarbeidsmidler 2022'")
			.param(ALREK)
			.query(UUID.class)
			.single();
		call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deadline,
				       max_per_application, municipal_partner_required, buyout_max_share, published_at)
				select ?, ?, 'Testutlysning ' || gen_random_uuid(), 'PUBLISHED', body_id, ?, 150000, true, 0.5, now()
				from body_name where cluster_id = ? and name = 'Vurderingskomiteen' returning id""")
			.params(ALREK, fund, java.sql.Timestamp.from(deadline), ALREK)
			.query(UUID.class)
			.single();
	}

	@AfterEach
	void systemClock() {
		clock.set(null);
	}

	UUID org(String name) {
		return jdbc.sql("select id from organisation where cluster_id = ? and name = ?")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	UUID start(String username) throws Exception {
		String location = mvc
			.perform(post("/calls/" + call + "/applications").with(httpBasic(username, "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	MockHttpServletRequestBuilder save(UUID application, String user, String password, String partner, String amount,
			String buyout) {
		MockHttpServletRequestBuilder request = post("/applications/" + application).with(httpBasic(user, password))
			.with(csrf())
			.header("HX-Request", "true")
			.param("title", "Samarbeid om hjemmetjenester")
			.param("leadName", "Sara Søkersen")
			.param("leadEmail", "sok@alrek.example.org")
			.param("leadOrganisationId", org("Høgskulen på Vestlandet").toString())
			.param("summary", "Et prosjekt.")
			.param("lineKind", "BUYOUT", "OTHER")
			.param("lineDescription", "Frikjøp", "Seminar")
			.param("lineOrganisation", "", "")
			.param("lineAmount", buyout, amount);
		return partner == null ? request : request.param("partnerOrganisationIds", partner);
	}

	String text(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	String state(UUID application) {
		return jdbc.sql("select status from application where id = ?").param(application).query(String.class).single();
	}

	@Test
	void theRulesAreMessagesWhileTypingAndTheSubmissionSendsAReceipt() throws Exception {
		UUID application = start("soker");
		String broken = text(save(application, "soker", "demo", null, "200 000", "10 000"), 200);
		assertThat(broken).contains("Minst én av søkerorganisasjonene må være en kommune.")
			.contains("er over maksimum kr\u00a0150\u00a0000 per søknad");

		// submission refuses what breaks a rule, with the message, and keeps the draft
		String refused = text(post("/applications/" + application + "/submit").with(httpBasic("soker", "demo"))
			.with(csrf())
			.param("confirm", "true"), 422);
		assertThat(refused).contains("Minst én av søkerorganisasjonene må være en kommune.");
		assertThat(state(application)).isEqualTo("DRAFT");
		assertThat(jdbc.sql("select count(*) from application_budget_line where application_id = ?")
			.param(application)
			.query(Integer.class)
			.single()).as("nothing saved is lost").isEqualTo(2);

		String fixed = text(save(application, "soker", "demo", org("Bergen kommune").toString(), "100000", "50 000"),
				200);
		assertThat(fixed).contains("Søknaden oppfyller vilkårene i utlysningen.");

		mvc.perform(post("/applications/" + application + "/submit").with(httpBasic("soker", "demo"))
			.with(csrf())
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		assertThat(state(application)).isEqualTo("SUBMITTED");

		MimeMessage receipt = Eventually.value("the receipt", () -> {
			sender.sendDue();
			return Arrays.stream(greenMail.getReceivedMessages())
				.filter(m -> subject(m).startsWith("Kvittering") && body(m).contains("Samarbeid om hjemmetjenester")
						&& to(m).equals("sok@alrek.example.org"))
				.findFirst()
				.orElse(null);
		}, java.util.Objects::nonNull);
		assertThat(body(receipt)).contains("kr\u00a0150\u00a0000");
	}

	@Test
	void theDeadlineClosesSubmissionAtItsInstantAndKeepsTheDraft() throws Exception {
		UUID application = start("soker");
		text(save(application, "soker", "demo", org("Bergen kommune").toString(), "100000", "0"), 200);
		clock.set(Clock.fixed(deadline, ZoneOffset.UTC));
		String late = text(post("/applications/" + application + "/submit").with(httpBasic("soker", "demo"))
			.with(csrf())
			.param("confirm", "true"), 422);
		assertThat(late).contains("Søknadsfristen er ute.");
		assertThat(state(application)).isEqualTo("DRAFT");
		assertThat(
				jdbc.sql("select title from application where id = ?").param(application).query(String.class).single())
			.isEqualTo("Samarbeid om hjemmetjenester");
		// a saved change after the deadline is refused too, without losing what was saved
		String refusedSave = text(save(application, "soker", "demo", null, "1", "0"), 422);
		assertThat(refusedSave).contains("Søknadsfristen er ute.");

		clock.set(Clock.fixed(deadline.minusMillis(1), ZoneOffset.UTC));
		mvc.perform(post("/applications/" + application + "/submit").with(httpBasic("soker", "demo"))
			.with(csrf())
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		assertThat(state(application)).isEqualTo("SUBMITTED");
	}

	@Test
	void attachmentsArePdfByTheirBytesWithinTheSizeAndDownloadSafely() throws Exception {
		UUID application = start("soker");
		byte[] html = "<html><script>alert(1)</script></html>".getBytes();
		String notPdf = text(multipart("/applications/" + application + "/files")
			.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", html))
			.with(httpBasic("soker", "demo"))
			.with(csrf()), 422);
		assertThat(notPdf).contains("Filen er ikke en PDF.");
		byte[] big = new byte[Applications.MAX_ATTACHMENT_BYTES + 1];
		System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
		String tooLarge = text(multipart("/applications/" + application + "/files")
			.file(new MockMultipartFile("file", "stor.pdf", "application/pdf", big))
			.with(httpBasic("soker", "demo"))
			.with(csrf()), 422);
		assertThat(tooLarge).contains("Filen er for stor");
		byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
		mvc.perform(multipart("/applications/" + application + "/files")
			.file(new MockMultipartFile("file", "../../plan\".pdf", "text/html", pdf))
			.with(httpBasic("soker", "demo"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		UUID file = jdbc.sql("select id from application_attachment where application_id = ?")
			.param(application)
			.query(UUID.class)
			.single();
		mvc.perform(get("/applications/" + application + "/files/" + file).with(httpBasic("soker", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/"))));
		assertThat(jdbc.sql("select count(*) from audit_log where table_name = 'application_attachment' and row_id = ?")
			.param(file.toString())
			.query(Integer.class)
			.single()).as("the upload is audited").isEqualTo(1);
		assertThat(jdbc.sql(
				"select count(*) from audit_log where table_name = 'application_attachment' and jsonb_exists(after, 'content')")
			.query(Integer.class)
			.single()).as("without its bytes").isZero();
	}

	@Test
	void aRegisteredApplicantConfirmsByMailAndReachesOnlyItsOwnApplications() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "ny-" + suffix + "@example.org";
		String username = "soker-" + suffix;
		mvc.perform(post("/register").with(csrf())
			.param("name", "Nina Ny")
			.param("email", email)
			.param("username", username)
			.param("organisationId", org("Bergen kommune").toString())
			.param("password", "et langt passord")
			.param("repeat", "et langt passord")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from account where username = ?")
			.param(username)
			.query(Integer.class)
			.single()).as("no account before the address is confirmed").isZero();
		MimeMessage mail = Eventually.value("the confirmation mail", () -> {
			sender.sendDue();
			return Arrays.stream(greenMail.getReceivedMessages())
				.filter(m -> to(m).equals(email))
				.findFirst()
				.orElse(null);
		}, java.util.Objects::nonNull);
		Matcher link = Pattern.compile("/register/confirm/([A-Za-z0-9_-]+)").matcher(body(mail));
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		assertThat(jdbc.sql("select count(*) from mail_outbox where body like ?")
			.param("%" + token + "%")
			.query(Integer.class)
			.single()).as("the outbox keeps no link").isZero();
		mvc.perform(get("/register/confirm/" + token)).andExpect(status().isOk());
		mvc.perform(post("/register/confirm/" + token).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/register/confirm/" + token).with(csrf())).andExpect(status().isNotFound());

		// soker's application is not there for the new applicant: page, API, attachment
		UUID theirs = start("soker");
		jdbc.sql(
				"""
						insert into application_attachment (cluster_id, application_id, file_name, size_bytes, sha256, content, uploaded_by)
						values (?, ?, 'hemmelig.pdf', 8, 'x', '%PDF-1.4'::bytea, 'soker')""")
			.params(ALREK, theirs)
			.update();
		UUID file = jdbc.sql("select id from application_attachment where application_id = ?")
			.param(theirs)
			.query(UUID.class)
			.single();
		String password = "et langt passord";
		mvc.perform(get("/applications/" + theirs).with(httpBasic(username, password)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/applications/" + theirs).with(httpBasic(username, password)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/applications/" + theirs + "/files/" + file).with(httpBasic(username, password)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/applications/" + theirs + "/files/" + file).with(httpBasic(username, password)))
			.andExpect(status().isNotFound());
		text(save(theirs, username, password, null, "1", "0"), 404);
		String list = text(get("/applications/mine").with(httpBasic(username, password)), 200);
		assertThat(list).doesNotContain("Samarbeid om hjemmetjenester").doesNotContain("Digital oppfølging");
		String api = text(get("/api/v1/applications").with(httpBasic(username, password)), 200);
		assertThat(api).isEqualTo("[]");
		// the other cluster does not find Alrek's application or call either
		mvc.perform(get("/applications/" + theirs).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/calls/" + call).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls/" + call).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void theCommentRoundIsForInsidersAndThePublicSeesPublishedCallsOnly() throws Exception {
		mvc.perform(get("/calls/" + COMMENT_ROUND_CALL)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls/" + COMMENT_ROUND_CALL)).andExpect(status().isNotFound());
		mvc.perform(get("/calls/" + COMMENT_ROUND_CALL).with(httpBasic("soker", "demo")))
			.andExpect(status().isNotFound());
		String member = text(get("/calls/" + COMMENT_ROUND_CALL).with(httpBasic("medlem", "demo")), 200);
		assertThat(member).contains("kommunepartner").contains("Randi Skår");
		String open = text(get("/open-calls"), 200);
		assertThat(open).doesNotContain("Utlysning av samarbeidsmidler for 2022").contains("Samarbeidsmidler 2027");
		String feed = text(get("/open-calls/feed.atom"), 200);
		assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
			.contains("Samarbeidsmidler 2027")
			.doesNotContain("for 2022");
		String published = text(get("/calls/" + call), 200);
		assertThat(published).doesNotContain("Randi Skår");
	}

	static String to(MimeMessage mail) {
		try {
			return mail.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	static String body(MimeMessage mail) {
		return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=C2=A0", "\u00a0");
	}

	static List<String> unused() {
		return List.of();
	}

}
