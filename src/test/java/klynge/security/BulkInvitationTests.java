package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import klynge.KlyngeIntegrationTest;
import klynge.mail.MailMarker;
import klynge.mail.Mailer;
import klynge.mail.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inviting a body's members in bulk, end to end with GreenMail: one mail per person with
 * a working link, people without an address listed and not mailed, active accounts
 * skipped, the confirmation step, resend, withdraw, the same key sending nothing twice,
 * and the other cluster kept out.
 */
@KlyngeIntegrationTest
class BulkInvitationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitation/([A-Za-z0-9_-]{43}))");

	static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxSender sender;

	/**
	 * A fresh body of Alrek: two people with an address, one without, and GY (active
	 * account "medlem").
	 */
	record Fixture(UUID body, String name, UUID anna, String annaEmail, UUID bo, String boEmail, UUID cato, UUID gy) {
	}

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void everyMemberWithAnAddressGetsOneMailWithTheirOwnWorkingLinkAfterTheConfirmation() throws Exception {
		Fixture f = fixture();
		// The page: everyone with an address chosen, the active account shown, the one
		// without an address listed apart with a way to add it.
		String page = mvc.perform(get("/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Anna " + f.name(), f.annaEmail(), "Bo " + f.name(), "Gunnar Yttri")
			.contains("value=\"" + f.anna() + "\"", "value=\"" + f.bo() + "\"")
			.doesNotContain("name=\"personId\" value=\"" + f.gy() + "\"")
			.contains("Uten e-postadresse", "Cato " + f.name(), "/people/" + f.cato() + "/edit")
			.contains("aktiv", "ingen konto");

		// Without confirm: the confirmation page says who gets mail; nothing is sent.
		String confirmation = mvc
			.perform(post("/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo"))
				.with(csrf())
				.param("personId", f.anna().toString(), f.bo().toString(), f.cato().toString(), f.gy().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains("Send invitasjoner?", "Ny konto og invitasjon (2)", f.annaEmail(),
				f.boEmail(), "Hoppes over (1)", "Uten e-postadresse, får ingen e-post (1)", "Ja, send 2 e-post(er)");
		assertThat(sentSoFar()).isEmpty();
		assertThat(accountOf(f.anna())).isNull();
		String key = match(confirmation, KEY);

		mvc.perform(post("/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("personId", f.anna().toString(), f.bo().toString(), f.cato().toString(), f.gy().toString())
			.param("key", key)
			.param("confirm", "true"))
			.andExpect(redirectedUrl("/accounts/invitations?body=" + f.body()))
			.andExpect(flash().attribute("flash", "invitation.sent"));

		Map<String, List<MimeMessage>> mails = byRecipient(sentSoFar());
		assertThat(mails.keySet()).containsExactlyInAnyOrder(f.annaEmail(), f.boEmail());
		assertThat(mails.get(f.annaEmail())).hasSize(1);
		assertThat(mails.get(f.boEmail())).hasSize(1);
		String annaLink = match((String) mails.get(f.annaEmail()).getFirst().getContent(), LINK);
		String boLink = match((String) mails.get(f.boEmail()).getFirst().getContent(), LINK);
		assertThat(annaLink).isNotEqualTo(boLink);

		// A second click on the confirmation (the same key) sends nothing.
		mvc.perform(post("/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("personId", f.anna().toString(), f.bo().toString())
			.param("key", key)
			.param("confirm", "true")).andExpect(flash().attribute("flash", "invitation.alreadySent"));
		assertThat(sentSoFar()).isEmpty();

		// Anna follows her link, chooses a password and logs in.
		String username = jdbc.sql("select username from account where person_id = ?")
			.param(f.anna())
			.query(String.class)
			.single();
		mvc.perform(get(annaLink)).andExpect(status().isOk()).andExpect(content().string(containsString(username)));
		mvc.perform(
				post(annaLink).with(csrf()).param("password", "et langt passord").param("repeat", "et langt passord"))
			.andExpect(redirectedUrl("/login?activated"));
		mvc.perform(formLogin("/login").user(username).password("et langt passord"))
			.andExpect(authenticated().withUsername(username));

		// The overview: Anna accepted, Bo invited today and not yet answered.
		mvc.perform(get("/api/v1/invitations").param("body", f.body().toString()).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.personId == '%s')].state", f.anna()).value(hasItem("ACTIVE")))
			.andExpect(jsonPath("$[?(@.personId == '%s')].state", f.bo()).value(hasItem("PENDING")));
		mvc.perform(get("/accounts/invitations").param("body", f.body().toString()).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(", ikke svart")))
			.andExpect(content().string(containsString("Send på nytt til alle som ikke har svart (1)")));
		mvc.perform(get("/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo")))
			.andExpect(content().string(not(containsString("name=\"personId\" value=\"" + f.anna() + "\""))))
			.andExpect(content().string(containsString("name=\"personId\" value=\"" + f.bo() + "\"")));

		// The links are in the mails only: not in pages, API answers, the outbox, the
		// audit log or the export.
		for (String link : List.of(annaLink, boLink)) {
			String token = link.substring(link.lastIndexOf('/') + 1);
			for (String path : List.of("/accounts/invitations", "/accounts", "/api/v1/invitations",
					"/api/v1/bodies/" + f.body() + "/invitations", "/api/v1/export", "/mail/outbox")) {
				assertThat(mvc.perform(get(path).with(httpBasic("admin", "demo")))
					.andReturn()
					.getResponse()
					.getContentAsString()).as(path).doesNotContain(token);
			}
			assertThat(jdbc.sql(
					"select count(*) from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like ?")
				.param("%" + token + "%")
				.query(Integer.class)
				.single()).isZero();
			assertThat(jdbc.sql("select count(*) from mail_outbox where body like ?")
				.param("%" + token + "%")
				.query(Integer.class)
				.single()).isZero();
		}
		// Who sent it is in the audit log.
		assertThat(jdbc.sql("""
				select count(*) from audit_log where table_name = 'invitation_batch' and actor = 'admin'
				and after ->> 'idempotency_key' = ?""").param(key).query(Integer.class).single()).isPositive();
	}

	@Test
	void choosingNobodyIsAClearMessage() throws Exception {
		Fixture f = fixture();
		mvc.perform(post("/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Velg minst én person.")));
	}

	@Test
	void resendingMailsANewLinkAndTheOldOneIsRefused() throws Exception {
		Fixture f = fixture();
		String first = linkOf(inviteByApi(f, List.of(f.anna())), f.annaEmail());
		UUID account = accountOf(f.anna());

		mvc.perform(post("/accounts/{id}/invitation/resend", account).param("body", f.body().toString())
			.with(httpBasic("admin", "demo"))
			.with(csrf()))
			.andExpect(redirectedUrl("/accounts/invitations?body=" + f.body()))
			.andExpect(flash().attribute("flash", "account.reinvited"));
		String second = linkOf(byRecipient(sentSoFar()), f.annaEmail());
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(post(first).with(csrf()).param("password", "et langt passord").param("repeat", "et langt passord"))
			.andExpect(status().isGone());

		// Inviting the body again (a new key) is a resend for whoever has not accepted.
		String third = linkOf(inviteByApi(f, List.of(f.anna())), f.annaEmail());
		mvc.perform(get(second)).andExpect(status().isGone());
		mvc.perform(get(third)).andExpect(status().isOk());

		// "Send to all pending": a confirmation first, then one mail.
		String confirmation = mvc
			.perform(post("/accounts/invitations/resend").param("body", f.body().toString())
				.with(httpBasic("admin", "demo"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(f.annaEmail())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sentSoFar()).isEmpty();
		String key = match(confirmation, KEY);
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/accounts/invitations/resend").param("body", f.body().toString())
				.param("key", key)
				.param("confirm", "true")
				.with(httpBasic("admin", "demo"))
				.with(csrf())).andExpect(redirectedUrl("/accounts/invitations?body=" + f.body()));
		}
		String fourth = linkOf(byRecipient(sentSoFar()), f.annaEmail());
		mvc.perform(get(third)).andExpect(status().isGone());
		mvc.perform(get(fourth)).andExpect(status().isOk());
	}

	@Test
	void aWithdrawnInvitationSaysSoAndOpensNothing() throws Exception {
		Fixture f = fixture();
		String link = linkOf(inviteByApi(f, List.of(f.bo())), f.boEmail());
		UUID account = accountOf(f.bo());

		mvc.perform(post("/accounts/{id}/invitation/revoke", account).with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(redirectedUrl("/accounts/invitations"))
			.andExpect(flash().attribute("flash", "invitation.revoked"));
		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Invitasjonen er trukket tilbake")));
		mvc.perform(post(link).with(csrf()).param("password", "et langt passord").param("repeat", "et langt passord"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Invitasjonen er trukket tilbake")));
		mvc.perform(get(link).param("lang", "en"))
			.andExpect(content().string(containsString("The invitation has been withdrawn")));
		mvc.perform(get("/accounts/invitations").with(httpBasic("admin", "demo")))
			.andExpect(content().string(containsString("invitasjonen er trukket tilbake")));
		// No way in through a password reset either.
		mvc.perform(post("/password/forgotten").with(csrf()).param("identifier", f.boEmail()))
			.andExpect(status().isOk());
		assertThat(sentSoFar()).isEmpty();
		// Withdrawing twice is harmless; an accepted account cannot be withdrawn.
		mvc.perform(delete("/api/v1/accounts/{id}/invitation", account).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REVOKED"));
		mvc.perform(delete("/api/v1/accounts/{id}/invitation", TestAccounts.idOf(jdbc, "medlem"))
			.with(httpBasic("admin", "demo"))).andExpect(status().isUnprocessableContent());

		// Sent again, it works again.
		mvc.perform(post("/api/v1/accounts/{id}/invitation", account).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PENDING"));
		String again = linkOf(byRecipient(sentSoFar()), f.boEmail());
		mvc.perform(get(link)).andExpect(status().isGone());
		mvc.perform(post(again).with(csrf()).param("password", "et langt passord").param("repeat", "et langt passord"))
			.andExpect(redirectedUrl("/login?activated"));
	}

	@Test
	void theApiNeedsAKeyAndTheSameKeySendsNothingTwice() throws Exception {
		Fixture f = fixture();
		mvc.perform(post("/api/v1/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:invitation.rule.key"));
		assertThat(accountOf(f.anna())).isNull();

		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.replayed").value(i == 1))
				.andExpect(jsonPath("$.invited.length()").value(2))
				.andExpect(jsonPath("$.skipped[0].code").value("GY"))
				.andExpect(jsonPath("$.withoutEmail[0].personId").value(f.cato().toString()))
				.andExpect(content().string(not(containsString("/invitation/"))));
		}
		assertThat(byRecipient(sentSoFar()).keySet()).containsExactlyInAnyOrder(f.annaEmail(), f.boEmail());
		assertThat(sentSoFar()).isEmpty();
	}

	@Test
	void theOtherClusterCanNeitherInviteNorSeeAlreksPeople() throws Exception {
		Fixture f = fixture();
		inviteByApi(f, List.of(f.anna()));
		UUID account = accountOf(f.anna());

		mvc.perform(get("/bodies/{id}/invitations", f.body()).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/bodies/{id}/invitations", f.body()).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("personId", f.bo().toString())
			.param("key", UUID.randomUUID().toString())
			.param("confirm", "true")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/bodies/{id}/invitations", f.body()).with(httpBasic("nord", "demo"))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/invitations").param("body", f.body().toString()).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/invitations").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(f.annaEmail()))));
		mvc.perform(get("/accounts/invitations").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(f.annaEmail()))));
		mvc.perform(post("/accounts/{id}/invitation/revoke", account).with(httpBasic("nord", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}/invitation/resend", account).with(httpBasic("nord", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/accounts/{id}/invitation", account).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		// Not the secretariat or a member either.
		mvc.perform(get("/bodies/{id}/invitations", f.body()).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/accounts/invitations").with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());

		assertThat(accountOf(f.bo())).isNull();
		assertThat(jdbc.sql("select enabled from account where id = ?").param(account).query(Boolean.class).single())
			.isTrue();
		// Nothing mailed since Anna's invitation above.
		assertThat(sentSoFar()).isEmpty();
	}

	@Test
	void anInvitationLinkWorksOnlyOnItsOwnClustersHost() throws Exception {
		Fixture f = fixture();
		String link = linkOf(inviteByApi(f, List.of(f.anna())), f.annaEmail());
		String nordHost = "nord-" + UUID.randomUUID() + ".klynge.test";
		jdbc.sql("update cluster set host_name = ? where id = ?").params(nordHost, TestAccounts.NORD).update();
		try {
			mvc.perform(get(link).with(request -> {
				request.setServerName(nordHost);
				return request;
			})).andExpect(status().isNotFound()).andExpect(content().string(not(containsString("Anna"))));
			mvc.perform(post(link).with(csrf())
				.param("password", "et langt passord")
				.param("repeat", "et langt passord")
				.with(request -> {
					request.setServerName(nordHost);
					return request;
				})).andExpect(status().isNotFound());
		}
		finally {
			jdbc.sql("update cluster set host_name = null where id = ?").param(TestAccounts.NORD).update();
		}
		mvc.perform(get(link)).andExpect(status().isOk());
	}

	private Map<String, List<MimeMessage>> inviteByApi(Fixture f, List<UUID> people) throws Exception {
		String ids = people.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
		mvc.perform(post("/api/v1/bodies/{id}/invitations", f.body()).with(httpBasic("admin", "demo"))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personIds\": [" + ids + "]}")).andExpect(status().isOk());
		return byRecipient(sentSoFar());
	}

	private String linkOf(Map<String, List<MimeMessage>> mails, String address) throws Exception {
		assertThat(mails.get(address)).as("mails to " + address).hasSize(1);
		return match((String) mails.get(address).getFirst().getContent(), LINK);
	}

	/** Every mail sent since the last call (the mailbox is emptied). */
	private List<MimeMessage> sentSoFar() {
		List<MimeMessage> sent = MailMarker.allSentSoFar(mailer, sender, greenMail, TestAccounts.ALREK);
		try {
			greenMail.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return sent;
	}

	private static Map<String, List<MimeMessage>> byRecipient(List<MimeMessage> mails) {
		return mails.stream().collect(Collectors.groupingBy(MailMarker::to));
	}

	private UUID accountOf(UUID person) {
		return jdbc.sql("select id from account where person_id = ?")
			.param(person)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private static String match(String text, Pattern pattern) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

	private Fixture fixture() {
		String tag = letters(4);
		String lower = tag.toLowerCase(Locale.ROOT);
		UUID body = jdbc.sql("insert into body (cluster_id, type) values (?, 'WORKING_GROUP') returning id")
			.param(TestAccounts.ALREK)
			.query(UUID.class)
			.single();
		String name = "Testgruppe " + tag;
		jdbc.sql("insert into body_name (cluster_id, body_id, name, valid_from) values (?, ?, ?, date '2020-01-01')")
			.params(TestAccounts.ALREK, body, name)
			.update();
		UUID anna = person("Anna " + tag, "Q" + tag + "A", "anna." + lower + "@example.org");
		UUID bo = person("Bo " + tag, "Q" + tag + "B", "bo." + lower + "@example.org");
		UUID cato = person("Cato " + tag, "Q" + tag + "C", "  ");
		UUID gy = jdbc.sql("select id from person where cluster_id = ? and code = 'GY'")
			.param(TestAccounts.ALREK)
			.query(UUID.class)
			.single();
		int order = 0;
		for (UUID person : List.of(anna, bo, cato, gy)) {
			jdbc.sql("""
					insert into membership (cluster_id, body_id, person_id, role, seat, valid_from, sort_order)
					values (?, ?, ?, 'MEMBER', 'Medlem', date '2020-01-01', ?)""")
				.params(TestAccounts.ALREK, body, person, order++)
				.update();
		}
		return new Fixture(body, tag, anna, "anna." + lower + "@example.org", bo, "bo." + lower + "@example.org", cato,
				gy);
	}

	private UUID person(String name, String code, String email) {
		return jdbc.sql("insert into person (cluster_id, name, code, email) values (?, ?, ?, ?) returning id")
			.params(TestAccounts.ALREK, name, code, email)
			.query(UUID.class)
			.single();
	}

	private static String letters(int n) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < n; i++) {
			letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
