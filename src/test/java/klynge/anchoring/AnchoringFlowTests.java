package klynge.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import klynge.shared.SecretTokens;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anchoring end to end with GreenMail: one mail per partner with a personal link, the
 * representative logs in from the link and answers, declines need a comment, a second
 * answer is refused, the subject is anchored only when all have confirmed (the event
 * once), reminders only to the unanswered and once a day, tokens nowhere but in the mail,
 * and nobody else (another member, the secretariat, the other cluster) answers.
 */
@KlyngeIntegrationTest
@RecordApplicationEvents
class AnchoringFlowTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/anchoring/link/([A-Za-z0-9_-]{43}))");

	static final String MH = "mh@alrek.example.org"; // leder, Universitetet i Bergen

	static final String GY = "gy@alrek.example.org"; // medlem, Høgskulen på Vestlandet

	static final String EH = "eh@alrek.example.org"; // Helse Bergen, no account

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Anchorings anchorings;

	@Autowired
	AnchoringReminders reminders;

	@Autowired
	Clusters clusters;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void oneMailPerPartnerAndTheRepresentativeAnswersFromTheLinkAfterLoggingIn() throws Exception {
		Opened opened = open("uib-hvl-hb", LocalDate.now().plusDays(14), "Universitetet i Bergen",
				"Høgskulen på Vestlandet", "Helse Bergen");
		Map<String, List<String>> links = linksByRecipient(opened.title());
		assertThat(links).containsOnlyKeys(MH, GY, EH);
		assertThat(links.values()).allSatisfy(list -> assertThat(list).hasSize(1));
		assertThat(links.get(MH).getFirst()).isNotEqualTo(links.get(GY).getFirst());
		assertThat(opened.anchoring().requests()).allSatisfy(r -> assertThat(r.sentAt()).isNotNull());
		String link = links.get(MH).getFirst();
		UUID uib = requestOf(opened, "Universitetet i Bergen");

		// Anonymous: to the login page; after logging in as leder, back to the link and
		// on
		// to the request's page, whose address carries no token.
		MockHttpSession session = new MockHttpSession();
		MvcResult first = mvc.perform(get(link).session(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(first.getResponse().getRedirectedUrl()).endsWith("/login");
		String back = mvc
			.perform(post("/login").session(session).with(csrf()).param("username", "leder").param("password", "demo"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(back).contains(link);
		String target = mvc.perform(get(back).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(target).isEqualTo("/anchoring/request/" + uib);
		String page = mvc.perform(get(target).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(opened.title(), "Du svarer for Universitetet i Bergen", "Send svaret")
			.doesNotContain(token(link));

		// Someone else logged in gets 403, never the content; the other cluster 404.
		for (String other : List.of("medlem", "sekretariat", "admin", "observator", "soker")) {
			mvc.perform(get(link).with(httpBasic(other, "demo"))).andExpect(status().isForbidden());
			mvc.perform(get(target).with(httpBasic(other, "demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(get(link).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get(target).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());

		// Another member of the cluster cannot answer for UiB, by page or API.
		mvc.perform(
				post(target + "/answer").with(httpBasic("medlem", "demo")).with(csrf()).param("choice", "CONFIRMED"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", uib).with(httpBasic("medlem", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"CONFIRMED\"}")).andExpect(status().isForbidden());
		mvc.perform(post(target + "/answer").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("choice", "CONFIRMED")).andExpect(status().isForbidden());
		assertThat(answerOf(uib)).isNull();

		// The representative confirms.
		mvc.perform(post(target + "/answer").session(session).with(csrf()).param("choice", "CONFIRMED"))
			.andExpect(status().is3xxRedirection());
		assertThat(answerOf(uib)).isEqualTo("CONFIRMED");

		// A second answer is refused with 409, the typed text shown back, the first kept.
		String refused = mvc
			.perform(post(target + "/answer").session(session)
				.with(csrf())
				.param("choice", "DECLINED")
				.param("comment", "Vi angrer oss likevel"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("allerede besvart", "Vi angrer oss likevel");
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", uib).with(httpBasic("leder", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"DECLINED\",\"comment\":\"nei\"}")).andExpect(status().isConflict());
		assertThat(answerOf(uib)).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select answer_comment from anchoring_request where id = ?")
			.param(uib)
			.query(String.class)
			.optional()).isEmpty();

		// The used link: 410.
		mvc.perform(get(link).session(session)).andExpect(status().isGone());

		// The tracking table: one row per partner; not anchored with two open.
		String tracking = mvc.perform(get("/anchoring/{id}", opened.anchoring().id()).with(httpBasic("leder", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tracking).contains("Margareth Hagen", "Gunnar Yttri", "Eivind Hansen", "bekreftet", "ikke svart",
				"1 av 3 har bekreftet", "ikke forankret ennå");
	}

	@Test
	void aDeclineNeedsACommentAndTheCaseSaysWhoDeclined() throws Exception {
		Opened opened = open("decline", LocalDate.now().plusDays(14), "Universitetet i Bergen",
				"Høgskulen på Vestlandet");
		UUID hvl = requestOf(opened, "Høgskulen på Vestlandet");
		String page = mvc
			.perform(post("/anchoring/request/{id}/answer", hvl).with(httpBasic("medlem", "demo"))
				.with(csrf())
				.param("choice", "DECLINED")
				.param("comment", "  "))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Skriv hvorfor dere avslår.");
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", hvl).with(httpBasic("medlem", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"DECLINED\"}")).andExpect(status().isUnprocessableContent());
		assertThat(answerOf(hvl)).isNull();

		// A comment first keeps the request open; then the decline with its reason.
		mvc.perform(post("/anchoring/request/{id}/answer", hvl).with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("choice", "COMMENT")
			.param("comment", "Vi tar det opp i ledermøtet.")).andExpect(status().is3xxRedirection());
		assertThat(answerOf(hvl)).isNull();
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", hvl).with(httpBasic("medlem", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"DECLINED\",\"comment\":\"For dyrt for HVL i 2022.\"}"))
			.andExpect(status().isCreated());
		assertThat(answerOf(hvl)).isEqualTo("DECLINED");

		String tracking = mvc
			.perform(get("/anchoring/{id}", opened.anchoring().id()).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tracking).contains("avslått av Høgskulen på Vestlandet", "For dyrt for HVL i 2022.",
				"Vi tar det opp i ledermøtet.");
		assertThat(
				ClusterScope.call(ALREK, () -> anchorings.forSubject("budget", opened.subject())).orElseThrow().state())
			.isEqualTo(AnchoringState.DECLINED);
	}

	@Test
	void anchoredOnlyWhenEveryPartnerConfirmedAndTheEventGoesOutOnce() throws Exception {
		Opened opened = open("anchored", LocalDate.now().plusDays(14), "Universitetet i Bergen",
				"Høgskulen på Vestlandet");
		events.clear();
		mvc.perform(post("/anchoring/request/{id}/answer", requestOf(opened, "Universitetet i Bergen"))
			.with(httpBasic("leder", "demo"))
			.with(csrf())
			.param("choice", "CONFIRMED")).andExpect(status().is3xxRedirection());
		assertThat(anchoring(opened).anchored()).isFalse();
		assertThat(events.stream(SubjectAnchored.class)).isEmpty();

		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", requestOf(opened, "Høgskulen på Vestlandet"))
			.with(httpBasic("medlem", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"CONFIRMED\"}")).andExpect(status().isCreated());
		AnchoringCase anchored = anchoring(opened);
		assertThat(anchored.anchored()).isTrue();
		assertThat(anchored.anchoredAt()).isNotNull();
		assertThat(events.stream(SubjectAnchored.class))
			.containsExactly(new SubjectAnchored(ALREK, "budget", opened.subject()));

		// Nothing can publish it again: answers are refused, and the list says
		// "forankret".
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", requestOf(opened, "Høgskulen på Vestlandet"))
			.with(httpBasic("medlem", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"CONFIRMED\"}")).andExpect(status().isConflict());
		assertThat(events.stream(SubjectAnchored.class)).hasSize(1);
		String list = mvc.perform(get("/anchoring").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(opened.title(), "forankret", "2 av 2 har bekreftet");
	}

	@Test
	void remindersGoOnlyToThoseWhoHaveNotAnsweredAndNeverTwiceADay() throws Exception {
		Opened opened = open("reminders", LocalDate.now().plusDays(2), "Universitetet i Bergen",
				"Høgskulen på Vestlandet", "Helse Bergen");
		linksByRecipient(opened.title()); // the requests themselves
		mvc.perform(post("/anchoring/request/{id}/answer", requestOf(opened, "Universitetet i Bergen"))
			.with(httpBasic("leder", "demo"))
			.with(csrf())
			.param("choice", "CONFIRMED")).andExpect(status().is3xxRedirection());

		// The button: a confirmation page naming who gets one, then the mails.
		String confirmation = mvc
			.perform(post("/anchoring/{id}/reminders", opened.anchoring().id()).with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains("Gunnar Yttri", "Eivind Hansen", "Ja, send 2 påminnelse(r)")
			.doesNotContain("Margareth Hagen");
		assertThat(linksByRecipient(opened.title())).isEmpty();
		mvc.perform(post("/anchoring/{id}/reminders", opened.anchoring().id()).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		Map<String, List<String>> reminded = linksByRecipient(opened.title());
		assertThat(reminded).containsOnlyKeys(GY, EH);
		assertThat(reminded.values()).allSatisfy(list -> assertThat(list).hasSize(1));

		// Again the same day, by the button, the API or the daily job: nothing more.
		mvc.perform(post("/anchoring/{id}/reminders", opened.anchoring().id()).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/anchoring/{id}/reminders", opened.anchoring().id())
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		reminders.remind(clusters.get(ALREK), today);
		assertThat(linksByRecipient(opened.title())).isEmpty();

		// The job, three days on: the two who still have not answered, once.
		LocalDate later = today.plusDays(3);
		reminders.remind(clusters.get(ALREK), later);
		reminders.remind(clusters.get(ALREK), later);
		Map<String, List<String>> byJob = linksByRecipient(opened.title());
		assertThat(byJob).containsOnlyKeys(GY, EH);
		assertThat(byJob.values()).allSatisfy(list -> assertThat(list).hasSize(1));

		// Recorded: two days for each unanswered, none for UiB; the table shows them.
		assertThat(jdbc.sql("""
				select count(*) from anchoring_reminder m join anchoring_request r on r.id = m.request_id
				where r.case_id = ?""").param(opened.anchoring().id()).query(Long.class).single()).isEqualTo(4);
		assertThat(anchoring(opened).requests()).allSatisfy(
				r -> assertThat(r.reminders()).hasSize(r.organisationName().equals("Universitetet i Bergen") ? 0 : 2));
	}

	@Test
	void tokensAppearInNoPageApiAnswerOutboxExportOrAuditLog() throws Exception {
		Opened opened = open("tokens", LocalDate.now().plusDays(14), "Universitetet i Bergen",
				"Høgskulen på Vestlandet");
		List<String> tokens = new ArrayList<>();
		linksByRecipient(opened.title()).values().forEach(list -> list.forEach(link -> tokens.add(token(link))));
		mvc.perform(post("/anchoring/{id}/reminders", opened.anchoring().id()).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("confirm", "true")).andExpect(status().is3xxRedirection());
		linksByRecipient(opened.title()).values().forEach(list -> list.forEach(link -> tokens.add(token(link))));
		assertThat(tokens).hasSize(4);

		UUID uib = requestOf(opened, "Universitetet i Bergen");
		List<String> outputs = new ArrayList<>();
		outputs.add(body(get("/anchoring/{id}", opened.anchoring().id()), "sekretariat"));
		outputs.add(body(get("/anchoring"), "sekretariat"));
		outputs.add(body(get("/anchoring/request/{id}", uib), "leder"));
		outputs.add(body(get("/anchoring/mine"), "leder"));
		outputs.add(body(get("/api/v1/anchoring/{id}", opened.anchoring().id()), "sekretariat"));
		outputs.add(body(get("/api/v1/anchoring"), "leder"));
		outputs.add(body(get("/api/v1/anchoring/mine"), "medlem"));
		outputs.add(body(get("/mail/outbox"), "sekretariat"));
		outputs.add(body(get("/api/v1/export"), "admin"));
		outputs.add(body(get("/audit"), "admin"));
		outputs.add(jdbc.sql("select coalesce(string_agg(before::text || ' ' || after::text, ' '), '') from audit_log")
			.query(String.class)
			.single());
		outputs
			.add(jdbc.sql("select coalesce(string_agg(body, ' '), '') from mail_outbox").query(String.class).single());
		assertThat(outputs.get(7)).contains("[lenke skjult]");
		for (String token : tokens) {
			assertThat(outputs).noneSatisfy(output -> assertThat(output).contains(token));
			assertThat(outputs.get(10)).doesNotContain(SecretTokens.hash(token));
		}
	}

	@Test
	void theOtherClusterFindsNeitherTheCasesNorTheLinks() throws Exception {
		Opened opened = open("nord", LocalDate.now().plusDays(14), "Universitetet i Bergen");
		String link = linksByRecipient(opened.title()).get(MH).getFirst();
		UUID uib = requestOf(opened, "Universitetet i Bergen");
		mvc.perform(get("/anchoring/{id}", opened.anchoring().id()).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/anchoring/{id}", opened.anchoring().id()).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/anchoring/request/{id}", uib).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get(link).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", uib).with(httpBasic("nord", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"CONFIRMED\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/anchoring/{id}/reminders", opened.anchoring().id()).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		assertThat(body(get("/api/v1/anchoring"), "nord")).doesNotContain(opened.title());
		assertThat(body(get("/anchoring"), "nord")).doesNotContain(opened.title());
		assertThat(answerOf(uib)).isNull();
	}

	@Test
	void aPartnerWithoutARepresentativeIsShownAndTheSecretariatChoosesOne() throws Exception {
		// Vestland fylkeskommune has no seat of its own in Partnermøtet.
		Opened opened = open("representative", LocalDate.now().plusDays(14), "Vestland fylkeskommune",
				"Universitetet i Bergen");
		Map<String, List<String>> sent = linksByRecipient(opened.title());
		assertThat(sent).containsOnlyKeys(MH);
		UUID vlfk = requestOf(opened, "Vestland fylkeskommune");
		assertThat(body(get("/anchoring/{id}", opened.anchoring().id()), "sekretariat"))
			.contains("mangler representant");

		UUID lm = person("LM");
		mvc.perform(post("/anchoring/request/{id}/representative", vlfk).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("personId", lm.toString())).andExpect(status().is3xxRedirection());
		assertThat(linksByRecipient(opened.title())).containsOnlyKeys("lm@alrek.example.org");
		assertThat(body(get("/anchoring/{id}", opened.anchoring().id()), "sekretariat")).contains("Lathamini Murugesh",
				"(valgt av sekretariatet)");

		// Choosing someone else for UiB ends the old link (410) and mails the new one.
		UUID uib = requestOf(opened, "Universitetet i Bergen");
		String old = sent.get(MH).getFirst();
		mvc.perform(post("/anchoring/request/{id}/representative", uib).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("personId", person("GY").toString())).andExpect(status().is3xxRedirection());
		assertThat(linksByRecipient(opened.title())).containsOnlyKeys(GY);
		mvc.perform(get(old).with(httpBasic("leder", "demo"))).andExpect(status().isForbidden());
		mvc.perform(post("/anchoring/request/{id}/representative", uib).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("personId", person("MH").toString())).andExpect(status().is3xxRedirection());
		String fresh = linksByRecipient(opened.title()).get(MH).getFirst();
		mvc.perform(get(old).with(httpBasic("leder", "demo"))).andExpect(status().isGone());
		mvc.perform(get(fresh).with(httpBasic("leder", "demo"))).andExpect(status().is3xxRedirection());

		// Withdrawn: its links answer 410, an answer is refused, and it no longer counts.
		mvc.perform(post("/anchoring/request/{id}/withdraw", uib).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(fresh).with(httpBasic("leder", "demo"))).andExpect(status().isGone());
		mvc.perform(post("/api/v1/anchoring/request/{id}/answer", uib).with(httpBasic("leder", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"CONFIRMED\"}")).andExpect(status().isGone());
		assertThat(answerOf(uib)).isNull();
		assertThat(anchoring(opened).active()).extracting(PartnerRequest::organisationName)
			.containsExactly("Vestland fylkeskommune");
	}

	@Test
	void badInputToOpenIsAClearRuleNotA500() {
		UUID uib = organisation("Universitetet i Bergen");
		AnchoringSubject evil = new AnchoringSubject("budget", UUID.randomUUID(), "Ond", "javascript:alert(1)");
		assertThat(ruleOf(() -> anchorings.open(evil, List.of(uib), LocalDate.now())))
			.isEqualTo("anchoring.subject.path");
		AnchoringSubject external = new AnchoringSubject("budget", UUID.randomUUID(), "Ond", "//evil.example.org/");
		assertThat(ruleOf(() -> anchorings.open(external, List.of(uib), LocalDate.now())))
			.isEqualTo("anchoring.subject.path");
		AnchoringSubject fine = new AnchoringSubject("budget", UUID.randomUUID(), "Fin", "/budgets/x");
		assertThat(ruleOf(() -> anchorings.open(fine, List.of(), LocalDate.now())))
			.isEqualTo("anchoring.partners.required");
		ClusterScope.run(ALREK, () -> anchorings.open(fine, List.of(uib), LocalDate.now()));
		assertThat(ruleOf(() -> anchorings.open(fine, List.of(uib), LocalDate.now())))
			.isEqualTo("anchoring.alreadyOpen");
	}

	// --- helpers ---

	record Opened(UUID subject, String title, AnchoringCase anchoring) {
	}

	private Opened open(String name, LocalDate answerBy, String... partners) {
		UUID subject = UUID.randomUUID();
		String title = "Budsjett test " + name + " " + subject.toString().substring(0, 8);
		List<UUID> organisations = java.util.Arrays.stream(partners).map(this::organisation).toList();
		AnchoringCase anchoring = ClusterScope.call(ALREK, () -> anchorings
			.open(new AnchoringSubject("budget", subject, title, "/budgets/" + subject), organisations, answerBy));
		return new Opened(subject, title, anchoring);
	}

	private AnchoringCase anchoring(Opened opened) {
		return ClusterScope.call(ALREK, () -> anchorings.forSubject("budget", opened.subject())).orElseThrow();
	}

	private static UUID requestOf(Opened opened, String organisation) {
		return opened.anchoring()
			.requests()
			.stream()
			.filter(r -> r.organisationName().equals(organisation))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private UUID organisation(String name) {
		return jdbc.sql("select id from organisation where cluster_id = ? and name = ?")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	private UUID person(String code) {
		return jdbc.sql("select id from person where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(UUID.class)
			.single();
	}

	private String answerOf(UUID requestId) {
		return jdbc.sql("select answer from anchoring_request where id = ?")
			.param(requestId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String ruleOf(Runnable work) {
		try {
			ClusterScope.run(ALREK, work);
			return "no rule";
		}
		catch (klynge.shared.RuleViolation violation) {
			return violation.messageKey();
		}
	}

	private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/**
	 * The links of the mails about this title sent since the last call (by recipient);
	 * the mailbox is emptied.
	 */
	private Map<String, List<String>> linksByRecipient(String title) throws Exception {
		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
		greenMail.purgeEmailFromAllMailboxes();
		Map<String, List<String>> links = new java.util.TreeMap<>();
		for (MimeMessage mail : sent) {
			if (!mail.getSubject().contains(title)) {
				continue;
			}
			Matcher matcher = LINK.matcher((String) mail.getContent());
			assertThat(matcher.find()).as("a link in the mail to %s", MailMarker.to(mail)).isTrue();
			links.computeIfAbsent(MailMarker.to(mail), to -> new ArrayList<>()).add(matcher.group(1));
		}
		return links;
	}

}
