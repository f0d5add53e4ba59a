package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.mail.OutboxSender;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15, requirement 12, as an attacker would try it: unique markers in an
 * application's title, summary, budget line and named participant, in a review score's
 * comment and in a reviewer's free-text conflict reason; then every channel walked as (a)
 * another applicant, (b) the recused reviewer, (c) anonymous and (d) a user of the other
 * cluster: pages, the public call page and Atom feed, every GET route of the API that
 * OpenAPI lists, the cluster exports and spreadsheets, the summons PDF and DOCX of the
 * meeting carrying the proposal, and the mail the summons sends (GreenMail; run under the
 * mail lock). Only the title may show, and only where the public proposal names it (the
 * proposal item, which is public by design); the recused reviewer may see the title and
 * the reason it wrote itself. Nothing else anywhere.
 */
@KlyngeIntegrationTest
class FundingLeakTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID DEMO_CALL = UUID.fromString("f0d40000-0000-4000-8000-000000000002");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxSender sender;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final String title = "LekkTittel" + tag;

	/** The markers nobody of the four may read anywhere. */
	final List<String> secrets = List.of("LekkSammendrag" + tag, "LekkBudsjett" + tag, "LekkPerson" + tag,
			"LekkKommentar" + tag, "LekkGrunn" + tag);

	final String reason = "LekkGrunn" + tag;

	OffsetDateTime start;

	UUID call;

	UUID application;

	UUID meeting;

	String otherApplicant;

	@Test
	void noMarkerLeaksToAnotherApplicantTheRecusedReviewerAnonymousOrTheOtherCluster() throws Exception {
		start = jdbc.sql("select now()").query(OffsetDateTime.class).single();
		plant();
		List<String> leaks = new ArrayList<>();
		try {
			for (String user : new String[] { otherApplicant, "fagfelle", null, "nord" }) {
				for (String path : paths()) {
					look(user, path, leaks);
				}
				for (String path : apiPaths()) {
					look(user, path, leaks);
				}
			}
			mail(leaks);
		}
		finally {
			jdbc.sql(
					"update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
				.param(start)
				.update();
		}
		assertThat(leaks).isEmpty();
	}

	/**
	 * The demo's closed call with weighted criteria (Samarbeidsmidler 2027, vurdering).
	 */
	static final String REVIEW_CALL = "f0d40000-0000-4000-8000-000000000002";

	/** The markers in place through the routes people use, where there is one. */
	void plant() throws Exception {
		call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id,
				    deadline, adopted_item_id, adopted_at, published_at, closed_at)
				select cluster_id, fund_id, 'Lekkasjeutlysning ' || ?, 'CLOSED', committee_body_id, deciding_body_id,
				    deadline, adopted_item_id, adopted_at, published_at, closed_at
				from funding_call where cluster_id = ? and id = ?::uuid
				returning id""").params(tag, ALREK, REVIEW_CALL).query(UUID.class).single();
		jdbc.sql("""
				insert into call_criterion (cluster_id, call_id, position, name, description, weight)
				select cluster_id, ?, position, name, description, weight from call_criterion
				where cluster_id = ? and call_id = ?::uuid""").params(call, ALREK, REVIEW_CALL).update();
		UUID soker = jdbc.sql("""
				select ap.id from applicant ap join account a on a.id = ap.account_id
				where a.cluster_id = ? and a.username = 'soker'""").param(ALREK).query(UUID.class).single();
		application = jdbc.sql("""
				insert into application (cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary,
				    status, submitted_at)
				values (?, ?, ?, ?, 'Sara Søkersen', 'sok@alrek.example.org', ?, 'SUBMITTED', now()) returning id""")
			.params(ALREK, call, soker, title, secrets.get(0))
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into application_organisation (cluster_id, application_id, organisation_id, role)
				select ?, ?, id, 'LEAD' from organisation where cluster_id = ? and name = 'Helse Bergen'""")
			.params(ALREK, application, ALREK)
			.update();
		jdbc.sql("""
				insert into application_budget_line (cluster_id, application_id, position, kind, description, amount)
				values (?, ?, 1, 'OPERATING', ?, 100000)""").params(ALREK, application, secrets.get(1)).update();
		jdbc.sql("""
				insert into application_person (cluster_id, application_id, role, name, email, project_role)
				values (?, ?, 'PARTICIPANT', ?, 'lekk-deltaker@example.org', ?)""")
			.params(ALREK, application, secrets.get(2), secrets.get(2))
			.update();

		// leder scores with a comment (saved, not submitted); fagfelle declares a
		// conflict in its own words
		for (String reviewer : List.of("leder", "fagfelle")) {
			String accountId = jdbc.sql("select id::text from account where cluster_id = ? and username = ?")
				.params(ALREK, reviewer)
				.query(String.class)
				.single();
			mvc.perform(
					post("/api/v1/funding/review-calls/" + call + "/assignments").with(httpBasic("sekretariat", "demo"))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"applicationId\":\"" + application + "\",\"accountId\":\"" + accountId + "\"}"))
				.andExpect(status().isCreated());
		}
		List<UUID> criteria = jdbc.sql("select id from call_criterion where call_id = ? order by position")
			.param(call)
			.query(UUID.class)
			.list();
		StringBuilder scores = new StringBuilder("{\"version\":0,\"scores\":[");
		for (int i = 0; i < criteria.size(); i++) {
			scores.append(i == 0 ? "" : ",")
				.append("{\"criterionId\":\"")
				.append(criteria.get(i))
				.append("\",\"score\":6,\"comment\":\"")
				.append(secrets.get(3))
				.append("\"}");
		}
		String saved = mvc
			.perform(put("/api/v1/funding/review/" + application + "/scores").with(httpBasic("leder", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(scores.append("]}").toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// submitted, so the committee's proposal ranks the application (its title is on
		// the agenda item, its score in the staff's and the body's view only)
		mvc.perform(post("/api/v1/funding/review/" + application + "/submit").with(httpBasic("leder", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + JsonPath.read(saved, "$.version") + "}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/funding/review/" + application + "/conflicts").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\"}")).andExpect(status().isNoContent());

		// the proposal on a meeting of the deciding body, which is then summoned (mail)
		// planned through the API, so the body's members are on its summons list
		String deciding = jdbc.sql("select deciding_body_id::text from funding_call where id = ?")
			.param(call)
			.query(String.class)
			.single();
		String planned = mvc
			.perform(post("/api/v1/meetings").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bodyId\":\"%s\",\"meetingDate\":\"%s\"}".formatted(deciding, TestYears.uniqueDay())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		meeting = UUID.fromString(JsonPath.read(planned, "$.id"));
		mvc.perform(post("/funding/review-calls/" + call + "/proposal").with(httpBasic("leder", "demo"))
			.with(csrf())
			.param("meetingId", meeting.toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/meetings/" + meeting + "/status").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\":\"SUMMONED\"}")).andExpect(status().isOk());

		// another applicant of the same cluster, with an application of its own
		otherApplicant = "lekksoker" + tag;
		UUID account = jdbc
			.sql("""
					insert into account (cluster_id, username, email, password_hash, applicant, reviewer)
					select cluster_id, ?, ?, password_hash, true, false from account where cluster_id = ? and username = 'soker'
					returning id""")
			.params(otherApplicant, otherApplicant + "@example.org", ALREK)
			.query(UUID.class)
			.single();
		jdbc.sql("insert into applicant (cluster_id, account_id, name, email) values (?, ?, 'Annen Søker', ?)")
			.params(ALREK, account, otherApplicant + "@example.org")
			.update();
	}

	List<String> paths() {
		String c = call.toString();
		String a = application.toString();
		String m = meeting.toString();
		return List.of("/", "/open-calls", "/open-calls/feed.atom", "/calls", "/calls/" + c,
				"/calls/" + c + "/applications", "/applications/mine", "/applications/" + a, "/funding/review",
				"/funding/review/" + a, "/funding/review-calls/" + c, "/meetings", "/meetings/" + m,
				"/meetings/" + m + "/summons.pdf", "/meetings/" + m + "/summons.docx", "/search?q=" + tag,
				"/tildelinger", "/awards", "/funds", "/spreadsheets/export.csv", "/spreadsheets/export.xlsx",
				"/settings/export/download", "/audit");
	}

	/**
	 * Every GET route of the API, with this test's ids put in for the path's variables.
	 */
	List<String> apiPaths() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		Set<String> found = new LinkedHashSet<>();
		for (var entry : paths.entrySet()) {
			if (!entry.getValue().containsKey("get") || !entry.getKey().startsWith("/api/v1/")) {
				continue;
			}
			String path = entry.getKey();
			if (!path.contains("{")) {
				found.add(path);
				continue;
			}
			for (UUID id : List.of(call, application, meeting)) {
				found.add(path.replaceAll("\\{[^}]+}", id.toString()));
			}
		}
		assertThat(found).as("the API lists the funding routes").anyMatch(p -> p.startsWith("/api/v1/applications"));
		return List.copyOf(found);
	}

	void look(String user, String path, List<String> leaks) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() >= 500) {
			leaks.add(path + " as " + user + ": " + response.getStatus());
			return;
		}
		String text = text(response.getContentType(), response.getContentAsByteArray());
		for (String marker : forbidden(user, path)) {
			if (text.contains(marker)) {
				leaks.add(marker + " in " + path + " as " + (user == null ? "anonymous" : user));
			}
		}
	}

	/**
	 * What this user must not read at this path: the secrets always; the title except in
	 * the public proposal (the meeting and its summons) and for the reviewer; the reason
	 * except for the reviewer who wrote it.
	 */
	List<String> forbidden(String user, String path) {
		List<String> forbidden = new ArrayList<>(secrets);
		boolean reviewer = "fagfelle".equals(user);
		if (reviewer) {
			forbidden.remove(reason);
		}
		else if (!path.startsWith("/meetings/" + meeting) && !path.startsWith("/api/v1/meetings/" + meeting)) {
			forbidden.add(title);
		}
		return forbidden;
	}

	void mail(List<String> leaks) throws Exception {
		Set<String> outsiders = Set.of((otherApplicant + "@example.org").toLowerCase(), "faf@alrek.example.org",
				"admin@nord.example.org");
		// the summons goes out to the deciding body; wait until all mail since the start
		// is
		// sent
		klynge.shared.Eventually.value("the summons of the proposal's meeting", () -> {
			sender.sendDue();
			return jdbc.sql("select status || ' ' || subject from mail_outbox where created_at >= ?")
				.param(start)
				.query(String.class)
				.list();
		}, sent -> sent.stream().allMatch(m -> m.startsWith("SENT") || m.startsWith("FAILED")));
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			String text = message.getSubject() + "\n" + GreenMailUtil.getWholeMessage(message) + "\n"
					+ attachments(message);
			boolean toOutsider = false;
			for (Address address : message.getAllRecipients()) {
				toOutsider |= outsiders.contains(address.toString().toLowerCase());
			}
			for (String marker : secrets) {
				if (text.contains(marker)) {
					leaks.add(marker + " in mail '" + message.getSubject() + "'");
				}
			}
			if (toOutsider && text.contains(title) && !message.getSubject().contains("nnkalling")) {
				leaks.add(title + " in mail to an outsider: " + message.getSubject());
			}
		}
	}

	/** The text of a message's PDF and other attachments, as a reader would see it. */
	static String attachments(MimeMessage message) throws Exception {
		StringBuilder text = new StringBuilder();
		if (message.getContent() instanceof jakarta.mail.Multipart multipart) {
			collect(multipart, text);
		}
		return text.toString();
	}

	private static void collect(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			Object content = part.getContent();
			if (content instanceof jakarta.mail.Multipart nested) {
				collect(nested, text);
			}
			else if (content instanceof String s) {
				text.append(s).append('\n');
			}
			else {
				byte[] bytes = part.getInputStream().readAllBytes();
				text.append(text(part.getContentType(), bytes)).append('\n');
			}
		}
	}

	/**
	 * What a reader sees: PDF and DOCX extracted, other zip files (XLSX) by their XML.
	 */
	static String text(String contentType, byte[] body) throws IOException {
		String type = contentType == null ? "" : contentType.toLowerCase();
		boolean zip = body.length > 1 && body[0] == 'P' && body[1] == 'K';
		if (zip && !type.contains("word")) {
			StringBuilder text = new StringBuilder();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(body))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
				}
			}
			return text.toString();
		}
		return ResponseText.of(contentType, body);
	}

}
