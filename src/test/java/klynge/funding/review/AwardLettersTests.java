package klynge.funding.review;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letters of a decided call through the outbox to GreenMail: each awarded
 * application's applicant and lead get its award letter (title, amount, vedtak,
 * conditions), every other submitted application a rejection; nobody else gets anything,
 * no letter holds another application's data, a score or a reviewer's comment; a second
 * sending sends nothing and says when they went.
 */
@KlyngeIntegrationTest
class AwardLettersTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final String NBSP = "\u00a0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxSender sender;

	ReviewFixtures fixtures;

	String tag;

	UUID call;

	UUID a;

	UUID b;

	UUID c;

	@BeforeEach
	void aClosedCallWithThreeApplications() {
		fixtures = new ReviewFixtures(jdbc);
		tag = UUID.randomUUID().toString().substring(0, 8);
		call = fixtures.newCall();
		a = application("Brev A " + tag, "Helse Bergen", "lead-a-" + tag + "@example.org");
		b = application("Brev B " + tag, "Bergen kommune", "lead-b-" + tag + "@example.org");
		c = application("Brev C " + tag, "Helse Bergen", "lead-c-" + tag + "@example.org");
		for (UUID application : List.of(a, b, c)) {
			fixtures.review(call, application, "leder", 5, "Hemmelig kommentar " + tag);
		}
	}

	@AfterEach
	void failWhatIsLeft() {
		// nothing of this test stays queued for another test's outbox run
		jdbc.sql("update mail_outbox set status = 'FAILED' where status <> 'SENT' and idempotency_key like ?")
			.param("award-letter:%")
			.update();
	}

	@Test
	void eachApplicationGetsItsOwnLetterOnceAndNobodyElseGetsOne() throws Exception {
		award(a, "150000", b, "100000");
		UUID item = jdbc.sql("""
				select item_id from meeting_item_v where cluster_id = ? and case_seq is not null
				order by meeting_date desc limit 1""").param(ReviewFixtures.ALREK).query(UUID.class).single();
		Map<String, Object> ref = jdbc.sql("select case_seq, case_year from meeting_item_v where item_id = ?")
			.param(item)
			.query()
			.singleRow();
		jdbc.sql("update funding_award set item_id = ? where call_id = ?").params(item, call).update();
		decide();

		String confirm = text(get(letters()).with(httpBasic("sekretariat", "demo")), 200);
		assertThat(confirm).contains("Du sender 2 tildelingsbrev og 1 avslag");
		mvc.perform(post(letters()).with(httpBasic("leder", "demo")).with(csrf())).andExpect(status().isForbidden());
		assertThat(queued()).isEmpty();

		mvc.perform(post(letters()).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("letters=sent"));

		List<Map<String, Object>> rows = queued();
		assertThat(rows).extracting(r -> r.get("recipient") + " " + r.get("subject"))
			.containsExactlyInAnyOrder("hbs@alrek.example.org Tildeling: Brev A " + tag,
					"lead-a-" + tag + "@example.org Tildeling: Brev A " + tag,
					"hbs@alrek.example.org Tildeling: Brev B " + tag,
					"lead-b-" + tag + "@example.org Tildeling: Brev B " + tag,
					"hbs@alrek.example.org Svar på søknaden: Brev C " + tag,
					"lead-c-" + tag + "@example.org Svar på søknaden: Brev C " + tag);
		String caseLabel = "sak %02d-%02d".formatted((Integer) ref.get("case_seq"),
				((Integer) ref.get("case_year")) % 100);
		for (Map<String, Object> row : rows) {
			String body = (String) row.get("body");
			String subject = (String) row.get("subject");
			assertThat(body).doesNotContain("Hemmelig", "5,00", "Sammendrag").contains(caseLabel);
			if (subject.endsWith("Brev A " + tag)) {
				assertThat(body)
					.contains("«Brev A " + tag + "»", "kr" + NBSP + "150" + NBSP + "000", "/calls/" + call,
							"Vilkår og rapportering")
					// the project's own report dates and its page (the projects'
					// DueDates)
					.containsPattern("Fremdriftsrapport leveres innen \\d\\d\\.\\d\\d\\.\\d{4} og sluttrapport innen "
							+ "\\d\\d\\.\\d\\d\\.\\d{4}, på prosjektsiden: \\S+/prosjekter/[0-9a-f-]{36}")
					.doesNotContain("Brev B", "Brev C", "100" + NBSP + "000", "lead-b", "lead-c");
			}
			else if (subject.endsWith("Brev B " + tag)) {
				assertThat(body).contains("kr" + NBSP + "100" + NBSP + "000")
					.doesNotContain("Brev A", "Brev C", "150" + NBSP + "000");
			}
			else {
				assertThat(body).contains("fikk dessverre ikke midler")
					.doesNotContain("Brev A", "Brev B", "kr" + NBSP, "/prosjekter/");
			}
		}

		// through SMTP: each lead gets exactly its one letter
		Eventually.until("the letters are delivered", () -> {
			sender.sendDue();
			return received("lead-c-" + tag + "@example.org").size() == 1
					&& received("lead-a-" + tag + "@example.org").size() == 1
					&& received("lead-b-" + tag + "@example.org").size() == 1;
		});
		assertThat(subject(received("lead-a-" + tag + "@example.org").getFirst()))
			.isEqualTo("Tildeling: Brev A " + tag);
		assertThat(subject(received("lead-c-" + tag + "@example.org").getFirst()))
			.isEqualTo("Svar på søknaden: Brev C " + tag);

		// a second click sends nothing and says when they were sent
		mvc.perform(post(letters()).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("letters=already"));
		assertThat(queued()).hasSize(6);
		String page = text(
				get("/funding/review-calls/" + call + "/awards?letters=already").with(httpBasic("sekretariat", "demo")),
				200);
		assertThat(page).contains("Brevene ble sendt", "Sendt ", "2 tildelingsbrev og 1 avslag");
		assertThat(jdbc
			.sql("select sent_by || ' ' || awards || ' ' || rejections from funding_award_letters where call_id = ?")
			.param(call)
			.query(String.class)
			.single()).isEqualTo("sekretariat 2 1");
		assertThat(received("lead-a-" + tag + "@example.org")).hasSize(1);
	}

	@Test
	void noLettersBeforeTheCallIsDecided() throws Exception {
		award(a, "150000", b, "100000");
		String refused = text(post(letters()).with(httpBasic("sekretariat", "demo")).with(csrf()), 422);
		assertThat(refused).contains("Brevene kan sendes når utlysningen er markert som vedtatt.");
		assertThat(queued()).isEmpty();
		String api = text(
				post("/api/v1/funding/review-calls/" + call + "/letters").with(httpBasic("sekretariat", "demo"))
					.with(csrf()),
				422);
		assertThat(api).contains("vedtatt");
		assertThat(queued()).isEmpty();
	}

	@Test
	void eachLetterIsWrittenInTheApplicantsLanguage() throws Exception {
		award(a, "150000", b, "100000");
		decide();
		jdbc.sql("update account set preferred_language = 'nn' where username = 'soker2'").update();
		try {
			mvc.perform(post("/api/v1/funding/review-calls/" + call + "/letters").with(httpBasic("sekretariat", "demo"))
				.with(csrf())).andExpect(status().isOk());
		}
		finally {
			jdbc.sql("update account set preferred_language = null where username = 'soker2'").update();
		}
		assertThat(queued()).extracting(r -> (String) r.get("body"))
			.hasSize(6)
			.allMatch(body -> body.contains("Med venleg helsing"));
		assertThat(queued()).extracting(r -> (String) r.get("subject"))
			.contains("Svar på søknaden: Brev C " + tag, "Tildeling: Brev A " + tag);
		String again = text(
				post("/api/v1/funding/review-calls/" + call + "/letters").with(httpBasic("sekretariat", "demo"))
					.with(csrf()),
				200);
		assertThat(again).contains("\"sentNow\":false", "\"awards\":2", "\"rejections\":1");
		assertThat(queued()).hasSize(6);
	}

	private UUID application(String title, String lead, String leadEmail) {
		UUID id = fixtures.newApplication(call, title, "Sammendrag " + title, lead);
		jdbc.sql("update application set lead_email = ? where id = ?").params(leadEmail, id).update();
		return id;
	}

	private void award(UUID first, String amountFirst, UUID second, String amountSecond) throws Exception {
		mvc.perform(post("/funding/review-calls/" + call + "/awards").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("amount_" + first, amountFirst)
			.param("amount_" + second, amountSecond)).andExpect(status().is3xxRedirection());
	}

	private void decide() throws Exception {
		mvc.perform(
				post("/funding/review-calls/" + call + "/decided").with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private String letters() {
		return "/funding/review-calls/" + call + "/letters";
	}

	private List<Map<String, Object>> queued() {
		return jdbc.sql("""
				select recipient, subject, body from mail_outbox
				where idempotency_key like 'award-letter:%' and split_part(idempotency_key, ':', 2) in (?, ?, ?)""")
			.params(a.toString(), b.toString(), c.toString())
			.query()
			.listOfRows();
	}

	private static List<MimeMessage> received(String to) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(to));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private String text(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
