package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterMember;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts across clusters, followed from the request to every place the data comes out:
 * the mail (GreenMail), the outbox page, the export and the audit log. Usernames are
 * unique per cluster; a reset asked for on one cluster's host never touches another
 * cluster's account, and no invitation or reset link can be read anywhere but in the mail
 * itself.
 */
@KlyngeIntegrationTest
class AccountFlowTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	static final String NORD_HOST = "nord.klynge.test";

	static final Pattern LINK = Pattern
		.compile("http://localhost:8080(/(?:password/reset|invitation)/([A-Za-z0-9_-]{43}))");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	/**
	 * The mails sent so far: a marker queued now has arrived, so nothing queued before is
	 * still on its way.
	 */
	List<MimeMessage> allSentSoFar() {
		return MailMarker.allSentSoFar(mailer, sender, greenMail, ALREK);
	}

	@BeforeEach
	void nordHasItsOwnHost() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		jdbc.sql("update cluster set host_name = ? where id = ?").params(NORD_HOST, NORD).update();
	}

	@AfterEach
	void sharedHostAgain() {
		jdbc.sql("update cluster set host_name = null where id = ?").param(NORD).update();
	}

	static RequestPostProcessor onNordsHost() {
		return request -> {
			request.setServerName(NORD_HOST);
			return request;
		};
	}

	UUID account(UUID cluster, String username) {
		return jdbc.sql("select id from account where cluster_id = ? and username = ?")
			.params(cluster, username)
			.query(UUID.class)
			.single();
	}

	long tokens(UUID accountId) {
		return jdbc.sql("select count(*) from account_token where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	long outbox(String recipient) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	String email(UUID accountId) {
		return jdbc.sql("select email from account where id = ?").param(accountId).query(String.class).single();
	}

	@Test
	void aResetForNordAskedOnAlreksHostTouchesNothingOfNord() throws Exception {
		UUID nord = account(NORD, "nord");
		long tokensBefore = tokens(nord);
		long mailsBefore = outbox(email(nord));

		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", "nord")).andExpect(status().isOk());
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", email(nord)))
			.andExpect(status().isOk());

		assertThat(tokens(nord)).as("no reset link for Nord's administrator").isEqualTo(tokensBefore);
		assertThat(outbox(email(nord))).as("nothing in any outbox").isEqualTo(mailsBefore);
		assertThat(allSentSoFar()).isEmpty();
		mvc.perform(get("/api/v1/export").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		assertThat(export("admin")).doesNotContain(email(nord));
		mvc.perform(formLogin("/login").user("nord").password("demo")).andExpect(authenticated().withUsername("nord"));
	}

	@Test
	void onNordsHostTheResetMailGoesOutFromNordAndItsLinkIsReadableNowhereElse() throws Exception {
		UUID nord = account(NORD, "nord");
		String address = email(nord);

		mvc.perform(post("/password/forgotten").with(onNordsHost()).with(csrf()).param("identifier", "nord"))
			.andExpect(status().isOk());

		String token = tokenFrom(onlyMailTo(address));
		assertThat(jdbc.sql("select cluster_id from mail_outbox where recipient = ? order by created_at desc limit 1")
			.param(address)
			.query(UUID.class)
			.single()).as("the mail belongs to Nord").isEqualTo(NORD);
		assertLinkReadableNowhere(token, "nord");
		assertLinkReadableNowhere(token, "admin");
	}

	@Test
	void theQualifiedNameAsksForNordsResetOnTheSharedHost() throws Exception {
		UUID nord = account(NORD, "nord");
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", "nord@nord"))
			.andExpect(status().isOk());

		String token = tokenFrom(onlyMailTo(email(nord)));
		assertThat(jdbc.sql("select cluster_id from mail_outbox where recipient = ? order by created_at desc limit 1")
			.param(email(nord))
			.query(UUID.class)
			.single()).isEqualTo(NORD);
		assertLinkReadableNowhere(token, "admin");
	}

	@Test
	void nordLoggedInCannotAskForAlreksAdministratorsReset() throws Exception {
		UUID admin = account(ALREK, "admin");
		long before = tokens(admin);

		mvc.perform(
				post("/password/forgotten").with(httpBasic("nord", "demo")).with(csrf()).param("identifier", "admin"))
			.andExpect(status().isOk());
		mvc.perform(post("/password/forgotten").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("identifier", email(admin))).andExpect(status().isOk());

		assertThat(tokens(admin)).isEqualTo(before);
		assertThat(allSentSoFar()).isEmpty();
	}

	@Test
	void anInvitationLinkIsReadableOnlyInTheMail() throws Exception {
		String username = "flyt." + System.nanoTime() % 1_000_000_000L;
		String address = username + "@alrek.example.org";
		mvc.perform(post("/accounts").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("email", address)
			.param("username", username)).andExpect(redirectedUrl("/accounts"));

		String token = tokenFrom(onlyMailTo(address));
		assertThat(jdbc.sql("select body from mail_outbox where recipient = ?")
			.param(address)
			.query(String.class)
			.single()).contains("[lenke skjult]");
		assertLinkReadableNowhere(token, "admin");
		mvc.perform(get("/invitation/{token}", token)).andExpect(status().isOk());
	}

	@Test
	void theExportCarriesNoPasswordHashes() throws Exception {
		String export = export("admin");
		assertThat(export).contains("\"account\":[").doesNotContain("password_hash").doesNotContain("{bcrypt}");
	}

	@Test
	void nordsAdministratorMayGiveAUsernameAlrekAlreadyUses() throws Exception {
		try {
			mvc.perform(post("/accounts").with(httpBasic("nord", "demo"))
				.with(csrf())
				.param("email", "medlem@nord.example.org")
				.param("username", "medlem")).andExpect(redirectedUrl("/accounts"));
			assertThat(jdbc.sql("select cluster_id from account where username = 'medlem' order by cluster_id")
				.query(UUID.class)
				.list()).containsExactlyInAnyOrder(ALREK, NORD);

			// On the shared host "medlem" is still Alrek's (the default cluster); Nord's
			// needs its name.
			mvc.perform(formLogin("/login").user("medlem").password("demo"))
				.andExpect(authenticated()
					.withAuthentication(auth -> assertThat(clusterOf(auth.getPrincipal())).isEqualTo(ALREK)));
			mvc.perform(formLogin("/login").user("medlem@alrek").password("demo"))
				.andExpect(authenticated().withUsername("medlem"));
			loginOnNordsHost("medlem").andExpect(unauthenticated());
			// And Nord's administrator logs in on Nord's host with the plain name, on any
			// host qualified.
			loginOnNordsHost("nord").andExpect(authenticated().withUsername("nord"));
			loginOnNordsHost("admin").andExpect(unauthenticated());
			mvc.perform(get("/api/v1/export").with(httpBasic("nord@nord", "demo"))).andExpect(status().isOk());
		}
		finally {
			jdbc.sql("delete from account where cluster_id = ? and username = 'medlem'").param(NORD).update();
		}
	}

	private static UUID clusterOf(Object principal) {
		return ((ClusterMember) principal).clusterId();
	}

	/**
	 * The link's token is in none of the places a cluster's staff (or another cluster)
	 * can read.
	 */
	private void assertLinkReadableNowhere(String token, String administrator) throws Exception {
		String outboxPage = mvc.perform(get("/mail/outbox").with(httpBasic(administrator, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(outboxPage).doesNotContain(token);
		assertThat(export(administrator)).doesNotContain(token);
		assertThat(jdbc
			.sql("select count(*) from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like ?")
			.param("%" + token + "%")
			.query(Long.class)
			.single()).as("audit log rows with the token").isZero();
		assertThat(jdbc.sql("select count(*) from mail_outbox where body like ? or subject like ?")
			.params("%" + token + "%", "%" + token + "%")
			.query(Long.class)
			.single()).isZero();
	}

	private String export(String administrator) throws Exception {
		return mvc.perform(get("/api/v1/export").with(httpBasic(administrator, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MimeMessage onlyMailTo(String address) throws Exception {
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).as("a mail arrived").isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly(address);
		return received[0];
	}

	private static String tokenFrom(MimeMessage mail) throws Exception {
		Matcher matcher = LINK.matcher((String) mail.getContent());
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(2);
	}

	private ResultActions loginOnNordsHost(String username) throws Exception {
		return mvc.perform(
				post("/login").with(onNordsHost()).with(csrf()).param("username", username).param("password", "demo"));
	}

}
